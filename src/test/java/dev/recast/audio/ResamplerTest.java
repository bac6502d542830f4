package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResamplerTest {

    private final Resampler resampler = new Resampler(16_000, 44_100);

    private static short[] sine(double hz, int samples, int rate, double amplitude) {
        short[] s = new short[samples];
        for (int i = 0; i < samples; i++) {
            s[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    private static Resampler.Input of(short[] input) {
        return (start, end) -> new PcmSource() {
            long position = start;

            @Override
            public int read(short[] buffer, int offset, int length) {
                if (position >= end) {
                    return -1;
                }
                int n = (int) Math.min(length, end - position);
                System.arraycopy(input, (int) position, buffer, offset, n);
                position += n;
                return n;
            }
        };
    }

    private short[] convert(short[] input, long from, long to) throws IOException {
        PcmSource out = resampler.span(of(input), input.length, from, to);
        short[] result = new short[(int) (to - from)];
        int at = 0;
        for (int n = out.read(result, 0, 1000); n >= 0; n = out.read(result, at, Math.min(1000, result.length - at))) {
            at += n;
            if (at == result.length) {
                assertEquals(-1, out.read(result, 0, 1));
                break;
            }
        }
        assertEquals(result.length, at);
        return result;
    }

    /** The amplitude of {@code hz} in the middle of {@code x}, by correlation with a sine and a cosine. */
    private static double amplitude(short[] x, double hz, int rate) {
        int from = x.length / 4;
        int to = 3 * x.length / 4;
        double re = 0;
        double im = 0;
        for (int i = from; i < to; i++) {
            re += x[i] * Math.cos(2 * Math.PI * hz * i / rate);
            im += x[i] * Math.sin(2 * Math.PI * hz * i / rate);
        }
        return 2 * Math.hypot(re, im) / (to - from);
    }

    @Test
    void outputLengthCoversTheInputsDuration() {
        assertEquals(0, resampler.outputLength(0));
        assertEquals(441, resampler.outputLength(160));
        assertEquals(3, resampler.outputLength(1));
        assertEquals(5986959, resampler.outputLength(2172139));
    }

    @Test
    void keepsFrequencyAndLevelOfTonesInTheBand() throws IOException {
        for (double hz : new double[] {100, 440, 1000, 3000, 6000, 6500}) {
            short[] input = sine(hz, 16_000, 16_000, 10_000);
            short[] output = convert(input, 0, resampler.outputLength(input.length));
            double db = 20 * Math.log10(amplitude(output, hz, 44_100) / 10_000);
            assertTrue(Math.abs(db) < 0.1, hz + " Hz came out at " + db + " dB");
        }
    }

    /**
     * A tone {@code f} at 16 kHz has images at every {@code 16k·m ± f}, which the 44.1 kHz output
     * folds into its band; a tone at the top of the speech band tests the edge of the stopband.
     */
    @Test
    void suppressesImagesAboveTheInputBand() throws IOException {
        for (double hz : new double[] {1000, 5000, 6500, 7000}) {
            short[] output = convert(sine(hz, 16_000, 16_000, 10_000), 0, 44_100);
            for (int m = 1; m <= 4; m++) {
                for (double image : new double[] {16_000 * m - hz, 16_000 * m + hz}) {
                    double folded = Math.abs(image - 44_100 * Math.round(image / 44_100));
                    double db = 20 * Math.log10(amplitude(output, folded, 44_100) / 10_000);
                    assertTrue(db < -75, hz + " Hz imaged at " + image + " Hz (heard at " + folded + " Hz), "
                            + db + " dB");
                }
            }
        }
    }

    @Test
    void passesAConstantLevelExactly() throws IOException {
        short[] input = new short[1600];
        Arrays.fill(input, (short) -12_345);
        short[] output = convert(input, 0, resampler.outputLength(input.length));
        for (int i = 100; i < output.length - 100; i++) {
            assertEquals(-12_345, output[i], "sample " + i);
        }
    }

    @Test
    void fullScaleInputNeitherOverflowsNorWraps() throws IOException {
        short[] input = new short[1600];
        for (int i = 0; i < input.length; i++) {
            input[i] = (i / 3) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }
        short[] output = convert(input, 0, resampler.outputLength(input.length));
        for (int i = 1; i < output.length; i++) {
            int step = Math.abs(output[i] - output[i - 1]);
            assertTrue(step < 40_000, "a jump of " + step + " at sample " + i);
        }
    }

    @Test
    void anySpanEqualsThatSpanOfTheWhole() throws IOException {
        // Long enough that the converter's window of input slides several times.
        short[] input = sine(777, 40_000, 16_000, 20_000);
        long length = resampler.outputLength(input.length);
        short[] whole = convert(input, 0, length);
        for (long[] span : new long[][] {{0, 1}, {5, 1000}, {441, 4410}, {50_000, 100_001}, {length - 7, length},
                {length - 1, length}, {3000, 3000}}) {
            assertArrayEquals(Arrays.copyOfRange(whole, (int) span[0], (int) span[1]),
                    convert(input, span[0], span[1]), Arrays.toString(span));
        }
    }

    /**
     * Long reads make whole pairs of phase cycles at once, two outputs per multiply; one output
     * at a time never does. Noise at full scale, where either could overflow, at several ratios.
     */
    @Test
    void outputsMadeTwoAtATimeEqualThoseMadeOneByOne() throws IOException {
        java.util.Random random = new java.util.Random(20_261_124);
        short[] input = new short[20_000];
        for (int i = 0; i < input.length; i++) {
            input[i] = random.nextInt(8) == 0 ? (random.nextBoolean() ? Short.MAX_VALUE : Short.MIN_VALUE)
                    : (short) random.nextInt(1 << 16);
        }
        for (int[] rates : new int[][] {{16_000, 44_100}, {8_000, 44_100}, {22_050, 44_100}, {16_000, 48_000},
                {44_100, 44_100}}) {
            Resampler r = new Resampler(rates[0], rates[1]);
            long from = 37;
            long to = r.outputLength(input.length);
            short[] byLongReads = new short[(int) (to - from)];
            PcmSource longReads = r.span(of(input), input.length, from, to);
            for (int at = 0, n; (n = longReads.read(byLongReads, at, Math.min(1 << 15, byLongReads.length - at))) > 0; ) {
                at += n;
            }
            short[] oneByOne = new short[byLongReads.length];
            PcmSource single = r.span(of(input), input.length, from, to);
            for (int at = 0; at < oneByOne.length; at++) {
                assertEquals(1, single.read(oneByOne, at, 1));
            }
            assertArrayEquals(oneByOne, byLongReads, rates[0] + " -> " + rates[1]);
        }
    }

    @Test
    void silenceStaysExactlySilent() throws IOException {
        short[] output = convert(new short[1600], 0, 4410);
        assertArrayEquals(new short[4410], output);
    }
}
