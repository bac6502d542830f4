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

/** Markdown block syntax in plain-text sections read as structure, its marks recorded as removed. */
class MarkdownBlocksTest {

    static Stream<Arguments> blocks() {
        return Stream.of(
                arguments("# and ## headings, deeper ones level 2", "# Bells\n\nThey ring.\n\n### Bronze bells ###\n\nThey last.",
                        List.of("H1 Bells", "P They ring.", "H2 Bronze bells", "P They last."),
                        List.of("MARKUP #", "MARKUP ### ###")),
                arguments("a bracketed sound note set as a heading is no title", "# Bells\n\n##### [CLICK]\n\nThey ring.",
                        List.of("H1 Bells", "P They ring."), List.of("MARKUP #", "SOUND [CLICK]", "MARKUP #####")),
                arguments("setext headings", "Bells\n=====\n\nThey ring.\n\nBronze bells\n------------\nThey last.",
                        List.of("H1 Bells", "P They ring.", "H2 Bronze bells", "P They last."),
                        List.of("MARKUP =====", "MARKUP ------------")),
                arguments("a dashed line under a sentence is a rule", "The bell rang at dusk and the keeper slept.\n---\nNext.",
                        List.of("P The bell rang at dusk and the keeper slept.", "P Next."), List.of("MARKUP ---")),
                arguments("consecutive quote lines are one quote", "He wrote:\n\n> The bell is\n> my voice.\n\nThen he slept.",
                        List.of("P He wrote:", "Q The bell is my voice.", "P Then he slept."),
                        List.of("MARKUP >", "MARKUP >")),
                arguments("a quote line names its speaker for itself alone", "Keeper: I wrote it down.\n\n"
                                + "> Ada Quill: the sea keeps time.\n\nI kept it.",
                        List.of("P I wrote it down.", "Q the sea keeps time.", "P I kept it."),
                        List.of("SPEAKER_LABEL Keeper:", "MARKUP >", "SPEAKER_LABEL Ada Quill:")),
                arguments("rules are not spoken", "One.\n\n***\n\nTwo.\n\n_ _ _\n\nThree.",
                        List.of("P One.", "P Two.", "P Three."), List.of("MARKUP ***", "MARKUP _ _ _")),
                arguments("list bullets among bullets", "We cast two kinds of bell:\n- bronze\n- iron\n1. Ring.\n2) Stop.",
                        List.of("P We cast two kinds of bell:", "P bronze", "P iron", "P Ring.", "P Stop."),
                        List.of("MARKUP -", "MARKUP -", "MARKUP 1.", "MARKUP 2)")),
                arguments("a lone dash line outside a list is text", "The bell rang.\n- and then it stopped.",
                        List.of("P The bell rang.", "P - and then it stopped."), List.of()),
                arguments("a lazy line carries on the quote above it", "# Bells\n\n> The bell is\nmy voice.\n\nThen he slept.",
                        List.of("H1 Bells", "Q The bell is my voice.", "P Then he slept."),
                        List.of("MARKUP #", "MARKUP >")),
                arguments("front matter is page metadata", "---\ntitle: Bells\ndate: 2020-01-01\n---\n\n# Bells\n\nThey ring.",
                        List.of("H1 Bells", "P They ring."),
                        List.of("BOILERPLATE ---", "BOILERPLATE title: Bells", "BOILERPLATE date: 2020-01-01", "BOILERPLATE ---",
                                "MARKUP #")),
                arguments("inline marks, links and images", "# Bells\n\nThe **bronze** bell, _cast_ in `1890`, is [here](https://x.org/b)."
                                + "\n\n![A bell](b.png)\n\nThe snake_case name and 2*3*4 stay, as does \\*this\\*.",
                        List.of("H1 Bells", "P The bronze bell, cast in 1890, is here.",
                                "P The snake_case name and 2*3*4 stay, as does *this*."),
                        List.of("MARKUP #", "LINK (https://x.org/b)", "IMAGE_NOTE ![A bell](b.png)")),
                arguments("TOML front matter and HTML tags", "+++\ntitle = \"Bells\"\n+++\n\n# Bells\n\n<div class=\"t\">\n\nThey ring.\n\n</div>",
                        List.of("H1 Bells", "P They ring."),
                        List.of("BOILERPLATE +++", "BOILERPLATE title = \"Bells\"", "BOILERPLATE +++", "MARKUP #",
                                "MARKUP <div class=\"t\">", "MARKUP </div>")),
                arguments("a label in bold is a speaker's label", "# Bells\n\n**Ada Quill:** They ring.",
                        List.of("H1 Bells", "P They ring."),
                        List.of("MARKUP #", "SPEAKER_LABEL Ada Quill:")),
                arguments("a table reads row by row", "# Bells\n\n| Bell | Metal |\n| --- | :---: |\n| Big | bronze |",
                        List.of("H1 Bells", "P Bell, Metal", "P Big, bronze"),
                        List.of("MARKUP #", "MARKUP |", "MARKUP | --- | :---: |", "MARKUP |")),
                arguments("fenced code is not read", "Run this:\n\n```sh\nring --times 3\n\n```\n\nDone.",
                        List.of("P Run this:", "P Done."),
                        List.of("CODE ```sh", "CODE ring --times 3", "CODE ```")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void readsMarkdownAsStructure(String name, String input, List<String> blocks, List<String> removals) {
        Section section = clean(input);

        assertEquals(blocks, describeBlocks(section));
        assertEquals(removals, describeRemovals(section));
    }

    @Test
    void aMarkdownFileIsReadAsMarkdownWithoutBlockSyntax() {
        Section section = Cleaning.clean(List.of(Cleaning.raw(1, "episode-12.md", null,
                "**Ada Quill:** The bell rang. \\[laughs\\]\n\n**Ben:** Twice?"))).get(0);

        assertEquals(List.of("P The bell rang.", "P Twice?"), describeBlocks(section));
        assertEquals(List.of("Ada Quill", "Ben"), section.blocks().stream().map(b -> ((Paragraph) b).speaker()).toList());
    }

    @Test
    void headingsThatRepeatNamesAreSpeakerTurns() {
        Section section = clean("# The Bell\n\n#### KEEPER\n\nIt rang.\n\n#### ADA\n\nTwice?\n\n#### KEEPER\n\nTwice.");

        assertEquals(List.of(new Heading("The Bell", 1, 1), new Paragraph("It rang.", "KEEPER", 5),
                new Paragraph("Twice?", "ADA", 9), new Paragraph("Twice.", "KEEPER", 13)), section.blocks());
        assertEquals(List.of("MARKUP #", "SPEAKER_LABEL #### KEEPER", "SPEAKER_LABEL #### ADA", "SPEAKER_LABEL #### KEEPER"),
                describeRemovals(section));
    }

    @Test
    void headingsThatNeverRepeatAreTitles() {
        assertEquals(List.of("H2 Methods", "P We rang it.", "H2 Results", "P It rang."),
                describeBlocks(clean("## Methods\n\nWe rang it.\n\n## Results\n\nIt rang.")));
    }

    @Test
    void aQuoteLineKeepsItsSpeaker() {
        Section section = clean("> Ada Quill: the sea keeps time.\n\nAnd then the bell rang.");

        assertEquals(List.of(new Quote("the sea keeps time.", "Ada Quill", 1), new Paragraph("And then the bell rang.", null, 3)),
                section.blocks());
    }
}
