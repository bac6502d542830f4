package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static dev.recast.clean.Cleaning.describeBlocks;
import static dev.recast.clean.Cleaning.describeRemovals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Written Markdown and HTML inside a line: marks go, text stays, addresses and tags are recorded. */
class InlineMarkupTest {

    static Stream<Arguments> markup() {
        return Stream.of(
                arguments("It was **really** moving.", "It was really moving.", List.of()),
                arguments("It was *really* moving.", "It was really moving.", List.of()),
                arguments("It was _really_ moving.", "It was really moving.", List.of()),
                arguments("It was __really__ moving.", "It was really moving.", List.of()),
                arguments("It was ~~not~~ moving.", "It was not moving.", List.of()),
                arguments("It was ***very*** moving.", "It was very moving.", List.of()),
                arguments("Read [the keeper's log](https://example.com/log \"Log\") today.",
                        "Read the keeper's log today.", List.of("LINK (https://example.com/log \"Log\")")),
                arguments("See ![a lighthouse](img/light.png) here.", "See here.",
                        List.of("IMAGE_NOTE ![a lighthouse](img/light.png)")),
                arguments("Write to <https://example.com/contact> now.", "Write to https://example.com/contact now.",
                        List.of()),
                arguments("One<br>two <em>three</em>.", "One two three.", List.of("MARKUP <br> <em> </em>")),
                arguments("He said &quot;yes&quot; &amp; left &mdash; twice&#39;s enough&#x21;",
                        "He said \"yes\" & left — twice's enough!",
                        List.of("MARKUP &quot; &quot; &amp; &mdash; &#39; &#x21;")),
                arguments("An &unknown; entity stays.", "An &unknown; entity stays.", List.of()),
                arguments("Escaped \\*stars\\* and \\_lines\\_ and \\# stay.", "Escaped *stars* and _lines_ and # stay.",
                        List.of()),
                arguments("snake_case_name and 2*3*4 stay.", "snake_case_name and 2*3*4 stay.", List.of()),
                arguments("If x <y and z> w holds.", "If x <y and z> w holds.", List.of()),
                arguments("{{< transcript \"The bell rang.\" >}}", "The bell rang.", List.of("MARKUP {{< transcript >}}")),
                arguments("Before {% include note.html %} after.", "Before after.",
                        List.of("MARKUP {% include note.html %}")),
                arguments("<v ->So we <c.yellow>begin</c> here.</v>", "So we begin here.",
                        List.of("MARKUP <v -> <c.yellow> </c> </v>")),
                arguments("If x <v and w> y holds.", "If x <v and w> y holds.", List.of()),
                arguments("A <span class=\"x\">word</span>.", "A word.", List.of("MARKUP <span class=\"x\"> </span>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markup")
    void marksGoAndTextStays(String text, String read, List<String> removals) {
        Section section = clean(text);

        assertEquals(List.of("P " + read), describeBlocks(section));
        assertEquals(removals, describeRemovals(section));
    }

    @Test
    void aVoiceTagPastedIntoTextNamesItsSpeaker() {
        Section section = clean("<v Ada Quill>The bell rang.</v>\n<v Ben>Twice?</v>");

        assertEquals(List.of("P The bell rang.", "P Twice?"), describeBlocks(section));
        assertEquals(List.of("Ada Quill", "Ben"), section.blocks().stream().map(b -> ((Paragraph) b).speaker()).toList());
    }

    @Test
    void headingAndQuoteLinesAreLeftForTheBlockParser() {
        Section section = clean("# The Harbour\n\n> The sea keeps time.");

        assertEquals(List.of("H1 The Harbour", "Q The sea keeps time."), describeBlocks(section));
        assertEquals(List.of("MARKUP #", "MARKUP >"), describeRemovals(section));
    }

    @Test
    void asterisksAroundASoundAreASoundNote() {
        Section section = clean("Well *laughs* that was it.");

        assertEquals(List.of("SOUND *laughs*"), describeRemovals(section));
        assertEquals(List.of("P Well that was it."), describeBlocks(section));
    }
}
