package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SilenceTrimTest {

    @Test
    void cutsQuietEndsAndKeepsTheMargin() {
        short[] samples = {0, 1, -2, 3, 500, -600, 700, 2, 0, 1, 0};
        assertArrayEquals(new short[] {-2, 3, 500, -600, 700, 2, 0}, SilenceTrim.trim(samples, 64, 2));
    }

    @Test
    void theMarginStopsAtTheClipsEdges() {
        short[] samples = {900, 0, 0, -900};
        assertArrayEquals(samples, SilenceTrim.trim(samples, 64, 10));
    }

    @Test
    void allSilenceBecomesEmpty() {
        assertEquals(0, SilenceTrim.trim(new short[] {0, 5, -5, 0}, 64, 3).length);
        assertEquals(0, SilenceTrim.trim(new short[0], 64, 3).length);
    }
}
