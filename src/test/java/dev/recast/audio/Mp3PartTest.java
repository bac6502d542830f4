package dev.recast.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
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
        assertEquals(inMemory.crc(0x1234), spilled.crc(0x1234));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        spilled.writeTo(written);
        assertArrayEquals(inMemory.bytes(), written.toByteArray());
        assertArrayEquals(Mp3InfoFrame.render(64, List.of(inMemory), tone.length),
                Mp3InfoFrame.render(64, List.of(spilled), tone.length));
        assertThrows(IllegalStateException.class, () -> spilled.spill(dir.resolve("again")));
    }
}
