package dev.recast.audio;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an MP3 file's ID3v2 tag (2.3 or 2.4: text frames, {@code COMM}, {@code CHAP}) and its
 * length, from the Xing/LAME header when there is one, else by counting MPEG Layer III frames.
 */
public final class Mp3Reader {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int[] MPEG1_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] MPEG2_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000};
    private static final int XING_FRAMES = 0x1;
    private static final int XING_BYTES = 0x2;
    private static final int XING_TOC = 0x4;
    private static final int XING_QUALITY = 0x8;
    private static final int LAME_DELAY_OFFSET = 21;

    private Mp3Reader() {
    }

    /** Reads {@code file}. */
    public static Mp3File read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads the MP3 stream in {@code in}.
     *
     * @param name what to call the stream in error messages
     * @throws Mp3FormatException if no MPEG Layer III frame follows the tag
     */
    public static Mp3File read(InputStream in, String name) throws IOException {
        Map<String, String> tags = new LinkedHashMap<>();
        List<ChapterMark> chapters = new ArrayList<>();
        byte[] start = in.readNBytes(10);
        byte[] first;
        if (start.length == 10 && start[0] == 'I' && start[1] == 'D' && start[2] == '3') {
            int size = syncsafe(start, 6);
            byte[] tag = in.readNBytes(size);
            if (tag.length < size) {
                throw new Mp3FormatException(name + ": the ID3 tag runs past the end of the file");
            }
            readTag(start[3], start[5], tag, tags, chapters, name);
            first = in.readNBytes(4);
        } else {
            first = Arrays.copyOf(start, Math.min(4, start.length));
            if (start.length > 4) {
                // Not a tag: the first bytes are the first frame's, put back for the frame scan.
                in = new SequenceInputStream(new ByteArrayInputStream(start, 4, start.length - 4), in);
            }
        }
        return readFrames(in, first, tags, chapters, name);
    }

    private static Mp3File readFrames(InputStream in, byte[] header, Map<String, String> tags,
            List<ChapterMark> chapters, String name) throws IOException {
        FrameHeader firstFrame = FrameHeader.parse(header);
        if (firstFrame == null) {
            throw new Mp3FormatException(name + ": no MPEG audio frame after the tag");
        }
        byte[] body = in.readNBytes(firstFrame.length() - 4);
        XingHeader xing = XingHeader.find(firstFrame, body);
        long frames = (xing == null ? 1 : 0) + countFrames(in); // a Xing frame carries no audio
        if (xing != null && xing.frames() >= 0) {
            // The header states the length the encoder wrote; a copy cut short must not claim it.
            if (frames < xing.frames()) {
                throw new Mp3FormatException(String.format(Locale.ROOT,
                        "%s: the file is cut short: its header declares %d frames (%.1f s), it holds %d (%.1f s)",
                        name, xing.frames(), xing.frames() * (double) firstFrame.samplesPerFrame()
                                / firstFrame.sampleRate(),
                        frames, frames * (double) firstFrame.samplesPerFrame() / firstFrame.sampleRate()));
            }
            long samples = xing.frames() * firstFrame.samplesPerFrame() - xing.delay() - xing.padding();
            return new Mp3File(firstFrame.sampleRate(), firstFrame.channels(), Math.max(0, samples),
                    xing.hasLame(), tags, chapters);
        }
        return new Mp3File(firstFrame.sampleRate(), firstFrame.channels(), frames * firstFrame.samplesPerFrame(),
                false, tags, chapters);
    }

    /** The whole frames left in {@code in}, up to trailing data such as an ID3v1 tag. */
    private static long countFrames(InputStream in) throws IOException {
        long frames = 0;
        for (byte[] next = in.readNBytes(4); next.length == 4; next = in.readNBytes(4)) {
            FrameHeader frame = FrameHeader.parse(next);
            if (frame == null) {
                break; // trailing data, such as an ID3v1 tag
            }
            if (in.readNBytes(frame.length() - 4).length < frame.length() - 4) {
                break; // a frame cut short at the end of the file is not played
            }
            frames++;
        }
        return frames;
    }

    /** The 4-byte header of an MPEG Layer III frame. */
    private record FrameHeader(boolean mpeg1, int sampleRate, int channels, int length, boolean crc) {

        static FrameHeader parse(byte[] h) {
            if (h.length < 4 || (h[0] & 0xFF) != 0xFF || (h[1] & 0xE0) != 0xE0) {
                return null;
            }
            int version = (h[1] >> 3) & 3; // 0 = 2.5, 2 = 2, 3 = 1
            int layer = (h[1] >> 1) & 3; // 1 = Layer III
            int bitrateIndex = (h[2] >> 4) & 0xF;
            int rateIndex = (h[2] >> 2) & 3;
            if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
                return null;
            }
            boolean mpeg1 = version == 3;
            int divisor = version == 3 ? 1 : version == 2 ? 2 : 4;
            int sampleRate = MPEG1_RATES[rateIndex] / divisor;
            int kbps = (mpeg1 ? MPEG1_KBPS : MPEG2_KBPS)[bitrateIndex];
            int padding = (h[2] >> 1) & 1;
            int length = (mpeg1 ? 144_000 : 72_000) * kbps / sampleRate + padding;
            int channels = ((h[3] >> 6) & 3) == 3 ? 1 : 2;
            return new FrameHeader(mpeg1, sampleRate, channels, length, (h[1] & 1) == 0);
        }

        int samplesPerFrame() {
            return mpeg1 ? 1152 : 576;
        }

        /** Where a Xing header would start in the frame's body, after the side information. */
        int sideInfoEnd() {
            int sideInfo = mpeg1 ? (channels == 1 ? 17 : 32) : (channels == 1 ? 9 : 17);
            return sideInfo + (crc ? 2 : 0);
        }
    }

    /** A Xing or Info header and the LAME extension's encoder delay and padding, when present. */
    private record XingHeader(long frames, int delay, int padding, boolean hasLame) {

        static XingHeader find(FrameHeader frame, byte[] body) {
            int at = frame.sideInfoEnd();
            if (body.length < at + 8) {
                return null;
            }
            String id = new String(body, at, 4, StandardCharsets.ISO_8859_1);
            if (!id.equals("Xing") && !id.equals("Info")) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.wrap(body);
            int flags = buffer.getInt(at + 4);
            int position = at + 8;
            long frames = -1;
            if ((flags & XING_FRAMES) != 0 && body.length >= position + 4) {
                frames = buffer.getInt(position) & 0xFFFF_FFFFL;
            }
            position += ((flags & XING_FRAMES) != 0 ? 4 : 0) + ((flags & XING_BYTES) != 0 ? 4 : 0)
                    + ((flags & XING_TOC) != 0 ? 100 : 0) + ((flags & XING_QUALITY) != 0 ? 4 : 0);
            if (body.length < position + LAME_DELAY_OFFSET + 3) {
                return new XingHeader(frames, 0, 0, false);
            }
            String encoder = new String(body, position, 4, StandardCharsets.ISO_8859_1);
            // The encoders ffmpeg also trusts for the delay and padding fields.
            if (!encoder.equals("LAME") && !encoder.equals("Lavf") && !encoder.equals("Lavc")) {
                return new XingHeader(frames, 0, 0, false);
            }
            int d = position + LAME_DELAY_OFFSET;
            int delay = ((body[d] & 0xFF) << 4) | ((body[d + 1] & 0xFF) >> 4);
            int padding = ((body[d + 1] & 0x0F) << 8) | (body[d + 2] & 0xFF);
            return new XingHeader(frames, delay, padding, true);
        }
    }

    private static void readTag(int version, int flags, byte[] tag, Map<String, String> tags,
            List<ChapterMark> chapters, String name) throws Mp3FormatException {
        if (version != 3 && version != 4) {
            return; // 2.2's three-letter frames are not read; the audio still is
        }
        byte[] frames = (flags & 0x80) != 0 && version == 3 ? resynchronised(tag) : tag;
        int position = 0;
        if ((flags & 0x40) != 0 && frames.length >= 4) {
            int extended = version == 3 ? ByteBuffer.wrap(frames).getInt(0) + 4 : syncsafe(frames, 0);
            position = extended;
        }
        readFrames(version, frames, position, frames.length, tags, chapters, name);
        String year = tags.remove("TYER");
        String dayMonth = tags.remove("TDAT");
        if (year != null && !tags.containsKey("TDRC")) {
            tags.put("TDRC", dayMonth != null && dayMonth.length() == 4
                    ? year + "-" + dayMonth.substring(2) + "-" + dayMonth.substring(0, 2)
                    : year);
        }
    }

    private static void readFrames(int version, byte[] tag, int from, int to, Map<String, String> tags,
            List<ChapterMark> chapters, String name) throws Mp3FormatException {
        int position = from;
        while (position + 10 <= to && tag[position] != 0) {
            String id = new String(tag, position, 4, StandardCharsets.ISO_8859_1);
            int size = version == 4 ? syncsafe(tag, position + 4) : ByteBuffer.wrap(tag).getInt(position + 4);
            int body = position + 10;
            if (size < 0 || body + size > to) {
                throw new Mp3FormatException(name + ": ID3 frame " + id + " runs past the end of its tag");
            }
            if (id.equals("CHAP")) {
                chapters.add(chapter(version, tag, body, body + size, name));
            } else if (id.equals("COMM") && size > 4) {
                byte[] text = Arrays.copyOfRange(tag, body + 4, body + size);
                int encoding = tag[body];
                int descriptionEnd = terminator(text, 0, encoding);
                int textStart = descriptionEnd + (encoding == 1 || encoding == 2 ? 2 : 1);
                tags.putIfAbsent(id, textStart >= text.length ? "" : decode(encoding, text, textStart, text.length));
            } else if (id.charAt(0) == 'T' && !id.equals("TXXX") && size > 0) {
                tags.putIfAbsent(id, decode(tag[body], tag, body + 1, body + size));
            }
            position = body + size;
        }
    }

    private static ChapterMark chapter(int version, byte[] tag, int from, int to, String name)
            throws Mp3FormatException {
        int idEnd = from;
        while (idEnd < to && tag[idEnd] != 0) {
            idEnd++;
        }
        if (idEnd + 17 > to) {
            throw new Mp3FormatException(name + ": a CHAP frame is too short");
        }
        String id = new String(tag, from, idEnd - from, StandardCharsets.ISO_8859_1);
        ByteBuffer times = ByteBuffer.wrap(tag);
        long start = times.getInt(idEnd + 1) & 0xFFFF_FFFFL;
        long end = times.getInt(idEnd + 5) & 0xFFFF_FFFFL;
        Map<String, String> sub = new LinkedHashMap<>();
        readFrames(version, tag, idEnd + 17, to, sub, new ArrayList<>(), name);
        try {
            return new ChapterMark(id, sub.getOrDefault("TIT2", ""), start, Math.max(start, end));
        } catch (IllegalArgumentException e) {
            throw new Mp3FormatException(name + ": CHAP " + id + ": " + e.getMessage());
        }
    }

    /** Text in one of ID3's four encodings, up to its first terminator. */
    private static String decode(int encoding, byte[] bytes, int from, int to) {
        Charset charset = switch (encoding) {
            case 1 -> StandardCharsets.UTF_16;
            case 2 -> StandardCharsets.UTF_16BE;
            case 3 -> StandardCharsets.UTF_8;
            default -> StandardCharsets.ISO_8859_1;
        };
        byte[] text = Arrays.copyOfRange(bytes, from, to);
        return new String(text, 0, terminator(text, 0, encoding), charset);
    }

    private static int terminator(byte[] text, int from, int encoding) {
        boolean wide = encoding == 1 || encoding == 2;
        int step = wide ? 2 : 1;
        for (int i = from; i + step <= text.length; i += step) {
            if (text[i] == 0 && (!wide || text[i + 1] == 0)) {
                return i;
            }
        }
        return text.length - (text.length - from) % step;
    }

    private static byte[] resynchronised(byte[] tag) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(tag.length);
        for (int i = 0; i < tag.length; i++) {
            out.write(tag[i]);
            if ((tag[i] & 0xFF) == 0xFF && i + 1 < tag.length && tag[i + 1] == 0) {
                i++;
            }
        }
        return out.toByteArray();
    }

    private static int syncsafe(byte[] bytes, int at) {
        return (bytes[at] & 0x7F) << 21 | (bytes[at + 1] & 0x7F) << 14 | (bytes[at + 2] & 0x7F) << 7
                | (bytes[at + 3] & 0x7F);
    }
}
