package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp3PartTest {

    @TempDir
    Path dir;

    @Test
    void aSpilledPartKeepsOnlyItsOffsetsAndGivesTheSameBytesCrcAndInfoFrame() throws IOException {
        short[] tone = LoudnessMeterTest.sine(Mp3Encoder.SAMPLE_RATE, 440, -12, 2);
        Mp3Part inMemory = new Mp3Encoder(64).encode(new LoudnessMeterTest.ArraySource(tone), tone.length);
        Path file = Files.createFile(dir.resolve("part"));
        Mp3Part spilled = inMemory.spill(file);

        assertArrayEquals(inMemory.bytes(), Files.readAllBytes(file));
        assertArrayEquals(inMemory.bytes(), spilled.bytes());
        assertEquals(inMemory.length(), spilled.length());
        assertEquals(inMemory.samples(), spilled.samples());
        assertArrayEquals(inMemory.frameOffsets(), spilled.frameOffsets());
        assertEquals(inMemory.crc(), spilled.crc());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        spilled.writeTo(written);
        assertArrayEquals(inMemory.bytes(), written.toByteArray());
        assertArrayEquals(Mp3InfoFrame.render(64, List.of(inMemory), tone.length),
                Mp3InfoFrame.render(64, List.of(spilled), tone.length));
        assertThrows(IllegalStateException.class, () -> spilled.spill(dir.resolve("again")));
    }

    @Test
    void aPartIsNotSpilledIntoAFileThatWasRemoved() throws IOException {
        short[] tone = LoudnessMeterTest.sine(Mp3Encoder.SAMPLE_RATE, 440, -12, 1);
        Mp3Part part = new Mp3Encoder(64).encode(new LoudnessMeterTest.ArraySource(tone), tone.length);
        Path removed = dir.resolve("removed");

        assertThrows(NoSuchFileException.class, () -> part.spill(removed));

        assertFalse(Files.exists(removed), "a stopped render's cleanup is not undone");
    }

    @Test
    void aPartKeptInAnotherFileIsReadFromItsPlaceThereAndATruncatedOneFailsToJoin() throws IOException {
        short[] tone = LoudnessMeterTest.sine(Mp3Encoder.SAMPLE_RATE, 440, -12, 1);
        Mp3Part part = new Mp3Encoder(64).encode(new LoudnessMeterTest.ArraySource(tone), tone.length);
        byte[] frames = part.bytes();
        Path file = dir.resolve("entry");
        try (var out = Files.newOutputStream(file)) {
            out.write(new byte[] {1, 2, 3, 4, 5});
            out.write(frames);
            out.write(new byte[] {6, 7, 8});
        }
        Mp3Part kept = part.keptAt(file, 5);
        assertArrayEquals(frames, kept.bytes());
        assertEquals(part.crc(), kept.crc());
        assertEquals(part.frames(), kept.frames());

        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 5 + frames.length - 1));
        IOException failure = assertThrows(IOException.class, () -> kept.writeTo(new ByteArrayOutputStream()));
        assertEquals(file + " ends 1 bytes short of its MP3 part", failure.getMessage());
    }

    @Test
    void theInfoFramesMusicCrcIsTheCrcOfEveryFrameJoined() throws IOException {
        Mp3Encoder encoder = new Mp3Encoder(64);
        short[] first = LoudnessMeterTest.sine(Mp3Encoder.SAMPLE_RATE, 440, -12, 1);
        short[] second = LoudnessMeterTest.sine(Mp3Encoder.SAMPLE_RATE, 660, -18, 2);
        List<Mp3Part> parts = List.of(encoder.encode(new LoudnessMeterTest.ArraySource(first), first.length),
                encoder.encode(new LoudnessMeterTest.ArraySource(second), second.length));
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (Mp3Part part : parts) {
            part.writeTo(joined);
        }
        int crc = 0;
        for (byte b : joined.toByteArray()) {
            crc ^= b & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        byte[] info = Mp3InfoFrame.render(64, parts, first.length + second.length);
        int lameTag = new String(info, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("LAME3.98r");
        // The music CRC is bytes 32 and 33 of the LAME tag, big-endian.
        assertEquals(crc, ((info[lameTag + 32] & 0xFF) << 8) | (info[lameTag + 33] & 0xFF));
    }
}
