package dev.recast.audio;

/** Linear PCM, signed, little-endian in files. */
public record PcmFormat(int sampleRate, int bitsPerSample, int channels) {

    /** What the kevin16 voice produces, and what episodes are stitched in. */
    public static final PcmFormat SPEECH_16K = new PcmFormat(16_000, 16, 1);

    public PcmFormat {
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("invalid PCM format: " + sampleRate + " Hz, " + channels + " ch");
        }
        if (bitsPerSample != 8 && bitsPerSample != 16 && bitsPerSample != 24 && bitsPerSample != 32) {
            throw new IllegalArgumentException("unsupported sample size: " + bitsPerSample + " bits");
        }
    }

    public int bytesPerFrame() {
        return channels * bitsPerSample / 8;
    }

    public long samplesFor(long millis) {
        return millis * sampleRate / 1000;
    }
}
