package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static dev.recast.clean.Cleaning.describeBlocks;
import static dev.recast.clean.Cleaning.describeRemovals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs too long to be words are taken out with a removal each; words and long links are not. */
class LongTokensTest {

    @Test
    void aRunOfOverAHundredCharactersWithoutASpaceGoesWithItsLine() {
        String blob = "QUJD".repeat(2_500);
        String word = "x".repeat(LongTokens.MAX_TOKEN);

        Section section = clean("The tide turns " + blob + " twice.\n\n" + blob + "\n\nKept " + word + " here.");

        assertEquals(List.of("P The tide turns twice.", "P Kept " + word + " here."), describeBlocks(section));
        assertEquals(List.of("LONG_TOKEN " + blob, "LONG_TOKEN " + blob), describeRemovals(section));
        assertEquals(List.of(1, 3), section.removals().stream().map(Removal::line).toList());
    }

    @Test
    void aLongLinkTargetGoesAsALinkAndItsTextStays() {
        Section section = clean("Read [the docs](https://example.com/" + "a".repeat(200) + ") today.");

        assertEquals(List.of("P Read the docs today."), describeBlocks(section));
        assertEquals(List.of("LINK (https://example.com/" + "a".repeat(200) + ")"), describeRemovals(section));
    }
}
