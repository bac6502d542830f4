package dev.recast.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads RIFF/WAVE and RF64 PCM files: their {@link WavFile description} (format, frame count, cue
 * points labelled from {@code LIST}/{@code adtl}/{@code labl}, {@code LIST}/{@code INFO} texts) and
 * their 16-bit samples.
 *
 * <p>One format's reader, kept whole though long: one pass over one stream reads every chunk and
 * checks it against the others, so split, the RIFF and RF64 chunk rules would be scattered.
 *
 * <p>Tolerant of what other writers add: unknown chunks and sub-chunks are skipped (with their pad
 * bytes), cues and labels may come before or after {@code data}, {@code WAVE_FORMAT_EXTENSIBLE}
 * with a PCM sub-format is accepted, and bytes after the RIFF chunk are ignored. Strict about
 * everything else: a truncated or inconsistent file fails with a {@link WavFormatException}
 * naming the file, the offset and what is wrong.
 */
public final class WavReader {

    private static final int WAVE_FORMAT_PCM = 0x0001;
    private static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;
    // KSDATAFORMAT_SUBTYPE_PCM after its leading format tag: 00000001-0000-0010-8000-00aa00389b71.
    private static final byte[] PCM_SUBFORMAT_TAIL = {
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};
    private static final int BUFFER_SIZE = 64 * 1024;
    // An RF64 chunk size meaning "the real size is in ds64".
    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;
    // INFO texts are short; a longer one is cut here rather than read whole into memory.
    private static final int MAX_INFO_SIZE = 64 * 1024;

    private WavReader() {}

