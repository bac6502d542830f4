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
        for (double hz : new double[] {100, 440, 1000, 3000, 6000}) {
            short[] input = sine(hz, 16_000, 16_000, 10_000);
            short[] output = convert(input, 0, resampler.outputLength(input.length));
            double level = amplitude(output, hz, 44_100);
            double db = 20 * Math.log10(level / 10_000);
            assertTrue(Math.abs(db) < 0.5, hz + " Hz came out at " + db + " dB");
        }
    }

    @Test
    void suppressesImagesAboveTheInputBand() throws IOException {
        for (double hz : new double[] {1000, 5000, 6500}) {
            short[] output = convert(sine(hz, 16_000, 16_000, 10_000), 0, 44_100);
            double image = amplitude(output, 16_000 - hz, 44_100);
            double secondImage = amplitude(output, 16_000 + hz, 44_100);
            assertTrue(20 * Math.log10(image / 10_000) < -60, hz + " Hz imaged at " + image);
            assertTrue(20 * Math.log10(secondImage / 10_000) < -60, hz + " Hz imaged at " + secondImage);
        }
    }

    @Test
    void anySpanEqualsThatSpanOfTheWhole() throws IOException {
        short[] input = sine(777, 4000, 16_000, 20_000);
        long length = resampler.outputLength(input.length);
        short[] whole = convert(input, 0, length);
        for (long[] span : new long[][] {{0, 1}, {5, 1000}, {441, 4410}, {length - 7, length}, {3000, 3000}}) {
            assertArrayEquals(Arrays.copyOfRange(whole, (int) span[0], (int) span[1]),
                    convert(input, span[0], span[1]), Arrays.toString(span));
        }
    }

    @Test
    void silenceStaysExactlySilent() throws IOException {
        short[] output = convert(new short[1600], 0, 4410);
        assertArrayEquals(new short[4410], output);
    }
}
