package dev.recast.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a section file's bytes into lines. UTF-8 with or without a BOM, or UTF-16 or UTF-32 (as
 * Windows tools save "Unicode" text) when a byte-order mark says so; CRLF, LF or CR line
 * endings. A line that is not valid UTF-8 is read as Windows-1252, the code page such stray
 * lines nearly always come from, so its words survive instead of turning into U+FFFD; a line that
 * is not Windows-1252 text either (control bytes, undefined codes) is read as UTF-8 with U+FFFD
 * for what cannot be decoded. Either way it is noted, never fatal.
 */
public final class TextDecoder {

    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static final String READ_AS_WINDOWS_1252 = "not valid UTF-8; read as Windows-1252";
    static final String REPLACED = "not valid UTF-8; undecodable bytes replaced with U+FFFD";

    /** A byte-order mark naming an encoding of two or four bytes a character. */
    private record WideMark(byte[] bytes, Charset charset) {
    }

    // UTF-32LE's mark begins with UTF-16LE's, so it is looked for first.
    private static final List<WideMark> WIDE_MARKS = List.of(
            new WideMark(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE")),
            new WideMark(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE")),
            new WideMark(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
            new WideMark(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));

    public static List<SourceLine> decode(byte[] bytes) {
        return decode(bytes, new ArrayList<>());
    }

    /** Decodes {@code bytes}, adding a note to {@code notes} for every line that was not UTF-8. */
    public static List<SourceLine> decode(byte[] bytes, List<DecodingNote> notes) {
        Optional<WideMark> wide = wideMark(bytes);
        if (wide.isPresent()) {
            return decodeWide(bytes, wide.get(), notes);
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        List<SourceLine> lines = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                lines.add(new SourceLine(lines.size() + 1, decodeLine(bytes, lineStart, i, lines.size() + 1, notes)));
                if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        if (lineStart < bytes.length) {
            lines.add(new SourceLine(lines.size() + 1, decodeLine(bytes, lineStart, bytes.length, lines.size() + 1, notes)));
        }
        return lines;
    }

    /**
     * Whether the bytes are text of one byte a character or more (UTF-8 or Windows-1252), where a
     * NUL byte means the file is not text at all; UTF-16 and UTF-32 hold NUL bytes as a matter of course.
     */
    public static boolean isByteText(byte[] bytes) {
        return wideMark(bytes).isEmpty();
    }

    private static Optional<WideMark> wideMark(byte[] bytes) {
        return WIDE_MARKS.stream()
                .filter(mark -> bytes.length >= mark.bytes().length
                        && Arrays.equals(bytes, 0, mark.bytes().length, mark.bytes(), 0, mark.bytes().length))
                .findFirst();
    }

    private static List<SourceLine> decodeWide(byte[] bytes, WideMark mark, List<DecodingNote> notes) {
        ByteBuffer text = ByteBuffer.wrap(bytes, mark.bytes().length, bytes.length - mark.bytes().length);
        String decoded;
        boolean replaced = false;
        try {
            decoded = mark.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(text.duplicate()).toString();
        } catch (CharacterCodingException broken) {
            decoded = new String(bytes, mark.bytes().length, bytes.length - mark.bytes().length, mark.charset());
            replaced = true;
        }
        List<SourceLine> lines = new ArrayList<>();
        String[] split = decoded.split("\r\n|\r|\n", -1);
        int count = decoded.isEmpty() || decoded.endsWith("\n") || decoded.endsWith("\r") ? split.length - 1 : split.length;
        for (int k = 0; k < count; k++) {
            lines.add(new SourceLine(k + 1, split[k]));
            if (replaced && split[k].indexOf('\uFFFD') >= 0) {
                notes.add(new DecodingNote(k + 1, "not valid " + mark.charset().name() + "; undecodable bytes replaced with U+FFFD"));
            }
        }
        return lines;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    private static String decodeLine(byte[] bytes, int from, int to, int line, List<DecodingNote> notes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException notUtf8) {
            if (isWindows1252Text(bytes, from, to)) {
                notes.add(new DecodingNote(line, READ_AS_WINDOWS_1252));
                return FALLBACK.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
            }
            notes.add(new DecodingNote(line, REPLACED));
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
    }

    /** No control bytes but tab, and none of the five codes Windows-1252 leaves undefined. */
    private static boolean isWindows1252Text(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' || b == 0x7F || b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return false;
            }
        }
        return true;
    }
}