    /** Describes {@code file}, skipping over its samples. */
    public static WavFile read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE)) {
            return read(in, file.toString());
        }
    }

    /**
     * Describes the WAV file in {@code in}, reading through its samples without keeping them.
     *
     * @param name what to call the stream in error messages, usually its file name
     */
    public static WavFile read(InputStream in, String name) throws IOException {
        Parser parser = new Parser(in, name, false);
        return parser.parse();
    }

    /** The interleaved 16-bit samples of {@code file}. */
    public static short[] readSamples(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE)) {
            return readSamples(in, file.toString());
        }
    }

    /**
     * The interleaved 16-bit samples of the WAV file in {@code in}.
     *
     * @param name what to call the stream in error messages, usually its file name
     * @throws WavFormatException also when the samples are not 16-bit or too many for an array
     */
    public static short[] readSamples(InputStream in, String name) throws IOException {
        Parser parser = new Parser(in, name, true);
        parser.parse();
        return parser.samples;
    }

    /** A cue point as stored: unsigned fields, checked once all chunks are read. */
    private record RawCue(long id, long sampleOffset) {}

    /** One pass over the chunks; {@code position} is the offset of the next unread byte. */
    private static final class Parser {
        private final InputStream in;
        private final String name;
        private final boolean keepSamples;
        private long position;

        private PcmFormat format;
        private long frames = -1;
        private short[] samples;
        private final List<RawCue> cues = new ArrayList<>();
        private final Map<Long, String> labels = new HashMap<>();
        private final Map<String, String> info = new LinkedHashMap<>();
        private long ds64DataSize = -1;

        Parser(InputStream in, String name, boolean keepSamples) {
            this.in = in;
            this.name = name;
            this.keepSamples = keepSamples;
        }

        WavFile parse() throws IOException {
            byte[] riff = in.readNBytes(12);
            position = riff.length;
            if (riff.length < 12) {
                throw malformed("too short to be a WAV file (" + riff.length + " bytes)");
            }
            String form = fourCc(riff, 0);
            if (form.equals("RIFX")) {
                throw malformed(form + " files are not supported");
            }
            if (!(form.equals("RIFF") || form.equals("RF64")) || !fourCc(riff, 8).equals("WAVE")) {
                throw malformed("not a RIFF/WAVE file");
            }
            long riffEnd = 8 + (le(riff).getInt(4) & 0xFFFF_FFFFL);
            if (form.equals("RF64")) {
                riffEnd = 8 + readDs64();
            }

            while (position < riffEnd) {
                if (riffEnd - position < 8) {
                    throw malformed("RIFF chunk ends inside a chunk header at offset " + position);
                }
                long chunkStart = position;
                byte[] header = in.readNBytes(8);
                position += header.length;
                if (header.length < 8) {
                    throw malformed("truncated: the RIFF header declares " + riffEnd + " bytes but the file ends at "
                            + position);
                }
                String id = fourCc(header, 0);
                long size = le(header).getInt(4) & 0xFFFF_FFFFL;
                if (id.equals("data") && size == UNKNOWN_SIZE && ds64DataSize >= 0) {
                    size = ds64DataSize;
                }
                long end = position + size;
                if (end > riffEnd) {
                    throw malformed("'" + id + "' chunk at offset " + chunkStart + " (" + size
                            + " bytes) runs past the end of the RIFF chunk at " + riffEnd);
                }
                switch (id) {
                    case "fmt " -> readFormat(size);
                    case "data" -> readData(size);
                    case "cue " -> readCues(size);
                    case "LIST" -> readList(size);
                    default -> { }
                }
                skip(end - position, "'" + id + "' chunk");
                // A writer that forgot to count the last pad byte in the RIFF size is forgiven.
                if ((size & 1) == 1 && position < riffEnd) {
                    skip(1, "pad byte after '" + id + "' chunk");
                }
            }
            if (format == null) {
                throw malformed("no 'fmt ' chunk");
            }
            if (frames < 0) {
                throw malformed("no 'data' chunk");
            }
            return new WavFile(format, frames, labelledCues(), info);
        }

        /** RF64's first chunk, {@code ds64}: the 64-bit RIFF and data sizes; returns the RIFF size. */
        private long readDs64() throws IOException {
            byte[] header = bytes(8, "'ds64' chunk header");
            long size = le(header).getInt(4) & 0xFFFF_FFFFL;
            if (!fourCc(header, 0).equals("ds64") || size < 24) {
                throw malformed("RF64 file without a 'ds64' chunk first");
            }
            ByteBuffer ds64 = le(bytes(24, "'ds64' chunk"));
            long riffSize = ds64.getLong(0);
            ds64DataSize = ds64.getLong(8);
            if (riffSize < 4 || ds64DataSize < 0) {
                throw malformed("'ds64' chunk sizes out of range: RIFF " + riffSize + ", data " + ds64DataSize);
            }
            skip(size - 24 + (size & 1), "'ds64' chunk");
            return riffSize;
        }

        private void readFormat(long size) throws IOException {
            if (format != null) {
                throw malformed("more than one 'fmt ' chunk");
            }
            if (size < 16) {
                throw malformed("'fmt ' chunk of " + size + " bytes is too short (16 needed)");
            }
            ByteBuffer fmt = le(bytes((int) Math.min(size, 40), "'fmt ' chunk"));
            int tag = Short.toUnsignedInt(fmt.getShort(0));
            int channels = Short.toUnsignedInt(fmt.getShort(2));
            long sampleRate = fmt.getInt(4) & 0xFFFF_FFFFL;
            int blockAlign = Short.toUnsignedInt(fmt.getShort(12));
            int bits = Short.toUnsignedInt(fmt.getShort(14));
            if (tag == WAVE_FORMAT_EXTENSIBLE) {
                if (size < 40 || !isPcmSubformat(fmt)) {
                    throw malformed("WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk without a PCM sub-format");
                }
            } else if (tag != WAVE_FORMAT_PCM) {
                throw malformed(String.format("format tag 0x%04X is not PCM", tag));
            }
            if (sampleRate > Integer.MAX_VALUE) {
                throw malformed("sample rate " + sampleRate + " Hz is out of range");
            }
            try {
                format = new PcmFormat((int) sampleRate, bits, channels);
            } catch (IllegalArgumentException e) {
                throw malformed(e.getMessage());
            }
            if (blockAlign != format.bytesPerFrame()) {
                throw malformed("block align " + blockAlign + " does not match " + channels + " channels of "
                        + bits + " bits");
            }
        }

        private static boolean isPcmSubformat(ByteBuffer fmt) {
            byte[] tail = Arrays.copyOfRange(fmt.array(), 26, 40);
            return Short.toUnsignedInt(fmt.getShort(24)) == WAVE_FORMAT_PCM && Arrays.equals(tail, PCM_SUBFORMAT_TAIL);
        }

        private void readData(long size) throws IOException {
            if (format == null) {
                throw malformed("'data' chunk before the 'fmt ' chunk");
            }
            if (frames >= 0) {
                throw malformed("more than one 'data' chunk");
            }
            if (size % format.bytesPerFrame() != 0) {
                throw malformed("'data' chunk of " + size + " bytes is not a whole number of "
                        + format.bytesPerFrame() + "-byte frames");
            }
            frames = size / format.bytesPerFrame();
            if (keepSamples) {
                samples = sixteenBitSamples(size);
            }
        }

        private short[] sixteenBitSamples(long size) throws IOException {
            if (format.bitsPerSample() != 16) {
                throw malformed("samples are " + format.bitsPerSample() + "-bit; only 16-bit samples can be read");
            }
            if (size / 2 > Integer.MAX_VALUE - 8) {
                throw malformed("too many samples to hold in memory: " + size / 2);
            }
            short[] result = new short[(int) (size / 2)];
            byte[] block = new byte[BUFFER_SIZE];
            long start = position;
            for (int filled = 0; filled < result.length; ) {
                int wanted = (int) Math.min(block.length, 2L * (result.length - filled));
                int got = in.readNBytes(block, 0, wanted);
                position += got;
                if (got < wanted) {
                    throw truncated("'data' chunk", start, size);
                }
                le(block).asShortBuffer().get(result, filled, got / 2);
                filled += got / 2;
            }
            return result;
        }

        private void readCues(long size) throws IOException {
            if (size < 4) {
                throw malformed("'cue ' chunk of " + size + " bytes is too short");
            }
            long count = le(bytes(4, "'cue ' chunk")).getInt(0) & 0xFFFF_FFFFL;
            if (4 + 24 * count > size) {
                throw malformed("'cue ' chunk declares " + count + " cue points but has room for " + (size - 4) / 24);
            }
            for (long i = 0; i < count; i++) {
                ByteBuffer point = le(bytes(24, "cue point"));
                long id = point.getInt(0) & 0xFFFF_FFFFL;
                long sampleOffset = point.getInt(20) & 0xFFFF_FFFFL; // dwSampleOffset, as ffmpeg reads it
                cues.add(new RawCue(id, sampleOffset));
            }
        }

        private void readList(long size) throws IOException {
            if (size < 4) {
                throw malformed("'LIST' chunk of " + size + " bytes is too short");
            }
            long end = position + size;
            String type = fourCc(bytes(4, "'LIST' chunk type"), 0);
            if (!type.equals("adtl") && !type.equals("INFO")) {
                return;
            }
            while (position < end) {
                if (end - position < 8) {
                    throw malformed("'" + type + "' list ends inside a sub-chunk header at offset " + position);
                }
                byte[] header = bytes(8, "'" + type + "' sub-chunk header");
                String id = fourCc(header, 0);
                long subSize = le(header).getInt(4) & 0xFFFF_FFFFL;
                if (position + subSize > end) {
                    throw malformed("'" + id + "' sub-chunk at offset " + (position - 8)
                            + " runs past the end of its 'LIST' chunk");
                }
                if (type.equals("adtl") && id.equals("labl")) {
                    readLabel(subSize);
                } else if (type.equals("INFO")) {
                    info.putIfAbsent(id, text(bytes((int) Math.min(subSize, MAX_INFO_SIZE), "'" + id + "' text"), 0));
                    skip(subSize - Math.min(subSize, MAX_INFO_SIZE), "'" + id + "' text");
                } else {
                    skip(subSize, "'" + id + "' sub-chunk");
                }
                if ((subSize & 1) == 1 && position < end) {
                    skip(1, "pad byte after '" + id + "' sub-chunk");
                }
            }
        }

        private void readLabel(long size) throws IOException {
            if (size < 4 || size > Integer.MAX_VALUE - 8) {
                throw malformed("'labl' sub-chunk of " + size + " bytes at offset " + (position - 8));
            }
            byte[] labl = bytes((int) size, "'labl' sub-chunk");
            labels.put(le(labl).getInt(0) & 0xFFFF_FFFFL, text(labl, 4));
        }

        /** NUL-terminated UTF-8 text from {@code offset}; the terminator is optional. */
        private static String text(byte[] bytes, int offset) {
            int end = offset;
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
            return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
        }

        private List<CuePoint> labelledCues() throws WavFormatException {
            List<CuePoint> result = new ArrayList<>();
            Set<Long> ids = new HashSet<>();
            for (RawCue cue : cues) {
                long id = cue.id();
                if (id < 1 || id > Integer.MAX_VALUE) {
                    throw malformed("cue id " + id + " is out of range (1 to " + Integer.MAX_VALUE + ")");
                }
                if (!ids.add(id)) {
                    throw malformed("duplicate cue id " + id);
                }
                if (cue.sampleOffset() > frames) {
                    throw malformed("cue " + id + " at frame " + cue.sampleOffset() + " is past the end (" + frames
                            + " frames)");
                }
                result.add(new CuePoint((int) id, cue.sampleOffset(), labels.getOrDefault(id, "")));
            }
            return result;
        }

        private byte[] bytes(int count, String what) throws IOException {
            long start = position;
            byte[] read = in.readNBytes(count);
            position += read.length;
            if (read.length < count) {
                throw truncated(what, start, count);
            }
            return read;
        }

        private void skip(long count, String what) throws IOException {
            long start = position;
            for (long remaining = count; remaining > 0; ) {
                long skipped = in.skip(remaining);
                if (skipped <= 0) {
                    // skip() may stop early without being at the end; one read() tells which.
                    if (in.read() < 0) {
                        throw truncated(what, start, count);
                    }
                    skipped = 1;
                }
                remaining -= skipped;
                position += skipped;
            }
        }

        private WavFormatException truncated(String what, long start, long size) {
            return malformed("truncated: " + what + " at offset " + start + " needs " + size
                    + " bytes but the file ends at " + position);
        }

        private WavFormatException malformed(String message) {
            return new WavFormatException(name + ": " + message);
        }
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A chunk id as text, with anything unprintable shown as '?'. */
    private static String fourCc(byte[] bytes, int offset) {
        char[] id = new char[4];
        for (int i = 0; i < 4; i++) {
            int b = bytes[offset + i] & 0xFF;
            id[i] = b >= 0x20 && b < 0x7F ? (char) b : '?';
        }
        return new String(id);
    }
}
