package dev.recast.audio;

import java.util.Arrays;

/**
 * Whole MPEG-1 Layer III frames encoded on their own from {@code samples} samples, ready to
 * be joined to other parts frame by frame.
 *
 * @param bytes the frames, back to back
 * @param samples the samples they encode, without encoder delay and padding
 */
public record Mp3Part(byte[] bytes, long samples) {

    private static final int HEADER_BYTES = 4;
    private static final int SAMPLE_RATE_44K = 0;

    public Mp3Part {
        bytes = bytes.clone();
        if (samples < 0) {
            throw new IllegalArgumentException("negative sample count: " + samples);
        }
        frameOffsets(bytes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public void writeTo(java.io.OutputStream out) throws java.io.IOException {
        out.write(bytes);
    }

    public int length() {
        return bytes.length;
    }

    public int frames() {
        return frameOffsets(bytes).length;
    }

    /** Where each frame starts. */
    public int[] frameOffsets() {
        return frameOffsets(bytes);
    }

    /** Adds these bytes to a running CRC-16 ({@link Crc16}). */
    int crc(int crc) {
        return Crc16.update(crc, bytes, 0, bytes.length);
    }

    private static int[] frameOffsets(byte[] bytes) {
        int[] offsets = new int[bytes.length / 96 + 1];
        int count = 0;
        for (int at = 0; at < bytes.length; at += frameLength(bytes, at)) {
            offsets[count++] = at;
        }
        return Arrays.copyOf(offsets, count);
    }

    /** The length of the 44.1 kHz MPEG-1 Layer III frame at {@code offset}, from its header. */
    static int frameLength(byte[] bytes, int offset) {
        if (offset + HEADER_BYTES > bytes.length || (bytes[offset] & 0xFF) != 0xFF
                || (bytes[offset + 1] & 0xFE) != 0xFA) {
            throw new IllegalArgumentException("no MPEG-1 Layer III frame header at byte " + offset);
        }
        int bitrateIndex = (bytes[offset + 2] >> 4) & 0x0F;
        int rateIndex = (bytes[offset + 2] >> 2) & 0x03;
        int padding = (bytes[offset + 2] >> 1) & 0x01;
        if (bitrateIndex == 0 || bitrateIndex == 15 || rateIndex != SAMPLE_RATE_44K) {
            throw new IllegalArgumentException("not a 44.1 kHz constant-rate frame at byte " + offset);
        }
        int length = 144 * Mp3Encoder.BITRATES[bitrateIndex] * 1000 / Mp3Encoder.SAMPLE_RATE + padding;
        if (offset + length > bytes.length) {
            throw new IllegalArgumentException("frame at byte " + offset + " is cut short");
        }
        return length;
    }
}
