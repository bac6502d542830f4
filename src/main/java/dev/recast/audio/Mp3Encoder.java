package dev.recast.audio;

import de.sciss.jump3r.lowlevel.LameEncoder;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;

/**
 * Encodes 44.1 kHz mono PCM to constant-bitrate MPEG-1 Layer III frames with jump3r (a pure-Java
 * port of LAME 3.98), without any tag: the episode writes its own info frame in front.
 *
 * <p>The frames of {@code n} samples decode to {@code frames(n) * 1152} samples: the
 * {@link #ENCODER_DELAY} samples of encoder delay, the {@code n} samples, then
 * {@link #padding(long)} samples of padding. A decoder adds its own delay (529 samples) to both
 * ends alike, so it shifts nothing relative to the frames.
 */
public final class Mp3Encoder {

    public static final int SAMPLE_RATE = 44_100;
    public static final int SAMPLES_PER_FRAME = 1152;
    public static final int ENCODER_DELAY = 576;
    /** The MPEG-1 Layer III bitrates in kbit/s, by their header index. */
    static final int[] BITRATES = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};

    private static final AudioFormat PCM = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
    private static final int BUFFER_SAMPLES = 8192;

    private final int bitrate;

    /** An encoder at {@code bitrate} kbit/s, one of the MPEG-1 Layer III rates (32 to 320). */
    public Mp3Encoder(int bitrate) {
        if (bitrate <= 0 || Arrays.stream(BITRATES).noneMatch(b -> b == bitrate)) {
            throw new IllegalArgumentException("MP3 bitrate must be one of 32, 40, 48, 56, 64, 80, 96, 112, 128, "
                    + "160, 192, 224, 256, 320 kbit/s, not " + bitrate);
        }
        this.bitrate = bitrate;
    }

    public int bitrate() {
        return bitrate;
    }

    /** What the frames depend on besides the samples, for keys of parts kept across renders. */
    public String settings() {
        return "jump3r-1.0.5 quality-middle mono no-replaygain bitrate " + bitrate;
    }

    /** The frames LAME 3.98 writes for {@code samples}: one more than they fill, for its flush. */
    public static long frames(long samples) {
        return -Math.floorDiv(-samples, SAMPLES_PER_FRAME) + 1;
    }

    /** The silence after the samples in the decoded frames. */
    public static int padding(long samples) {
        return (int) (frames(samples) * SAMPLES_PER_FRAME - ENCODER_DELAY - samples);
    }

    /** Encodes exactly {@code samples} samples of {@code pcm} (44.1 kHz mono) on their own. */
    public Mp3Part encode(PcmSource pcm, long samples) throws IOException {
        // QUALITY_LOW encoded speech only 1.2-1.3 times as fast, without LAME's noise shaping.
        LameEncoder lame = new LameEncoder(PCM, bitrate, LameEncoder.CHANNEL_MODE_MONO,
                LameEncoder.QUALITY_MIDDLE, false);
        withoutReplayGain(lame);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] mp3 = new byte[lame.getMP3BufferSize()];
            short[] buffer = new short[BUFFER_SAMPLES];
            byte[] bytes = new byte[2 * BUFFER_SAMPLES];
            long read = 0;
            while (read < samples) {
                int n = pcm.read(buffer, 0, (int) Math.min(buffer.length, samples - read));
                if (n < 0) {
                    throw new IOException("the audio ended after " + read + " of " + samples + " samples");
                }
                for (int i = 0; i < n; i++) {
                    bytes[2 * i] = (byte) buffer[i];
                    bytes[2 * i + 1] = (byte) (buffer[i] >> 8);
                }
                out.write(mp3, 0, lame.encodeBuffer(bytes, 0, 2 * n, mp3));
                read += n;
            }
            out.write(mp3, 0, lame.encodeFinish(mp3));
            return withoutPlaceholder(out.toByteArray(), samples);
        } finally {
            lame.close();
        }
    }

    /**
     * Turns off the ReplayGain analysis LameEncoder always asks for: it only fills LAME's own info
     * tag, which we drop, yet it took a sixth of the encoding time. LameEncoder keeps its settings
     * in a private field, hence the reflection; should a jump3r release rename it, the encoder
     * still works, only slower.
     */
    private static void withoutReplayGain(LameEncoder lame) {
        try {
            Field settings = LameEncoder.class.getDeclaredField("gfp");
            settings.setAccessible(true);
            LameGlobalFlags flags = (LameGlobalFlags) settings.get(lame);
            if (flags != null && flags.internal_flags != null) {
                flags.internal_flags.findReplayGain = false;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // The analysis stays on: the frames are the same, only the encoding is slower.
        }
    }

    /**
     * The frames after the empty one LAME reserves for its own info tag, checked against the
     * count {@link #frames(long)} promises, since every junction's timing rests on it.
     */
    private static Mp3Part withoutPlaceholder(byte[] stream, long samples) throws IOException {
        int first = Mp3Part.frameLength(stream, 0);
        byte[] frames = Arrays.copyOfRange(stream, first, stream.length);
        Mp3Part part = new Mp3Part(frames, samples);
        if (part.frames() != frames(samples)) {
            throw new IOException("the encoder wrote " + part.frames() + " frames for " + samples
                    + " samples, expected " + frames(samples));
        }
        return part;
    }
}
