package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static dev.recast.clean.Cleaning.describeBlocks;
import static dev.recast.clean.Cleaning.describeRemovals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spoken markup read as structure: one table per rule, input text → blocks and removals. */
class SpokenMarkupTest {

    static Stream<Arguments> headings() {
        return Stream.of(
                arguments("heading and title on one line", "Heading Conclusion\nWe stop here.",
                        List.of("H1 Conclusion", "P We stop here."), List.of("MARKUP Heading")),
                arguments("subheading and title on one line", "Subheading Tides as clocks\nThe moon pulls.",
                        List.of("H2 Tides as clocks", "P The moon pulls."), List.of("MARKUP Subheading")),
                arguments("subheading with a full stop, title below", "Subheading.\nWhere the river bends.\nIt bends twice.",
                        List.of("H2 Where the river bends", "P It bends twice."), List.of("MARKUP Subheading.")),
                arguments("subheading alone, question title below", "Subheading\nWhy do rivers bend?\nThey erode.",
                        List.of("H2 Why do rivers bend?", "P They erode."), List.of("MARKUP Subheading")),
                arguments("heading alone, title below", "Heading\nClosing notes\nThat is all.",
                        List.of("H1 Closing notes", "P That is all."), List.of("MARKUP Heading")),
                arguments("heading with a colon", "Heading: Sources of light",
                        List.of("H1 Sources of light"), List.of("MARKUP Heading:")),
                arguments("a sentence starting with the word", "Heading north, we reached the pass by noon.",
                        List.of("P Heading north, we reached the pass by noon."), List.of()),
                arguments("a lower-case word after it", "Heading home was hard.",
                        List.of("P Heading home was hard."), List.of()),
                arguments("an emphasised title", "Subheading\nAsterisk asterisk Letters home asterisk asterisk",
                        List.of("H2 Letters home"),
                        List.of("MARKUP Subheading", "MARKUP Asterisk asterisk", "MARKUP asterisk asterisk")),
                arguments("markup alone is no title", "Subheading.\nAsterisk asterisk.\nThe sea.",
                        List.of("P The sea."), List.of("MARKUP Subheading.", "MARKUP Asterisk asterisk.")),
                arguments("a heading word with no title to place is still markup",
                        "Heading One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen.",
                        List.of("P One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen."),
                        List.of("MARKUP Heading")),
                arguments("a heading mid-paragraph, at a sentence start", "The sea rose. Heading Results We found bells.",
                        List.of("P The sea rose.", "H1 Results", "P We found bells."), List.of("MARKUP Heading")),
                arguments("the word in running text", "They read the heading of the ship's log. Heading west was easy.",
                        List.of("P They read the heading of the ship's log. Heading west was easy."), List.of()),
                arguments("heading alone, then no title", "Subheading\n"
                                + "the river kept rising through the night and nobody on the farm slept until morning came.",
                        List.of("P the river kept rising through the night and nobody on the farm slept until morning came."),
                        List.of("MARKUP Subheading")));
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                arguments("opened mid-line, closed by End quote",
                        "The keeper wrote, Quote The lamp is lit. End quote. Then he slept.",
                        List.of("P The keeper wrote,", "Q The lamp is lit.", "P Then he slept."),
                        List.of("MARKUP Quote", "MARKUP End quote.")),
                arguments("at the line start, closed by Unquote", "Quote Nothing is lost at sea. Unquote",
                        List.of("Q Nothing is lost at sea."), List.of("MARKUP Quote", "MARKUP Unquote")),
                arguments("lower case after a comma, ends with the paragraph", "She replied, quote, never again.",
                        List.of("P She replied,", "Q never again."), List.of("MARKUP quote,")),
                arguments("markup inside the quote ends the quoted text's phrases",
                        "The guide answers, Quote Heading Safe crossings Asterisk asterisk check the tide"
                                + " asterisk asterisk Then walk.",
                        List.of("P The guide answers,", "Q Safe crossings", "Q check the tide", "Q Then walk."),
                        List.of("MARKUP Quote", "MARKUP Heading", "MARKUP Asterisk asterisk",
                                "MARKUP asterisk asterisk")),
                arguments("a quote in a one-line paragraph ends with its line",
                        "The map says, Quote Follow the coast.\nThe next morning was calm.",
                        List.of("P The map says,", "Q Follow the coast.", "P The next morning was calm."),
                        List.of("MARKUP Quote")),
                arguments("a closer on a later line is markup too",
                        "The map says, Quote Follow the coast.\nEnd quote.",
                        List.of("P The map says,", "Q Follow the coast."), List.of("MARKUP Quote", "MARKUP End quote.")),
                arguments("a quote over wrapped lines, with a heading inside",
                        "The log reads, Quote The wind\nturned at dawn.\nHeading Calm seas\nfollowed. End quote And that"
                                + " was all.\n\nNext paragraph.",
                        List.of("P The log reads,", "Q The wind turned at dawn. Calm seas followed.",
                                "P And that was all.", "P Next paragraph."),
                        List.of("MARKUP Quote", "MARKUP Heading", "MARKUP End quote")),
                arguments("the idiom quote unquote", "He was a quote unquote expert on tides.",
                        List.of("P He was a quote unquote expert on tides."), List.of()),
                arguments("the closing words in running text", "At the end quote marks close the passage.",
                        List.of("P At the end quote marks close the passage."), List.of()),
                arguments("the word in running text", "The quote on the wall was faded.",
                        List.of("P The quote on the wall was faded."), List.of()),
                arguments("ordinary uses of the word", "He read a quote from Twain. I quote him often.",
                        List.of("P He read a quote from Twain. I quote him often."), List.of()),
                arguments("an opener ending its line quotes the next", "The keeper wrote, Quote\nThe lamp is lit.",
                        List.of("P The keeper wrote,", "Q The lamp is lit."), List.of("MARKUP Quote")),
                arguments("a capitalised closer with no quote open is markup", "The lamp is lit. End quote and he slept.",
                        List.of("P The lamp is lit. and he slept."), List.of("MARKUP End quote")),
                arguments("an emphasised title inside a quote is a phrase of its own",
                        "She wrote, Quote Heading Why Bells Matter Asterisk asterisk survival advantage asterisk"
                                + " asterisk Our ancestors rang them. End quote",
                        List.of("P She wrote,", "Q Why Bells Matter", "Q survival advantage", "Q Our ancestors rang them."),
                        List.of("MARKUP Quote", "MARKUP Heading", "MARKUP Asterisk asterisk", "MARKUP asterisk asterisk",
                                "MARKUP End quote")));
    }

    static Stream<Arguments> emphasis() {
        return Stream.of(
                arguments("a whole line, full stop kept", "Asterisk asterisk Slack water asterisk asterisk.",
                        List.of("P Slack water."), List.of("MARKUP Asterisk asterisk", "MARKUP asterisk asterisk")),
                arguments("inside a sentence", "Keep the asterisk asterisk bow asterisk asterisk into the wind.",
                        List.of("P Keep the bow into the wind."),
                        List.of("MARKUP asterisk asterisk", "MARKUP asterisk asterisk")),
                arguments("an emphasised run-in title is a phrase of its own",
                        "Asterisk asterisk Key point asterisk asterisk The tide turns at noon.",
                        List.of("P Key point", "P The tide turns at noon."),
                        List.of("MARKUP Asterisk asterisk", "MARKUP asterisk asterisk")),
                arguments("an emphasised run-in title loses its colon, never a speaker label",
                        "Asterisk asterisk Key Point asterisk asterisk: The tide turns at noon.",
                        List.of("P Key Point", "P The tide turns at noon."),
                        List.of("MARKUP Asterisk asterisk", "MARKUP asterisk asterisk")),
                arguments("emphasis before lower case is not a title",
                        "Asterisk asterisk Never asterisk asterisk sail at night.",
                        List.of("P Never sail at night."), List.of("MARKUP Asterisk asterisk", "MARKUP asterisk asterisk")),
                arguments("single marks in pairs", "She said it was asterisk never asterisk too late.",
                        List.of("P She said it was never too late."), List.of("MARKUP asterisk", "MARKUP asterisk")),
                arguments("a single-mark run-in title", "Underscore Key point underscore The tide turns.",
                        List.of("P Key point", "P The tide turns."), List.of("MARKUP Underscore", "MARKUP underscore")),
                arguments("two asterisks as words", "An asterisk marks the footnote and the asterisk ends it.",
                        List.of("P An asterisk marks the footnote and the asterisk ends it."), List.of()),
                arguments("one asterisk is a word", "An asterisk marks the footnote.",
                        List.of("P An asterisk marks the footnote."), List.of()));
    }

    static Stream<Arguments> imageNotes() {
        return Stream.of(
                arguments("a line of its own", "There's an image here.\nThe tower is white.",
                        List.of("P The tower is white."), List.of("IMAGE_NOTE There's an image here.")),
                arguments("curly apostrophe, no full stop", "There’s an image here",
                        List.of(), List.of("IMAGE_NOTE There’s an image here")),
                arguments("a variant, between sentences", "The diagram was clear. There is a chart here. It shows tides.",
                        List.of("P The diagram was clear. It shows tides."), List.of("IMAGE_NOTE There is a chart here.")),
                arguments("a sentence that goes on is content", "There's an image here of the old lighthouse.",
                        List.of("P There's an image here of the old lighthouse."), List.of()));
    }

    static Stream<Arguments> sourceNotes() {
        String longLine = "The keeper climbed the stairs " + "one more time ".repeat(12) + "before the storm.";
        return Stream.of(
                arguments("a lone Source. after a caption", "A keeper trims the wick before dusk.\nSource.",
                        List.of("P A keeper trims the wick before dusk."), List.of("SOURCE_NOTE Source.")),
                arguments("a credit after a caption", "A keeper trims the wick.\nSource: Harbour Museum archive.",
                        List.of("P A keeper trims the wick."), List.of("SOURCE_NOTE Source: Harbour Museum archive.")),
                arguments("after an image note and caption",
                        "There's an image here.\nA keeper trims the wick.\nSource.",
                        List.of("P A keeper trims the wick."),
                        List.of("IMAGE_NOTE There's an image here.", "SOURCE_NOTE Source.")),
                arguments("with nothing above it", "Source.\nThe tower is white.",
                        List.of("P Source.", "P The tower is white."), List.of()),
                arguments("after a long paragraph, not a caption", longLine + "\nSource.",
                        List.of("P " + longLine, "P Source."), List.of()),
                arguments("the word in running text", "The tower is white.\nOur source for this was the harbour log.",
                        List.of("P The tower is white.", "P Our source for this was the harbour log."), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"headings", "quotes", "emphasis", "imageNotes", "sourceNotes"})
    void readsMarkupAsStructure(String rule, String input, List<String> blocks, List<String> removals) {
        Section section = clean(input);

        assertEquals(blocks, describeBlocks(section));
        assertEquals(removals, describeRemovals(section));
    }
}
