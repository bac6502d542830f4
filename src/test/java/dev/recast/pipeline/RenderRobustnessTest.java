package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recast.RecastException;
import dev.recast.TmpfsMount;
import dev.recast.ingest.TitleOrigin;
import dev.recast.publish.Format;
import dev.recast.synth.FakeEngines;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render on a full disk, a step failing while others run, two renders of one input, and input
 * that is not UTF-8, end to end.
 */
class RenderRobustnessTest {

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();
    private final Render render = new Render(FakeEngines.tones(), progress::add);

    private Path input(String text) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("1-opening.txt"), "Heading The Start\n" + text + "\n");
        Files.writeString(in.resolve("2-end.txt"), "Heading The End\nThat is all for now.\n");
        return in;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    @Test
    void twoRendersOfOneInputAreByteIdenticalFileByFile() throws Exception {
        Path in = input("A first sentence. A second, longer one follows it; then a third.");
        render.run(RenderOptions.of(in, dir.resolve("a")));
        render.run(RenderOptions.of(in, dir.resolve("b")));

        Map<String, byte[]> a = RenderedFiles.contents(dir.resolve("a"));
        assertTrue(a.containsKey("render.json")
                && a.containsKey("episode.wav"), a.keySet().toString());
        assertSameFiles(a, RenderedFiles.contents(dir.resolve("b")));
    }

    @Test
    void aFullDiskNamesThePathAndLeavesThePreviousEpisodeWhole() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(TmpfsMount.mount(disk, "size=1m"), "needs root and permission to mount a tmpfs");
        try {
            Path out = disk.resolve("episode");
            render.run(RenderOptions.of(input("A short first render."), out));
            Map<String, byte[]> previous = RenderedFiles.contents(out);
            fill(disk.resolve("filler"), Files.getFileStore(disk).getUsableSpace() - 16 * 1024);

            RecastException full = assertThrows(RecastException.class, () -> render.run(RenderOptions.of(input("A second render, much longer than the first, so it needs the space it cannot have."), out)));

            assertEquals(RecastException.Kind.ENVIRONMENT, full.kind());
            assertEquals(3, full.kind().exitCode());
            assertTrue(full.location().startsWith(out + "/"), full.location());
            assertEquals("cannot write: no space left on device", full.getMessage());
            assertSameFiles(previous, RenderedFiles.contents(out));
        } finally {
            TmpfsMount.unmount(disk);
        }
    }

    @Test
    void aStepFailingBesideTheWavsBeingWrittenLeavesThePreviousEpisodeAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("out");
        StringBuilder longer = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            longer.append("Sentence ").append(i).append(" of the longer render, said slowly. ");
        }
        render.run(RenderOptions.of(input("A short first render."), out));
        Map<String, byte[]> previous = RenderedFiles.contents(out);
        List<String> files = allFiles(out);

        // The M4B fails while the WAVs of the longer episode are written on their own thread, or just after.
        Path ffmpeg = dir.resolve("ffmpeg");
        Files.writeString(ffmpeg, "#!/bin/sh\n[ \"$1\" = -version ] && exit 0\necho 'Encoder aac broke' >&2\nexit 1\n");
        assertTrue(ffmpeg.toFile().setExecutable(true));
        Render failing = new Render(FakeEngines.tones(), progress::add, ffmpeg.toString());
        RecastException e = assertThrows(RecastException.class, () -> failing.run(RenderOptions.of(input(longer.toString()), out)
                .withFormats(EnumSet.of(Format.WAV, Format.M4B)).withJobs(2)));

        assertEquals("ffmpeg failed (exit 1): Encoder aac broke", e.getMessage());
        assertSameFiles(previous, RenderedFiles.contents(out));
        assertEquals(files, allFiles(out));
    }

    /** Every file under {@code root}, hidden ones too, by relative name. */
    private static List<String> allFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
        }
    }

    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written + block.length <= bytes; written += block.length) {
                out.write(block);
            }
        }
    }

    @Test
    void aLineThatIsNotUtf8IsReadAndReportedWithItsFileAndLine() throws Exception {
        Path in = input("Fine.");
        Files.write(in.resolve("1-opening.txt"), new byte[] {'O', 'k', '.', '\n', 'c', 'a', 'f', (byte) 0xE9, '.'});
        RenderResult result = render.run(RenderOptions.of(in, dir.resolve("out")));

        assertTrue(progress.contains("1-opening.txt:2: not valid UTF-8; read as Windows-1252"), progress.toString());
        assertTrue(Files.readString(dir.resolve("out").resolve("render.json")).contains("café."));
        assertEquals(2, result.timeline().sections().size());
    }

    @Test
    void theResultSaysWhereTheTitleCameFrom() throws Exception {
        Path in = Files.createDirectories(dir.resolve("fog-signals"));
        Files.writeString(in.resolve("1.txt"), "The horn sounds.\n");
        RenderResult derived = render.run(RenderOptions.of(in, dir.resolve("out")));
        assertEquals("Fog signals", derived.title());
        assertEquals(TitleOrigin.FOLDER_NAME, derived.titleOrigin());

        Files.writeString(in.resolve("episode.json"), "{\"title\": \"The Horn\"}");
        assertEquals(TitleOrigin.MANIFEST, render.run(RenderOptions.of(in, dir.resolve("out2"))).titleOrigin());
    }
}
