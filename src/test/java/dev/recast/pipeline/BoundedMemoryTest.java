package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.audio.WavFile;
import dev.recast.audio.WavReader;
import dev.recast.synth.FakeSynthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering streams: an episode whose audio is several times the heap renders in it. Each
 * section is one long utterance, so a stage that held a clip per section (as a reader per
 * section made up front once did), or the episode's samples, would run out of memory.
 */
@Tag("slow")
class BoundedMemoryTest {

    private static final long MEGABYTE = 1024 * 1024;
    /** Words of one section's only sentence: no clause to split it at, so one clip of some 20 s. */
    private static final int WORDS = 300;

    @TempDir
    Path dir;

    @Test
    void anHourOfAudioRendersInAFortyMegabyteHeap() throws Exception {
        long chars = writeSections(240);
        WavFile episode = render(40, "wav,page,chapters,captions,playlists,feed");
        assertTrue(chars * FakeSynthesizer.SAMPLES_PER_CHAR <= episode.frames(), "every clip is in the episode");
        assertTrue(2 * episode.frames() > 3 * 40 * MEGABYTE, "the audio is several times the heap");
    }

    /** The MP3 resamples to 44.1 kHz, its parts encoded side by side and joined from the cache. */
    @Test
    void aQuarterHourOfMp3RendersInATwentyMegabyteHeap() throws Exception {
        writeSections(45);
        WavFile episode = render(20, "wav,mp3");
        long mp3Samples = episode.frames() * 44_100 / episode.format().sampleRate();
        assertTrue(2 * mp3Samples > 3 * 20 * MEGABYTE, "the audio at 44.1 kHz is several times the heap");
        assertTrue(Files.size(dir.resolve("out").resolve("episode.mp3")) > 6 * MEGABYTE);
    }

    /** Writes {@code count} sections of one long sentence each; returns how many characters they say. */
    private long writeSections(int count) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        long chars = 0;
        for (int section = 1; section <= count; section++) {
            StringBuilder sentence = new StringBuilder("Part ").append(section);
            for (int word = 0; word < WORDS; word++) {
                sentence.append(word % 2 == 0 ? " steady" : " tides");
            }
            sentence.append('.');
            chars += sentence.length();
            Files.writeString(in.resolve(String.format(Locale.ROOT, "%03d.txt", section)), sentence + "\n");
        }
        return chars;
    }

    /** Renders {@code formats} in a child JVM of {@code heapMegabytes}; returns the episode WAV's header. */
    private WavFile render(int heapMegabytes, String formats) throws Exception {
        Path out = dir.resolve("out");
        Path log = dir.resolve("child.log");
        String heap = "-Xmx" + heapMegabytes + "m";
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                BoundedMemoryRender.class.getName(), dir.resolve("in").toString(), out.toString(),
                dir.resolve("cache").toString(), formats)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the render ended");
        assertEquals(0, child.exitValue(), () -> "the render in " + heap + " failed: " + read(log));
        return WavReader.read(out.resolve("episode.wav"));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
