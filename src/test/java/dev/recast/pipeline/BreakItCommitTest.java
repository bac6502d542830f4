package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.concurrent.Shutdown;
import dev.recast.storage.OutputDirectory;
import dev.recast.synth.FakeEngines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 25, item 6: a re-render killed with SIGKILL in its commit leaves the folder showing one
 * render's files, every one of them, and none of the other's: the last render's when killed just
 * before the switch, the new one's just after it. Before generations, a kill between two renames
 * left the new episode.wav beside the old captions and page.
 */
class BreakItCommitTest {

    @TempDir
    Path dir;

    private final Render render = new Render(FakeEngines.tones(), message -> { });

    @ParameterizedTest
    @Tag("slow")
    @CsvSource({"switch, last", "tidy, new"})
    void aKillInTheCommitLeavesOneRendersFiles(String step, String shown) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        Path cache = dir.resolve("cache");
        writeInput(in, "The harbour clock", "The tide turns at noon.", "A third part", "It ends here.");
        render.run(KilledRenderTest.options(in, out, cache));
        Map<String, byte[]> last = RenderedFiles.contents(out);

        try (Stream<Path> old = Files.list(in)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        writeInput(in, "A new opening", "Another tide, another clock.", null, null);
        Path reference = dir.resolve("reference");
        render.run(KilledRenderTest.options(in, reference, null));
        Map<String, byte[]> next = RenderedFiles.contents(reference);
        assertNotEquals(last.keySet(), next.keySet(), "the two renders differ in their files");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + OutputDirectory.PAUSE_AT + "=" + step, "-cp", System.getProperty("java.class.path"),
                SlowRender.class.getName(), in.toString(), out.toString(), cache.toString())
                .redirectErrorStream(true).start();
        awaitLine(child, "paused at " + step);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        Map<String, byte[]> left = new TreeMap<>(RenderedFiles.contents(out));
        assertNotNull(left.remove(OutputDirectory.LOCK), "the killed render's lock, for the next to take over");
        assertSame(shown.equals("last") ? last : next, left);

        render.run(KilledRenderTest.options(in, out, cache));
        assertSame(next, RenderedFiles.contents(out));
        try (Stream<Path> generations = Files.list(out.resolve(OutputDirectory.STATE))) {
            assertEquals(2, generations.count(), "the current generation and the link to it");
        }
    }

    @Test
    void aFolderWrittenBeforeGenerationsIsTakenOverAndItsStaleFilesGo() throws Exception {
        Path out = Files.createDirectories(dir.resolve("old").resolve("sections"));
        Files.writeString(out.resolveSibling("episode.wav"), "old episode");
        Files.writeString(out.resolve("01-one.wav"), "old section");
        Path old = out.getParent();
        Files.writeString(old.resolve(OutputDirectory.MARKER),
                "# Written by recast; lists the files of the last render.\nepisode.wav\nsections/01-one.wav\n.recast-output\n");

        try (OutputDirectory next = OutputDirectory.claim(old, false, message -> { }, Shutdown.manual())) {
            next.stage("episode.wav", "new episode");
            next.stage("sections/02-two.wav", "new section");
            next.commit("f", "T");
        }
        assertEquals(List.of("episode.wav", "sections/02-two.wav"), List.copyOf(RenderedFiles.contents(old).keySet()));
        assertEquals("new section", Files.readString(old.resolve("sections/02-two.wav")));
        try (Stream<Path> state = Files.list(old.resolve(OutputDirectory.STATE))) {
            assertEquals(2, state.count(), "the current generation and the link to it, nothing of the old layout");
        }
    }

    private static void writeInput(Path in, String title1, String text1, String title2, String text2)
            throws IOException {
        Files.writeString(in.resolve("1-" + title1.toLowerCase().replace(' ', '-') + ".txt"),
                "Heading " + title1 + "\n" + text1 + "\n");
        if (title2 != null) {
            Files.writeString(in.resolve("2-" + title2.toLowerCase().replace(' ', '-') + ".txt"),
                    "Heading " + title2 + "\n" + text2 + "\n");
        }
    }

    private static void awaitLine(Process child, String wanted) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals(wanted)) {
                return;
            }
            said.append(line).append('\n');
        }
        throw new AssertionError("the child ended before '" + wanted + "': " + said);
    }

    private static void assertSame(Map<String, byte[]> want, Map<String, byte[]> got) {
        assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()));
        for (String name : want.keySet()) {
            assertArrayEquals(want.get(name), got.get(name), name);
        }
    }
}
