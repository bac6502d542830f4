package dev.recast.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Whole MPEG-1 Layer III frames encoded on their own from {@code samples} samples, ready to
 * be joined to other parts frame by frame. The frames are in memory, or in a file, with only
 * their offsets and their CRC in memory: an episode's MP3 is as long as the episode, so its parts
 * wait on disk to be joined, spilled to a file of their own or read where a cache keeps them.
 */
public final class Mp3Part {

    private static final int HEADER_BYTES = 4;
    private static final int SAMPLE_RATE_44K = 0;
    private static final int COPY_BYTES = 1 << 16;

    /** The frames, or null once they are in {@link #file}. */
    private final byte[] bytes;
    private final Path file;
    /** Where in {@link #file} the frames start. */
    private final long offset;
    private final long samples;
    private final int length;
    private final int[] frameOffsets;
    private final int crc;

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
        this.offset = 0;
        this.samples = samples;
        this.length = bytes.length;
        this.frameOffsets = frameOffsets(this.bytes);
        this.crc = Crc16.update(0, this.bytes, 0, this.bytes.length);
    }

    private Mp3Part(Mp3Part part, Path file, long offset) {
        if (part.bytes == null) {
            throw new IllegalStateException("already in " + part.file);
        }
        this.bytes = null;
        this.file = file;
        this.offset = offset;
        this.samples = part.samples;
        this.length = part.length;
        this.frameOffsets = part.frameOffsets;
        this.crc = part.crc;
    }

    /** The same part with its frames written to {@code file}, an empty file its caller removes. */
    public Mp3Part spill(Path file) throws IOException {
        Mp3Part spilled = new Mp3Part(this, file, 0);
        // Not created again if the render was stopped and its scratch files removed.
        Files.write(file, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return spilled;
    }

    /**
     * The same part, its frames read from where they already lie: {@code file} holds exactly
     * these bytes from {@code offset} on, and keeps them until they are joined (as a cache entry
     * does, which never changes under its key).
     */
    public Mp3Part keptAt(Path file, long offset) {
        return new Mp3Part(this, file, offset);
    }

    public long samples() {
        return samples;
    }

    public byte[] bytes() throws IOException {
        if (bytes != null) {
            return bytes.clone();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        writeTo(out);
        return out.toByteArray();
    }

    public void writeTo(OutputStream out) throws IOException {
        if (bytes != null) {
            out.write(bytes);
            return;
        }
        try (FileChannel channel = FileChannel.open(file)) {
            InputStream in = Channels.newInputStream(channel.position(offset));
            byte[] buffer = new byte[COPY_BYTES];
            for (int left = length; left > 0; ) {
                int n = in.read(buffer, 0, Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException(file + " ends " + left + " bytes short of its MP3 part");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
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

    /** The CRC-16 ({@link Crc16}) of the frames. */
    int crc() {
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
