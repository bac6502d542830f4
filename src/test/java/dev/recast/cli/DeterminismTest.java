package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.pipeline.RenderedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two renders of one input with the real engine give the same bytes, whatever the thread count or compiler. */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void twoRealRendersAreByteIdentical() throws IOException {
        Path input = input();
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, Run.recast("render", input.toString(), "-o", a.toString(), "--no-cache", "-j", "1",
                "-q").exit());
        assertEquals(0, Run.recast("render", input.toString(), "-o", b.toString(), "--no-cache", "-j", "2",
                "-q").exit());

        Map<String, byte[]> first = RenderedFiles.contents(a);
        Map<String, byte[]> second = RenderedFiles.contents(b);
        assertTrue(first.keySet().containsAll(List.of("episode.wav", "render.json")), first.keySet().toString());
        assertEquals(first.keySet(), second.keySet());
        for (String file : first.keySet()) {
            assertArrayEquals(first.get(file), second.get(file), file);
        }
    }

    @Test
    @Tag("slow")
    void theQuickCompilerAloneRendersTheSameBytes() throws Exception {
        Path input = input();
        Path tiered = dir.resolve("tiered");
        Path quick = dir.resolve("quick");
        assertEquals(0, Run.recast("render", input.toString(), "-o", tiered.toString(), "--no-cache", "-q").exit());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                OptimizingRestart.QUICK_COMPILER, OptimizingRestart.QUICK_PROPERTY, "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "render", input.toString(), "-o",
                quick.toString(), "--no-cache", "-q").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue());

        Map<String, byte[]> first = RenderedFiles.contents(tiered);
        Map<String, byte[]> second = RenderedFiles.contents(quick);
        assertTrue(first.containsKey("episode.mp3"), first.keySet().toString());
        assertEquals(first.keySet(), second.keySet());
        for (String file : first.keySet()) {
            assertArrayEquals(first.get(file), second.get(file), file);
        }
    }

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("talk.txt"), "Heading Tides\nThe tide turns twice a day. "
                + "It is 4.5 metres at the spring tide, e.g. in March.\n");
    }
}
