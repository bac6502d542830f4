package dev.recast.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a section file's bytes into lines. UTF-8 with or without a BOM; CRLF, LF or CR line
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

    public static List<SourceLine> decode(byte[] bytes) {
        return decode(bytes, new ArrayList<>());
    }

    /** Decodes {@code bytes}, adding a note to {@code notes} for every line that was not UTF-8. */
    public static List<SourceLine> decode(byte[] bytes, List<DecodingNote> notes) {
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
