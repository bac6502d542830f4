package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class Mp3JoinsTest {

    @Test
    void eachPartStartsWhereTheFramesBeforeItEnd() {
        List<Mp3Joins.Part> parts = Mp3Joins.plan(100_000, List.of(30_000L, 60_000L));
        assertEquals(3, parts.size());
        long decoded = 0;
        for (Mp3Joins.Part part : parts) {
            // Part k's first sample decodes at the frames so far plus the delay, as on the unbroken timeline.
            assertEquals(decoded, part.start());
            decoded += Mp3Encoder.frames(part.samples()) * Mp3Encoder.SAMPLES_PER_FRAME;
        }
        assertEquals(30_000, parts.get(0).end());
        assertEquals(30_000 + 576 + Mp3Encoder.padding(30_000), parts.get(1).start());
        assertEquals(100_000, parts.get(2).end());
    }

    @Test
    void leavesOutCutsWithNoRoomForTheirSkip() {
        assertEquals(List.of(new Mp3Joins.Part(0, 100_000)), Mp3Joins.plan(100_000, List.of(99_000L)));
        assertEquals(2, Mp3Joins.plan(100_000, List.of(50_000L, 50_500L)).size());
    }

    @Test
    void framesHoldDelaySamplesAndPadding() {
        for (long n : new long[] {1, 1152, 1153, 44_100}) {
            int padding = Mp3Encoder.padding(n);
            assertEquals(Mp3Encoder.frames(n) * 1152, 576 + n + padding);
            assertEquals(true, padding >= 0 && padding + 576 <= Mp3Joins.MAX_SKIPPED);
        }
    }

    @Test
    void theSectionGridIsWholeFramesOnWhole44kHzSamples() {
        assertEquals(20_480, Mp3Joins.sectionGrid(16_000));
        assertEquals(10_240, Mp3Joins.sectionGrid(8_000));
        assertEquals(576, Mp3Joins.sectionGrid(22_050));
        assertEquals(1152, Mp3Joins.sectionGrid(44_100));
        for (int rate : new int[] {8_000, 11_025, 16_000, 22_050, 24_000, 32_000, 44_100, 48_000}) {
            long grid = Mp3Joins.sectionGrid(rate);
            assertEquals(0, grid * 44_100 % rate, rate + " Hz");
            assertEquals(0, grid * 44_100 / rate % Mp3Encoder.SAMPLES_PER_FRAME, rate + " Hz");
        }
    }
}
