package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static dev.recast.clean.Cleaning.describeBlocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** In a file of one paragraph per line, a line scraped text broke mid-sentence carries on its paragraph. */
class WrappedLinesTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                arguments("after et al., before a year", "Work by Minder et al.\n2025 has found that the model\n's setting matters.",
                        List.of("P Work by Minder et al. 2025 has found that the model's setting matters.")),
                arguments("after e.g., before a capital", "Some languages, e.g.\nPython, read well.",
                        List.of("P Some languages, e.g. Python, read well.")),
                arguments("after a title before a name", "The talk was given by Dr.\nQuill at the harbour.",
                        List.of("P The talk was given by Dr. Quill at the harbour.")),
                arguments("after a comma", "When the fog came in,\nThe keepers rang the bell.",
                        List.of("P When the fog came in, The keepers rang the bell.")),
                arguments("no end punctuation, lower case next", "The bell was rung by\nhand until 1900.",
                        List.of("P The bell was rung by hand until 1900.")),
                arguments("after an initial, lower case next", "The bell was cast by J.\nand sons in Leeds.",
                        List.of("P The bell was cast by J. and sons in Leeds.")),
                arguments("a long line with no end punctuation", "The keepers rang the great bell every single hour through the night whenever\nFog came in from the sea.",
                        List.of("P The keepers rang the great bell every single hour through the night whenever Fog came in from the sea.")),
                arguments("an abbreviation that may end a sentence, then a capital", "The keeper said no.\nThe bell rang on.",
                        List.of("P The keeper said no.", "P The bell rang on.")),
                arguments("the same abbreviation before a number", "It was bell no.\n5 that cracked.",
                        List.of("P It was bell no. 5 that cracked.")),
                arguments("a full stop then a capital: two paragraphs", "The bell rang.\nThe keeper slept.",
                        List.of("P The bell rang.", "P The keeper slept.")),
                arguments("a full stop then lower case: still two", "The brain runs on glucose.\nrewards system.",
                        List.of("P The brain runs on glucose.", "P rewards system.")),
                arguments("a title-like line before a paragraph", "Anthropomorphic self-descriptions\nWhen asked, it replied.",
                        List.of("P Anthropomorphic self-descriptions", "P When asked, it replied.")),
                arguments("et al. ending a sentence before a capital", "This was shown by Silver et al.\nThe result held.",
                        List.of("P This was shown by Silver et al.", "P The result held.")),
                arguments("a quote carries over a wrapped line", "The keeper wrote, Quote the lamp is\nlit at dusk. End quote",
                        List.of("P The keeper wrote,", "Q the lamp is lit at dusk.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void joinsLinesBrokenMidSentence(String name, String input, List<String> blocks) {
        assertEquals(blocks, describeBlocks(clean(input)));
    }
}
