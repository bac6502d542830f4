package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bytes the writer produces, checked by hand rather than through our own reader. */
class WavWriterTest {

    private static final PcmFormat MONO = PcmFormat.SPEECH_16K;

    @Test
    void fileWithoutCuesIsTheCanonical44ByteHeaderThenSamples() throws IOException {
        var out = new ByteArrayOutputStream();
        WavWriter.write(out, MONO, List.of(), new short[] {1, -2, 0x1234});

        ByteBuffer expected = ByteBuffer.allocate(50).order(ByteOrder.LITTLE_ENDIAN)
                .put(ascii("RIFF")).putInt(42).put(ascii("WAVE"))
                .put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(16_000).putInt(32_000).putShort((short) 2).putShort((short) 16)
                .put(ascii("data")).putInt(6)
                .putShort((short) 1).putShort((short) -2).putShort((short) 0x1234);
        assertArrayEquals(expected.array(), out.toByteArray());
    }

    @Test
    void cuesGoBeforeDataAsCueThenListOfLabels() throws IOException {
        var cues = List.of(new CuePoint(7, 0, "Intro"), new CuePoint(9, 3, "Café"));
        var out = new ByteArrayOutputStream();
        WavWriter.write(out, MONO, cues, new short[5]);
        ByteBuffer file = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);

        assertEquals("RIFF", fourCc(file, 0));
        assertEquals(file.limit() - 8, file.getInt(4));
        assertEquals(List.of("fmt ", "cue ", "LIST", "data"), chunkIds(file));

        int cue = 12 + 8 + 16;
        assertEquals(4 + 2 * 24, file.getInt(cue + 4));
        assertEquals(2, file.getInt(cue + 8));
        int second = cue + 12 + 24;
        assertEquals(9, file.getInt(second)); // dwName
        assertEquals(3, file.getInt(second + 4)); // dwPosition
        assertEquals("data", fourCc(file, second + 8)); // fccChunk
        assertEquals(0, file.getInt(second + 12)); // dwChunkStart
        assertEquals(0, file.getInt(second + 16)); // dwBlockStart
        assertEquals(3, file.getInt(second + 20)); // dwSampleOffset

