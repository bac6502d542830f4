package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Paragraphs by blank lines when a file has them, else one per line; blocks know their start line. */
class ParagraphsTest {

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                arguments("one paragraph per line", "The tower is white.\nThe keeper is old.",
                        List.of(new Paragraph("The tower is white.", null, 1), new Paragraph("The keeper is old.", null, 2))),
                arguments("blank lines separate wrapped paragraphs",
                        "The tower is\nwhite and tall.\n\nThe keeper\nis old.",
                        List.of(new Paragraph("The tower is white and tall.", null, 1),
                                new Paragraph("The keeper is old.", null, 4))),
                arguments("blank lines only around the text do not count", "\nThe tower is white.\nThe keeper is old.\n",
                        List.of(new Paragraph("The tower is white.", null, 2), new Paragraph("The keeper is old.", null, 3))),
                arguments("a heading line inside a blank-line paragraph",
                        "Heading Tides\nThe sea rose\nand fell.\n\nIt rose again.",
                        List.of(new Heading("Tides", 1, 1), new Paragraph("The sea rose and fell.", null, 2),
                                new Paragraph("It rose again.", null, 5))),
                arguments("a quote starts on the line of its opening word",
                        "The log\nsays, Quote calm\nseas. End quote\n\nDone.",
                        List.of(new Paragraph("The log says,", null, 1), new Quote("calm seas.", null, 2),
                                new Paragraph("Done.", null, 5))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void buildsBlocksWithTheirStartLines(String name, String text, List<Block> blocks) {
        assertEquals(blocks, clean(text).blocks());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void recordsRemovalsOnTheLineTheyWereOn(String name, String text, List<Block> blocks) {
        Section section = clean(text + "\n\nKeep the asterisk asterisk bow asterisk asterisk up.");

        int last = text.split("\n", -1).length + 2;
        assertEquals(List.of(last, last), section.removals().stream()
                .filter(r -> r.text().equalsIgnoreCase("asterisk asterisk"))
                .map(Removal::line)
                .toList());
    }
}
