package dev.recast.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whole MPEG-1 Layer III frames encoded on their own from {@code samples} samples, ready to
 * be joined to other parts frame by frame. The frames are in memory, or, once {@link #spill}ed,
 * in a file, with only their offsets in memory: an episode's MP3 is as long as the episode, so
 * its parts wait on disk to be joined.
 */
public final class Mp3Part {

    private static final int HEADER_BYTES = 4;
    private static final int SAMPLE_RATE_44K = 0;
    private static final int COPY_BYTES = 1 << 16;

    /** The frames, or null once they are in {@link #file}. */
    private final byte[] bytes;
    private final Path file;
    private final long samples;
    private final int length;
    private final int[] frameOffsets;

    /**
     * @param bytes the frames, back to back
     * @param samples the samples they encode, without encoder delay and padding
     */
    public Mp3Part(byte[] bytes, long samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("negative sample count: " + samples);
        }
        this.bytes = bytes.clone();
        this.file = null;
        this.samples = samples;
        this.length = bytes.length;
        this.frameOffsets = frameOffsets(this.bytes);
    }

    private Mp3Part(Path file, long samples, int length, int[] frameOffsets) {
        this.bytes = null;
        this.file = file;
        this.samples = samples;
        this.length = length;
        this.frameOffsets = frameOffsets;
    }

    /** The same part with its frames written to {@code file}, an empty file its caller removes. */
    public Mp3Part spill(Path file) throws IOException {
        if (bytes == null) {
            throw new IllegalStateException("already spilled to " + this.file);
        }
        Files.write(file, bytes);
        return new Mp3Part(file, samples, length, frameOffsets);
    }

    public long samples() {
        return samples;
    }

    public byte[] bytes() throws IOException {
        return bytes != null ? bytes.clone() : Files.readAllBytes(file);
    }

    public void writeTo(OutputStream out) throws IOException {
        if (bytes != null) {
            out.write(bytes);
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
    }

    public int length() {
        return length;
    }

    public int frames() {
        return frameOffsets.length;
    }

    /** Where each frame starts. */
    public int[] frameOffsets() {
        return frameOffsets.clone();
    }

    /** Adds these bytes to a running CRC-16 ({@link Crc16}). */
    int crc(int crc) throws IOException {
        if (bytes != null) {
            return Crc16.update(crc, bytes, 0, bytes.length);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[COPY_BYTES];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc = Crc16.update(crc, buffer, 0, n);
            }
        }
        return crc;
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
