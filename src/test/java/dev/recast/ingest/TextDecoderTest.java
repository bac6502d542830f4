package dev.recast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static List<String> texts(byte[] bytes) {
        return TextDecoder.decode(bytes).stream().map(SourceLine::text).toList();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splitsLfCrlfAndCrAlike() {
        assertEquals(List.of("a", "b", "c", "d"), texts(utf8("a\nb\r\nc\rd")));
    }

    @Test
    void dropsTheUtf8ByteOrderMark() {
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals(List.of("hi"), texts(withBom));
    }

    @Test
    void keepsBlankLinesAndNumbersLinesFromOne() {
        List<SourceLine> lines = TextDecoder.decode(utf8("one\n\nthree\n"));
        assertEquals(List.of(new SourceLine(1, "one"), new SourceLine(2, ""), new SourceLine(3, "three")), lines);
    }

    @Test
    void readsUtf8() {
        assertEquals(List.of("Café – naïve “quotes” 🎤"), texts(utf8("Café – naïve “quotes” 🎤")));
    }

    @Test
    void aLineThatIsNotUtf8IsReadAsWindows1252() {
        byte[] mixed = {'c', 'a', 'f', (byte) 0xE9, '\n', 'o', 'k', ' ', (byte) 0xC3, (byte) 0xA9};
        assertEquals(List.of("café", "ok é"), texts(mixed));
    }

    @Test
    void notesEveryLineThatWasNotUtf8WithWhatWasDone() {
        byte[] bytes = {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n', 'x', (byte) 0x81, 0x01, 'y', '\n', 'o', 'k'};
        List<DecodingNote> notes = new ArrayList<>();

        List<SourceLine> lines = TextDecoder.decode(bytes, notes);

        assertEquals(List.of("ok", "café", "x\uFFFD\u0001y", "ok"), lines.stream().map(SourceLine::text).toList());
        assertEquals(List.of(new DecodingNote(2, "not valid UTF-8; read as Windows-1252"),
                new DecodingNote(3, "not valid UTF-8; undecodable bytes replaced with U+FFFD")), notes);
    }

    @Test
    void readsUtf16AndUtf32ByTheirByteOrderMarks() {
        String text = "\uFEFFCafé 🎤\r\nline two\n";
        for (String charset : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            List<DecodingNote> notes = new ArrayList<>();
            assertEquals(List.of(new SourceLine(1, "Café 🎤"), new SourceLine(2, "line two")),
                    TextDecoder.decode(text.getBytes(java.nio.charset.Charset.forName(charset)), notes), charset);
            assertEquals(List.of(), notes, charset);
        }
    }

    @Test
    void aWideFileIsNotByteTextButUtf8WithANulIs() {
        assertEquals(false, TextDecoder.isByteText("\uFEFFhi".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(true, TextDecoder.isByteText(new byte[] {'h', 0, 'i', 0}));
    }

    @Test
    void brokenUtf16IsReadWithReplacementsAndNoted() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'o', 0, 'k', 0, '\n', 0, 'x', 0, 0x00, (byte) 0xD8};
        List<DecodingNote> notes = new ArrayList<>();
        assertEquals(List.of("ok", "x\uFFFD"), TextDecoder.decode(bytes, notes).stream().map(SourceLine::text).toList());
        assertEquals(List.of(new DecodingNote(2, "not valid UTF-16LE; undecodable bytes replaced with U+FFFD")), notes);
    }
}