        int list = cue + 8 + 4 + 2 * 24;
        assertEquals("adtl", fourCc(file, list + 8));
        int firstLabel = list + 12;
        assertEquals("labl", fourCc(file, firstLabel));
        assertEquals(4 + 6, file.getInt(firstLabel + 4)); // id + "Intro\0": even, no pad
        assertEquals(7, file.getInt(firstLabel + 8));
        assertEquals("Intro\0", utf8(file, firstLabel + 12, 6));
        int secondLabel = firstLabel + 8 + 10;
        assertEquals("labl", fourCc(file, secondLabel));
        assertEquals(4 + 6, file.getInt(secondLabel + 4)); // "Café" is 5 bytes of UTF-8
        assertEquals(9, file.getInt(secondLabel + 8));
        assertEquals("Café\0", utf8(file, secondLabel + 12, 6));
    }

    @Test
    void oddLabelSubChunkIsPaddedButItsSizeIsNot() throws IOException {
        var out = new ByteArrayOutputStream();
        WavWriter.write(out, MONO, List.of(new CuePoint(1, 0, "Odd!")), new short[2]);
        ByteBuffer file = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);

        int list = 12 + 8 + 16 + 8 + 4 + 24;
        assertEquals("LIST", fourCc(file, list));
        assertEquals(4 + 8 + 10, file.getInt(list + 4)); // "adtl" + header + padded (4 + "Odd!\0")
        assertEquals(4 + 5, file.getInt(list + 16)); // the labl size leaves the pad byte out
        assertEquals(0, file.get(list + 20 + 9)); // the pad byte
        assertEquals("data", fourCc(file, list + 8 + 4 + 8 + 10));
    }

    @Test
    void streamsSamplesAndSilenceAcrossBufferBoundaries() throws IOException {
        short[] tone = TestSignal.sine(MONO, 440, 40_000);
        var out = new ByteArrayOutputStream();
        try (WavWriter wav = WavWriter.open(out, MONO, List.of(), 40_000 + 50_000 + 3)) {
            wav.writeSamples(tone, 0, 20_000);
            wav.writeSilence(50_000);
            wav.writeSamples(tone, 20_000, 20_000);
            wav.writeSamples(new short[] {7, 8, 9}, 0, 3);
        }
        ByteBuffer data = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(44 + 2 * 90_003, data.limit());
        for (int i = 0; i < 20_000; i++) {
            assertEquals(tone[i], data.getShort(44 + 2 * i));
            assertEquals(0, data.getShort(44 + 2 * (20_000 + i)));
            assertEquals(tone[20_000 + i], data.getShort(44 + 2 * (70_000 + i)));
        }
        assertEquals(9, data.getShort(44 + 2 * 90_002));
    }

    @Test
    void closeFailsWhenFewerFramesWereWrittenThanDeclared() throws IOException {
        var out = new ClosingRecorder();
        WavWriter wav = WavWriter.open(out, MONO, List.of(), 100);
        wav.writeSilence(99);
        IllegalStateException failure = assertThrows(IllegalStateException.class, wav::close);
        assertEquals("WAV header declares 100 frames but 99 were written; the file is incomplete",
                failure.getMessage());
        assertTrue(out.closed, "the output is closed even so");
        wav.close(); // and closing again is harmless
    }

    @Test
    void writingPastTheDeclaredTotalFailsBeforeWriting() throws IOException {
        var out = new ByteArrayOutputStream();
        try (WavWriter wav = WavWriter.open(out, MONO, List.of(), 2)) {
            wav.writeSamples(new short[] {1}, 0, 1);
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> wav.writeSamples(new short[] {2, 3}, 0, 2));
            assertTrue(failure.getMessage().contains("declared total of 2"), failure.getMessage());
            wav.writeSilence(1);
        }
        assertEquals(44 + 4, out.size());
    }

    @Test
    void stereoSamplesMustComeInWholeFrames() throws IOException {
        PcmFormat stereo = new PcmFormat(44_100, 16, 2);
        try (WavWriter wav = WavWriter.open(new ByteArrayOutputStream(), stereo, List.of(), 1)) {
            assertThrows(IllegalArgumentException.class, () -> wav.writeSamples(new short[3], 0, 3));
            wav.writeSamples(new short[2], 0, 2);
        }
    }

    @Test
    void rejectsWhatCannotBeWrittenHonestly() {
        assertRejected("only 16-bit PCM", new PcmFormat(16_000, 24, 1), List.of(), 10);
        assertRejected("past the end", MONO, List.of(new CuePoint(1, 11, "late")), 10);
        assertRejected("duplicate cue id 1", MONO, List.of(new CuePoint(1, 0, "a"), new CuePoint(1, 5, "b")), 10);
        assertRejected("contains a NUL", MONO, List.of(new CuePoint(1, 0, "a\0b")), 10);
        assertRejected("too many to count in bytes", MONO, List.of(), Long.MAX_VALUE);
        var out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class,
                () -> WavWriter.open(out, MONO, List.of(), Map.of("NAME", "a\0b"), 1));
        assertThrows(IllegalArgumentException.class,
                () -> WavWriter.open(out, MONO, List.of(), Map.of("INA", "short id"), 1));
    }

    @Test
    void infoListComesAfterTheLabelsAndBeforeData() throws IOException {
        var out = new ByteArrayOutputStream();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("INAM", "Tides");
        info.put("IART", "Ñandú");
        try (WavWriter wav = WavWriter.open(out, MONO, List.of(new CuePoint(1, 0, "Intro")), info, 1)) {
            wav.writeSilence(1);
        }
        ByteBuffer file = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);

        assertEquals(List.of("fmt ", "cue ", "LIST", "LIST", "data"), chunkIds(file));
        int list = out.toString(StandardCharsets.ISO_8859_1).indexOf("INFO") - 8;
        assertEquals(4 + (8 + 6) + (8 + 8), file.getInt(list + 4)); // "Tides\0"; "Ñandú\0" is 8 bytes
        assertEquals("INAM", fourCc(file, list + 12));
        assertEquals(6, file.getInt(list + 16));
        assertEquals("Tides\0", utf8(file, list + 20, 6));
        assertEquals("IART", fourCc(file, list + 26));
        assertEquals(8, file.getInt(list + 30));
        assertEquals("Ñandú\0", utf8(file, list + 34, 8));
        assertEquals(file.limit() - 8, file.getInt(4));
    }

    @Test
    void pastTheLimitTheFileIsRf64WithDs64Sizes() throws IOException {
        var out = new ByteArrayOutputStream();
        try (WavWriter wav = WavWriter.open(out, MONO, List.of(new CuePoint(1, 1, "One")), Map.of("INAM", "T"),
                3, 64)) {
            wav.writeSamples(new short[] {1, 2, 3}, 0, 3);
        }
        ByteBuffer file = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);

        assertEquals("RF64", fourCc(file, 0));
        assertEquals(-1, file.getInt(4));
        assertEquals("WAVE", fourCc(file, 8));
        assertEquals("ds64", fourCc(file, 12));
        assertEquals(28, file.getInt(16));
        assertEquals(file.limit() - 8, file.getLong(20)); // RIFF size
        assertEquals(6, file.getLong(28)); // data size
        assertEquals(3, file.getLong(36)); // sample count
        assertEquals(0, file.getInt(44)); // table length
        assertEquals(List.of("ds64", "fmt ", "cue ", "LIST", "LIST", "data"), chunkIds(file, 6));
        assertEquals(-1, file.getInt(file.limit() - 6 - 4)); // data's own size: see ds64
    }

    @Test
    void rf64BeginsExactlyWhereTheRiffSizeWouldPass4GiB() throws IOException {
        // RIFF size = 36 header bytes after "RIFF"<size> + the data, at most 0xFFFFFFFF.
        long largestRiff = (0xFFFF_FFFFL - 36) / 2;
        assertEquals("RIFF", formOfHeader(largestRiff));
        assertEquals("RF64", formOfHeader(largestRiff + 1));
        assertEquals("RF64", formOfHeader(1L << 31)); // 4 GiB of data
        assertEquals("RF64", formOfHeader(3L << 32)); // 24 GiB
    }

    /** The form an {@code open} for {@code frames} writes, reading only its header. */
    private static String formOfHeader(long frames) throws IOException {
        var out = new ByteArrayOutputStream();
        WavWriter wav = WavWriter.open(out, MONO, List.of(), frames);
        ByteBuffer header = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        String form = fourCc(header, 0);
        if (form.equals("RF64")) {
            assertEquals(2 * frames, header.getLong(28));
            assertEquals(36 + (8 + 28) + 2 * frames, header.getLong(20)); // the ds64 chunk counts too
        } else {
            assertEquals(36 + 2 * frames, header.getInt(4) & 0xFFFF_FFFFL);
        }
        assertThrows(IllegalStateException.class, wav::close); // no samples were written
        return form;
    }

    private static void assertRejected(String reason, PcmFormat format, List<CuePoint> cues, long frames) {
        var out = new ClosingRecorder();
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> WavWriter.open(out, format, cues, frames));
        assertTrue(failure.getMessage().contains(reason), failure.getMessage());
        assertEquals(0, out.size(), "nothing is written");
        assertTrue(out.closed, "the output is closed");
    }

    private static List<String> chunkIds(ByteBuffer file) {
        return chunkIds(file, 0);
    }

    /** The chunk ids, walking 32-bit sizes; {@code dataSize} stands in for an RF64 data chunk's -1. */
    private static List<String> chunkIds(ByteBuffer file, int dataSize) {
        List<String> ids = new ArrayList<>();
        for (int at = 12; at < file.limit(); ) {
            ids.add(fourCc(file, at));
            int size = file.getInt(at + 4) == -1 ? dataSize : file.getInt(at + 4);
            at += 8 + size + (size & 1);
        }
        return ids;
    }

    private static String fourCc(ByteBuffer file, int at) {
        byte[] id = new byte[4];
        file.get(at, id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    private static String utf8(ByteBuffer file, int at, int length) {
        byte[] text = new byte[length];
        file.get(at, text);
        return new String(text, StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static final class ClosingRecorder extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
