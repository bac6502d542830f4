package dev.recast.audio;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The first frame of a constant-bitrate MP3: a silent frame carrying the Xing "Info" header
 * (frame count, byte count, seek table) and the LAME tag (encoder delay and end padding), so
 * players report the exact duration and decoders drop the delay and padding to the sample.
 */
public final class Mp3InfoFrame {

    private static final int SIDE_INFO_MONO = 17;
    private static final int XING_BYTES = 4 + 4 + 4 + 4 + 100 + 4;
    private static final int LAME_TAG_BYTES = 36;
    private static final int FLAGS_FRAMES_BYTES_TOC_QUALITY = 0x0F;
    private static final int VBR_METHOD_CBR = 1;
    private static final int SOURCE_RATE_44K = 0x40;
    private static final int MAX_DELAY_OR_PADDING = 0xFFF;
    /** LAME's {@code 100 - 10 * vbrQuality - quality} for its defaults with {@code -q 5}, as it writes for CBR. */
    private static final int QUALITY = 100 - 10 * 4 - 5;

    private Mp3InfoFrame() {
    }

    /**
     * The info frame for {@code parts} joined in order, decoding to exactly {@code samples}
     * samples after the first part's encoder delay.
     */
    public static byte[] render(int bitrate, List<Mp3Part> parts, long samples) {
        long frames = 0;
        long audioBytes = 0;
        int musicCrc = 0;
        for (Mp3Part part : parts) {
            frames += part.frames();
            audioBytes += part.length();
            musicCrc = Crc16.combine(musicCrc, part.crc(), part.length());
        }
        long padding = frames * Mp3Encoder.SAMPLES_PER_FRAME - Mp3Encoder.ENCODER_DELAY - samples;
        if (padding < 0 || padding > MAX_DELAY_OR_PADDING) {
            throw new IllegalArgumentException(frames + " frames cannot hold " + samples + " samples with "
                    + "a padding the LAME tag can carry");
        }
        int frameBitrate = frameBitrate(bitrate);
        byte[] frame = new byte[144 * frameBitrate * 1000 / Mp3Encoder.SAMPLE_RATE];
        long totalBytes = frame.length + audioBytes;
        frame[0] = (byte) 0xFF;
        frame[1] = (byte) 0xFB;
        frame[2] = (byte) (bitrateIndex(frameBitrate) << 4);
        frame[3] = (byte) 0xC4;
        int at = 4 + SIDE_INFO_MONO;
        at = ascii(frame, at, "Info");
        at = int32(frame, at, FLAGS_FRAMES_BYTES_TOC_QUALITY);
        at = int32(frame, at, frames);
        at = int32(frame, at, totalBytes);
        byte[] toc = toc(parts, frames, frame.length, totalBytes);
        System.arraycopy(toc, 0, frame, at, toc.length);
        at += toc.length;
        at = int32(frame, at, QUALITY);
        int lameStart = at;
        at = ascii(frame, at, "LAME3.98r");
        frame[at++] = (byte) VBR_METHOD_CBR;
        at += 1 + 4 + 2 + 2 + 1; // lowpass, peak, radio and audiophile gain, ATH flags: unknown
        frame[at++] = (byte) Math.min(bitrate, 255);
        frame[at++] = (byte) (Mp3Encoder.ENCODER_DELAY >> 4);
        frame[at++] = (byte) (((Mp3Encoder.ENCODER_DELAY & 0x0F) << 4) | (int) (padding >> 8));
        frame[at++] = (byte) padding;
        frame[at++] = (byte) SOURCE_RATE_44K;
        at += 1 + 2; // MP3 gain, preset and surround
        at = int32(frame, at, totalBytes);
        at = int16(frame, at, musicCrc);
        int16(frame, at, Crc16.update(0, frame, 0, at));
        assert at + 2 == lameStart + LAME_TAG_BYTES;
        return frame;
    }

    /** The stream's bitrate, or the lowest one whose frame holds both headers (LAME does the same). */
    private static int frameBitrate(int bitrate) {
        int needed = 4 + SIDE_INFO_MONO + XING_BYTES + LAME_TAG_BYTES;
        for (int candidate : Mp3Encoder.BITRATES) {
            if (candidate >= bitrate && 144 * candidate * 1000 / Mp3Encoder.SAMPLE_RATE >= needed) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no frame for bitrate " + bitrate);
    }

    private static int bitrateIndex(int bitrate) {
        for (int i = 1; i < Mp3Encoder.BITRATES.length; i++) {
            if (Mp3Encoder.BITRATES[i] == bitrate) {
                return i;
            }
        }
        throw new IllegalArgumentException("not an MPEG-1 Layer III bitrate: " + bitrate);
    }

    /** Entry {@code i}: where the audio {@code i}% in starts, as a 256th of the file. */
    private static byte[] toc(List<Mp3Part> parts, long frames, int infoBytes, long totalBytes) {
        byte[] toc = new byte[100];
        int entry = 0;
        long frameIndex = 0;
        long partStart = infoBytes;
        for (Mp3Part part : parts) {
            for (int offset : part.frameOffsets()) {
                while (entry < 100 && entry * frames / 100 == frameIndex) {
                    toc[entry++] = (byte) Math.min(255, 256 * (partStart + offset) / totalBytes);
                }
                frameIndex++;
            }
            partStart += part.length();
        }
        return toc;
    }

    private static int ascii(byte[] frame, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, frame, at, bytes.length);
        return at + bytes.length;
    }

    private static int int32(byte[] frame, int at, long value) {
        for (int i = 0; i < 4; i++) {
            frame[at + i] = (byte) (value >> (24 - 8 * i));
        }
        return at + 4;
    }

    private static int int16(byte[] frame, int at, int value) {
        frame[at] = (byte) (value >> 8);
        frame[at + 1] = (byte) value;
        return at + 2;
    }
}
