package dev.recast.audio;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Streams a RIFF/WAVE file of 16-bit PCM with chapter markers and tags: {@code fmt }, then (when
 * there are cues) {@code cue } and a {@code LIST}/{@code adtl} of {@code labl} labels, then (when
 * there are tags) a {@code LIST}/{@code INFO}, then {@code data}. Past 4 GiB it is an RF64 file
 * (EBU Tech 3306): a {@code ds64} chunk right after the header holds the 64-bit sizes.
 *
 * <p>One format's writer, kept whole though long: the header written first states the sizes of the
 * chunks and the frame count that the writing and {@link #close()} then hold to, rules that split
 * would be stated twice.
 *
 * <p>The total frame count is declared up front, so the complete header goes out first and the
 * output never needs to seek. {@link #close()} fails if a different number of frames was written,
 * so a file whose header lies is never reported as finished.
 *
 * <pre>{@code
 * try (WavWriter wav = WavWriter.open(out, PcmFormat.SPEECH_16K, cues, totalFrames)) {
 *     wav.writeSamples(clip, 0, clip.length);
 *     wav.writeSilence(pauseFrames);
 * }
 * }</pre>
 */
public final class WavWriter implements Closeable {

    // RIFF sizes are unsigned 32-bit; a larger file is written as RF64.
    static final long RIFF_LIMIT = 0xFFFF_FFFFL;
    private static final long MAX_FRAMES = Long.MAX_VALUE / 2;
    private static final int DS64_SIZE = 28;
    private static final int WAVE_FORMAT_PCM = 1;
    private static final int PCM_FMT_SIZE = 16;
    private static final int CUE_POINT_SIZE = 24;
    private static final int BUFFER_SIZE = 64 * 1024;

    private final OutputStream out;
    private final PcmFormat format;
    private final long totalFrames;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int buffered;
    private long framesWritten;
    private boolean closed;

    private WavWriter(OutputStream out, PcmFormat format, long totalFrames) {
        this.out = out;
        this.format = format;
        this.totalFrames = totalFrames;
    }

    /** Writes the header, without INFO tags, and returns a writer; see {@link #open(OutputStream, PcmFormat, List, Map, long)}. */
    public static WavWriter open(OutputStream out, PcmFormat format, List<CuePoint> cues, long totalFrames)
            throws IOException {
        return open(out, format, cues, Map.of(), totalFrames, RIFF_LIMIT);
    }

    /**
     * Writes the header and returns a writer expecting exactly {@code totalFrames} frames. The
     * writer owns {@code out} and closes it, also when this method fails. A file past RIFF's
     * 4 GiB is written as RF64; knowing the length up front, the writer chooses at once.
     *
     * @param cues chapter markers, each at a frame no later than {@code totalFrames}; ids unique
     * @param info {@code LIST INFO} texts by four-character id ({@code INAM}, {@code IART}...), in
     *     the order to write them
     * @throws IllegalArgumentException if the format is not 16-bit, a cue is out of range or
     *     duplicated, or an INFO id is not four characters
     */
    public static WavWriter open(OutputStream out, PcmFormat format, List<CuePoint> cues, Map<String, String> info,
            long totalFrames) throws IOException {
        return open(out, format, cues, info, totalFrames, RIFF_LIMIT);
    }

    /** As above, switching to RF64 when the RIFF size would pass {@code riffLimit}, so tests need not write 4 GiB. */
    static WavWriter open(OutputStream out, PcmFormat format, List<CuePoint> cues, Map<String, String> info,
            long totalFrames, long riffLimit) throws IOException {
        Objects.requireNonNull(out, "out");
        try {
            out.write(header(format, List.copyOf(cues), new LinkedHashMap<>(info), totalFrames, riffLimit));
            return new WavWriter(out, format, totalFrames);
        } catch (IOException | RuntimeException e) {
            closeQuietly(out, e);
            throw e;
        }
    }

    /** Writes a whole file of interleaved 16-bit samples in one call, and closes {@code out}. */
    public static void write(OutputStream out, PcmFormat format, List<CuePoint> cues, short[] samples)
            throws IOException {
        if (samples.length % format.channels() != 0) {
            var notWholeFrames = new IllegalArgumentException(
                    samples.length + " samples are not whole frames of " + format.channels() + " channels");
            closeQuietly(out, notWholeFrames);
            throw notWholeFrames;
        }
        try (WavWriter wav = open(out, format, cues, samples.length / format.channels())) {
            wav.writeSamples(samples, 0, samples.length);
        }
    }

    /**
     * Appends {@code length} interleaved samples (whole frames) from {@code samples[offset]}.
     *
     * @throws IllegalStateException if that would pass the declared total, or the writer is closed
     */
    public void writeSamples(short[] samples, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, samples.length);
        if (length % format.channels() != 0) {
            throw new IllegalArgumentException(
                    length + " samples are not whole frames of " + format.channels() + " channels");
        }
        checkRoomFor(length / format.channels());
        int at = offset;
        while (at < offset + length) {
            if (buffer.length - buffered < 2) {
                flushBuffer();
            }
            int n = Math.min(offset + length - at, (buffer.length - buffered) / 2);
            // A bulk copy through a little-endian view, not two byte stores a sample.
            ByteBuffer.wrap(buffer, buffered, 2 * n).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().put(samples, at, n);
            buffered += 2 * n;
            at += n;
        }
        framesWritten += length / format.channels();
    }

    /** Appends {@code frames} frames of digital silence. */
    public void writeSilence(long frames) throws IOException {
        if (frames < 0) {
            throw new IllegalArgumentException("negative silence: " + frames + " frames");
        }
        checkRoomFor(frames);
        long remaining = frames * format.bytesPerFrame();
        while (remaining > 0) {
            if (buffered == buffer.length) {
                flushBuffer();
            }
            int n = (int) Math.min(remaining, buffer.length - buffered);
            Arrays.fill(buffer, buffered, buffered + n, (byte) 0);
            buffered += n;
            remaining -= n;
        }
        framesWritten += frames;
    }

    /** Frames written so far. */
    public long framesWritten() {
        return framesWritten;
    }

    /**
     * Flushes and closes the output.
     *
     * @throws IllegalStateException if fewer frames were written than the header declares; the
     *     output is closed anyway and the file must be discarded
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            flushBuffer();
        }
        if (framesWritten != totalFrames) {
            throw new IllegalStateException("WAV header declares " + totalFrames + " frames but " + framesWritten
                    + " were written; the file is incomplete");
        }
    }

    // Callers count frames only once copied, so a write that fails part-way is not counted.
    private void checkRoomFor(long frames) {
        if (closed) {
            throw new IllegalStateException("the WAV writer is closed");
        }
        if (frames > totalFrames - framesWritten) {
            throw new IllegalStateException("writing " + frames + " more frames would pass the declared total of "
                    + totalFrames + " (" + framesWritten + " written)");
        }
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, buffered);
        buffered = 0;
    }

    private static byte[] header(PcmFormat format, List<CuePoint> cues, Map<String, String> info, long totalFrames,
            long riffLimit) {
        if (format.bitsPerSample() != 16 || format.channels() > 0xFFFF) {
            throw new IllegalArgumentException("only 16-bit PCM with at most 65535 channels is written: " + format);
        }
        if (totalFrames < 0) {
            throw new IllegalArgumentException("negative frame count: " + totalFrames);
        }
        if (totalFrames > MAX_FRAMES / format.bytesPerFrame()) {
            throw new IllegalArgumentException(totalFrames + " frames of " + format + " are too many to count in bytes");
        }
        checkCues(cues, totalFrames);
        List<byte[]> infoTexts = checkedInfo(info);

        List<byte[]> labels = cues.stream().map(cue -> terminated(cue.label())).toList();
        long cueChunkSize = cues.isEmpty() ? 0 : 4 + (long) CUE_POINT_SIZE * cues.size();
        long adtlSize = cues.isEmpty() ? 0 : 4 + labels.stream().mapToLong(l -> 8 + padded(4 + l.length)).sum();
        long infoSize = info.isEmpty() ? 0 : 4 + infoTexts.stream().mapToLong(t -> 8 + padded(t.length)).sum();
        long chunks = (8 + PCM_FMT_SIZE) + (cues.isEmpty() ? 0 : (8 + cueChunkSize) + (8 + adtlSize))
                + (info.isEmpty() ? 0 : 8 + infoSize);
        long dataSize = totalFrames * format.bytesPerFrame();
        boolean rf64 = 4 + chunks + 8 + padded(dataSize) > riffLimit;
        long headerChunks = chunks + (rf64 ? 8 + DS64_SIZE : 0);
        long riffSize = 4 + headerChunks + 8 + padded(dataSize);

        ByteBuffer header = ByteBuffer.allocate((int) (12 + headerChunks + 8)).order(ByteOrder.LITTLE_ENDIAN);
        if (rf64) {
            // EBU Tech 3306: the 32-bit sizes say "see ds64", which holds the real 64-bit ones.
            header.put(fourCc("RF64")).putInt(-1).put(fourCc("WAVE"));
            header.put(fourCc("ds64")).putInt(DS64_SIZE)
                    .putLong(riffSize)
                    .putLong(dataSize)
                    .putLong(totalFrames)
                    .putInt(0); // no table of other chunks' sizes
        } else {
            header.put(fourCc("RIFF")).putInt((int) riffSize).put(fourCc("WAVE"));
        }

        header.put(fourCc("fmt ")).putInt(PCM_FMT_SIZE)
                .putShort((short) WAVE_FORMAT_PCM)
                .putShort((short) format.channels())
                .putInt(format.sampleRate())
                .putInt(format.sampleRate() * format.bytesPerFrame())
                .putShort((short) format.bytesPerFrame())
                .putShort((short) format.bitsPerSample());

        // cue before LIST: readers such as ffmpeg only attach labels to cues they have already seen.
        if (!cues.isEmpty()) {
            header.put(fourCc("cue ")).putInt((int) cueChunkSize).putInt(cues.size());
            for (CuePoint cue : cues) {
                header.putInt(cue.id())
                        .putInt((int) cue.sampleOffset()) // dwPosition: play order position, same as the offset
                        .put(fourCc("data"))
                        .putInt(0) // dwChunkStart: 0 for a file with a single data chunk
                        .putInt(0) // dwBlockStart: 0 for uncompressed PCM
                        .putInt((int) cue.sampleOffset());
            }
            header.put(fourCc("LIST")).putInt((int) adtlSize).put(fourCc("adtl"));
            for (int i = 0; i < cues.size(); i++) {
                byte[] label = labels.get(i);
                header.put(fourCc("labl")).putInt(4 + label.length).putInt(cues.get(i).id()).put(label);
                if (((4 + label.length) & 1) == 1) {
                    header.put((byte) 0);
                }
            }
        }

        if (!info.isEmpty()) {
            header.put(fourCc("LIST")).putInt((int) infoSize).put(fourCc("INFO"));
            int i = 0;
            for (String id : info.keySet()) {
                byte[] text = infoTexts.get(i++);
                header.put(fourCc(id)).putInt(text.length).put(text);
                if ((text.length & 1) == 1) {
                    header.put((byte) 0);
                }
            }
        }

        header.put(fourCc("data")).putInt(rf64 ? -1 : (int) dataSize);
        if (header.hasRemaining()) {
            throw new AssertionError("WAV header size miscounted: " + header.remaining() + " bytes left");
        }
        return header.array();
    }

    /** The INFO texts, NUL-terminated, in the map's order; ids must be four printable ASCII characters. */
    private static List<byte[]> checkedInfo(Map<String, String> info) {
        List<byte[]> texts = new ArrayList<>();
        for (Map.Entry<String, String> entry : info.entrySet()) {
            String id = entry.getKey();
            if (id.length() != 4 || !id.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException("INFO ids are four printable ASCII characters: '" + id + "'");
            }
            if (entry.getValue().indexOf('\0') >= 0) {
                throw new IllegalArgumentException("INFO " + id + " contains a NUL character");
            }
            texts.add(terminated(entry.getValue()));
        }
        return texts;
    }

    private static byte[] terminated(String text) {
        return (text + "\0").getBytes(StandardCharsets.UTF_8);
    }

    private static void checkCues(List<CuePoint> cues, long totalFrames) {
        Set<Integer> ids = new HashSet<>();
        for (CuePoint cue : cues) {
            if (!ids.add(cue.id())) {
                throw new IllegalArgumentException("duplicate cue id " + cue.id());
            }
            if (cue.sampleOffset() > totalFrames) {
                throw new IllegalArgumentException("cue " + cue.id() + " at frame " + cue.sampleOffset()
                        + " is past the end (" + totalFrames + " frames)");
            }
            // labl text is NUL-terminated, so a NUL inside would cut the label short.
            if (cue.label().indexOf('\0') >= 0) {
                throw new IllegalArgumentException("cue " + cue.id() + " label contains a NUL character");
            }
        }
    }

    private static long padded(long chunkSize) {
        return chunkSize + (chunkSize & 1);
    }

    private static byte[] fourCc(String id) {
        return id.getBytes(StandardCharsets.US_ASCII);
    }

    private static void closeQuietly(OutputStream out, Exception failure) {
        try {
            out.close();
        } catch (IOException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
