package dev.recast.audio;

import java.util.Arrays;

/** Cuts near-silence from both ends of a clip, keeping a margin around the sound. */
public final class SilenceTrim {

    private SilenceTrim() {
    }

    /**
     * @param threshold samples whose magnitude is below this count as silence
     * @param margin samples of the original kept before the first and after the last loud sample
     * @return the trimmed samples; empty when the whole clip is silence
     */
    public static short[] trim(short[] samples, int threshold, int margin) {
        int first = 0;
        while (first < samples.length && Math.abs(samples[first]) < threshold) {
            first++;
        }
        if (first == samples.length) {
            return new short[0];
        }
        int last = samples.length - 1;
        while (Math.abs(samples[last]) < threshold) {
            last--;
        }
        int from = Math.max(0, first - margin);
        int to = Math.min(samples.length, last + 1 + margin);
        return Arrays.copyOfRange(samples, from, to);
    }
}
