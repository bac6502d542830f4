package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavReaderTest {

    private static final PcmFormat MONO = PcmFormat.SPEECH_16K;

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsFormatFramesSamplesCuesAndLabels() throws IOException {
        short[] tone = TestSignal.sine(MONO, 440, 16_000);
        List<CuePoint> cues = List.of(
                new CuePoint(1, 0, "Intro"),
                new CuePoint(2, 16_000, "Café – naïve"), // 16 bytes of UTF-8: an odd labl, padded
                new CuePoint(3, 24_001, "Q&A"),
                new CuePoint(4, 24_002, ""),
                new CuePoint(5, 40_007, "末尾"));
        Path file = dir.resolve("episode.wav");
        try (WavWriter wav = WavWriter.open(Files.newOutputStream(file), MONO, cues, 40_007)) {
            wav.writeSamples(tone, 0, tone.length);
            wav.writeSilence(8_000);
            wav.writeSamples(tone, 0, tone.length);
            wav.writeSamples(tone, 0, 7);
        }

        WavFile read = WavReader.read(file);
        assertEquals(new WavFile(MONO, 40_007, cues), read);

        short[] samples = WavReader.readSamples(file);
        assertEquals(40_007, samples.length);
        assertArrayEquals(tone, Arrays.copyOfRange(samples, 0, 16_000));
        assertArrayEquals(new short[8_000], Arrays.copyOfRange(samples, 16_000, 24_000));
        assertArrayEquals(tone, Arrays.copyOfRange(samples, 24_000, 40_000));
        assertArrayEquals(Arrays.copyOf(tone, 7), Arrays.copyOfRange(samples, 40_000, 40_007));
    }

    @Test
    void roundTripOfStereoInterleavesChannels() throws IOException {
        PcmFormat stereo = new PcmFormat(44_100, 16, 2);
        short[] tone = TestSignal.sine(stereo, 300, 1_001);
        byte[] file = write(stereo, List.of(new CuePoint(1, 1_000, "last frame")), tone);

        assertEquals(new WavFile(stereo, 1_001, List.of(new CuePoint(1, 1_000, "last frame"))), read(file));
        assertArrayEquals(tone, WavReader.readSamples(new ByteArrayInputStream(file), "stereo.wav"));
    }

    @Test
    void fileWithoutCuesHasNone() throws IOException {
        assertEquals(new WavFile(MONO, 3, List.of()), read(write(MONO, List.of(), new short[3])));
    }

    @Test
    void skipsUnknownChunksAndSubChunksHonouringPadBytes() throws IOException {
        byte[] file = riff(
                chunk("fmt ", fmt(1, 1, 8_000, 16)),
                chunk("junk", new byte[] {1, 2, 3}), // odd: one pad byte follows
                chunk("LIST", concat(ascii("INFO"), chunk("INAM", ascii("Title\0")))),
                chunk("data", shorts(5, -5, 6)),
                chunk("LIST", concat(ascii("adtl"),
                        chunk("note", concat(u32(2), ascii("odd\0\0"))), // 9 bytes, padded
                        chunk("labl", concat(u32(2), ascii("Two\0"))),
                        chunk("ltxt", new byte[20]))),
                chunk("cue ", concat(u32(2), cuePoint(2, 1), cuePoint(1, 0))),
                chunk("id3 ", new byte[7]));

        WavFile read = read(file);

        assertEquals(new PcmFormat(8_000, 16, 1), read.format());
        assertEquals(3, read.frames());
        assertEquals(List.of(new CuePoint(2, 1, "Two"), new CuePoint(1, 0, "")), read.cues());
        assertArrayEquals(new short[] {5, -5, 6}, WavReader.readSamples(new ByteArrayInputStream(file), "x.wav"));
    }

    @Test
    void acceptsExtensibleFormatWithPcmSubformatAndIgnoresBytesAfterTheRiffChunk() throws IOException {
        ByteBuffer extensible = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN)
                .put(fmt(0xFFFE, 2, 48_000, 16))
                .putShort((short) 22).putShort((short) 16).putInt(3)
                .putShort((short) 1).put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38,
                    (byte) 0x9B, 0x71});
        byte[] file = concat(riff(chunk("fmt ", extensible.array()), chunk("data", shorts(1, 2))), ascii("TAG..."));

        assertEquals(new WavFile(new PcmFormat(48_000, 16, 2), 1, List.of()), read(file));
    }

    @Test
    void truncatedDataIsReportedWithFileNameAndOffsets() throws IOException {
        Path file = dir.resolve("cut.wav");
        byte[] whole = write(MONO, List.of(new CuePoint(1, 0, "Intro")), new short[1_000]);
        Files.write(file, Arrays.copyOf(whole, whole.length - 10));

        int dataStart = whole.length - 2_000;
        String expected = file + ": truncated: 'data' chunk at offset " + dataStart + " needs 2000 bytes but the file"
                + " ends at " + (whole.length - 10);
        assertEquals(expected, assertThrows(WavFormatException.class, () -> WavReader.read(file)).getMessage());
        assertEquals(expected, assertThrows(WavFormatException.class, () -> WavReader.readSamples(file)).getMessage());
    }

    @Test
    void truncatedHeaderIsReported() throws IOException {
        byte[] whole = write(MONO, List.of(new CuePoint(1, 0, "Intro")), new short[10]);

        assertMalformed("truncated: cue point at offset 48 needs 24 bytes but the file ends at 60",
                Arrays.copyOf(whole, 60));
        assertMalformed("truncated: the RIFF header declares " + whole.length + " bytes but the file ends at 36",
                Arrays.copyOf(whole, 36));
        assertMalformed("too short to be a WAV file (5 bytes)", Arrays.copyOf(whole, 5));
    }

    @Test
    void rejectsInconsistentFiles() {
        byte[] fmt = chunk("fmt ", fmt(1, 1, 16_000, 16));
        assertMalformed("not a RIFF/WAVE file", ascii("RIFF\4\0\0\0AVI "));
        assertMalformed("RF64 file without a 'ds64' chunk first", concat(ascii("RF64\377\377\377\377WAVE"), fmt));
        assertMalformed("no 'data' chunk", riff(fmt));
        assertMalformed("'data' chunk before the 'fmt ' chunk", riff(chunk("data", shorts(1)), fmt));
        assertMalformed("format tag 0x0003 is not PCM", riff(chunk("fmt ", fmt(3, 1, 16_000, 32)), chunk("data", shorts())));
        assertMalformed("'data' chunk of 3 bytes is not a whole number of 2-byte frames",
                riff(fmt, chunk("data", new byte[3])));
        assertMalformed("cue 1 at frame 2 is past the end (1 frames)",
                riff(fmt, chunk("cue ", concat(u32(1), cuePoint(1, 2))), chunk("data", shorts(0))));
        assertMalformed("duplicate cue id 1",
                riff(fmt, chunk("cue ", concat(u32(2), cuePoint(1, 0), cuePoint(1, 0))), chunk("data", shorts(0))));
        assertMalformed("'cue ' chunk declares 2 cue points but has room for 1",
                riff(fmt, chunk("cue ", concat(u32(2), cuePoint(1, 0))), chunk("data", shorts(0))));
    }

    @Test
    void roundTripKeepsInfoTextsInOrder() throws IOException {
        var out = new ByteArrayOutputStream();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("INAM", "Café – Ñandú");
        info.put("IART", "Mara");
        info.put("ISFT", "recast 1");
        try (WavWriter wav = WavWriter.open(out, MONO, List.of(new CuePoint(1, 2, "Two")), info, 3)) {
            wav.writeSamples(new short[] {1, 2, 3}, 0, 3);
        }

        WavFile read = read(out.toByteArray());

        assertEquals(new WavFile(MONO, 3, List.of(new CuePoint(1, 2, "Two")), info), read);
        assertEquals(List.of("INAM", "IART", "ISFT"), List.copyOf(read.info().keySet()));
    }

    @Test
    void readsRf64WithItsSizesFromDs64() throws IOException {
        var out = new ByteArrayOutputStream();
        try (WavWriter wav = WavWriter.open(out, MONO, List.of(new CuePoint(1, 1, "One")), Map.of("INAM", "T"), 3, 0)) {
            wav.writeSamples(new short[] {1, -2, 3}, 0, 3);
        }
        byte[] file = out.toByteArray();

        assertEquals(new WavFile(MONO, 3, List.of(new CuePoint(1, 1, "One")), Map.of("INAM", "T")), read(file));
        assertArrayEquals(new short[] {1, -2, 3}, WavReader.readSamples(new ByteArrayInputStream(file), "rf64.wav"));
    }

    @Test
    void refusesToReadSamplesOtherThan16Bit() throws IOException {
        byte[] file = riff(chunk("fmt ", fmt(1, 1, 8_000, 8)), chunk("data", new byte[] {(byte) 0x80}));
        assertEquals(new WavFile(new PcmFormat(8_000, 8, 1), 1, List.of()), read(file));
        WavFormatException failure = assertThrows(WavFormatException.class,
                () -> WavReader.readSamples(new ByteArrayInputStream(file), "8bit.wav"));
        assertEquals("8bit.wav: samples are 8-bit; only 16-bit samples can be read", failure.getMessage());
    }

    private static void assertMalformed(String message, byte[] file) {
        WavFormatException failure = assertThrows(WavFormatException.class,
                () -> WavReader.read(new ByteArrayInputStream(file), "in.wav"));
        assertEquals("in.wav: " + message, failure.getMessage());
    }

    private static WavFile read(byte[] file) throws IOException {
        return WavReader.read(new ByteArrayInputStream(file), "test.wav");
    }

    private static byte[] write(PcmFormat format, List<CuePoint> cues, short[] samples) throws IOException {
        var out = new ByteArrayOutputStream();
        WavWriter.write(out, format, cues, samples);
        return out.toByteArray();
    }

    // Hand-built RIFF pieces, for layouts our writer never produces.

    private static byte[] riff(byte[]... chunks) {
        byte[] body = concat(chunks);
        return concat(ascii("RIFF"), u32(4 + body.length), ascii("WAVE"), body);
    }

    /** A chunk with its pad byte when the payload is odd. */
    private static byte[] chunk(String id, byte[] payload) {
        return concat(ascii(id), u32(payload.length), payload, new byte[payload.length & 1]);
    }

    private static byte[] fmt(int tag, int channels, int sampleRate, int bits) {
        int blockAlign = channels * bits / 8;
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) tag).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) bits)
                .array();
    }

    private static byte[] cuePoint(int id, int sampleOffset) {
        return concat(u32(id), u32(sampleOffset), ascii("data"), u32(0), u32(0), u32(sampleOffset));
    }

    private static byte[] shorts(int... samples) {
        ByteBuffer bytes = ByteBuffer.allocate(2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int sample : samples) {
            bytes.putShort((short) sample);
        }
        return bytes.array();
    }

    private static byte[] u32(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
