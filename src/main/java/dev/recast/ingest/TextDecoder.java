package dev.recast.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
 * lines nearly always come from, so its words survive instead of turning into U+FFFD.
 */
public final class TextDecoder {

    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static List<SourceLine> decode(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        List<SourceLine> lines = new ArrayList<>();
        int lineStart = start;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                lines.add(new SourceLine(lines.size() + 1, decodeLine(bytes, lineStart, i)));
                if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        if (lineStart < bytes.length) {
            lines.add(new SourceLine(lines.size() + 1, decodeLine(bytes, lineStart, bytes.length)));
        }
        return lines;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    private static String decodeLine(byte[] bytes, int from, int to) {
        ByteBuffer slice = ByteBuffer.wrap(bytes, from, to - from);
        try {
            CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return strict.decode(slice).toString();
        } catch (CharacterCodingException notUtf8) {
            CharBuffer chars = FALLBACK.decode(ByteBuffer.wrap(bytes, from, to - from));
            return chars.toString();
        }
    }
}
