package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.concurrent.Shutdown;
import dev.recast.storage.OutputDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render stopped while its outputs are staged: by Ctrl-C or SIGTERM it leaves nothing of its
 * own; killed outright, it leaves its unfinished files, and the next render removes them.
 */
class StoppedRenderTest {

    @TempDir
    Path dir;

    @Test
    void aRenderStoppedBySigtermLeavesNoFileNoLockAndNoFolderItMade() throws Exception {
        Path out = dir.resolve("out");

        Process child = stagedChild(out);
        assertEquals(1, files(temporary()).size(), "the child keeps its clip in a temporary folder");
        child.destroy();

        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(out), "left: " + files(out));
        assertEquals(Set.of(), files(temporary()), "the temporary clip folder is removed too");
    }

    @Test
    void aReRenderStoppedBySigtermLeavesTheLastRendersOutputsAsTheyWere() throws Exception {
        Path out = dir.resolve("out");
        try (OutputDirectory first = OutputDirectory.claim(out, false, note -> { }, Shutdown.manual())) {
            first.stage("sections/01-one.wav", "old section");
            first.stage("episode.wav", "old episode");
            first.commit("f", "T");
        }

        Process child = stagedChild(out);
        child.destroy();

        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(Set.of(".recast-output", "episode.wav", "sections/01-one.wav"), files(out));
        assertEquals("old episode", Files.readString(out.resolve("episode.wav")));
        assertEquals("old section", Files.readString(out.resolve("sections/01-one.wav")));
    }

    @Test
    void theRenderAfterAKillRemovesTheUnfinishedFilesTheKilledOneLeft() throws Exception {
        Path out = dir.resolve("out");
        Process child = stagedChild(out);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        Set<String> left = filesAndGenerations(out);
        assertEquals(4, left.size(), "the lock, two outputs and a scratch file: " + left);

        List<String> notes = new ArrayList<>();
        try (OutputDirectory next = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            assertEquals(Set.of(OutputDirectory.LOCK), files(out));
            next.stage("episode.wav", "episode");
            next.commit("f", "T");
        }
        assertEquals(List.of("took over " + out.resolve(OutputDirectory.LOCK) + " left by pid " + child.pid()
                + ", which is no longer running, and removed the 3 unfinished files it left"), notes);
        assertEquals(Set.of(".recast-output", "episode.wav"), files(out));
    }

    /** The child's system temporary folder, where a render without a cache keeps its clips. */
    private Path temporary() {
        return dir.resolve("tmp");
    }

    /** A child JVM that has staged its outputs in {@code out} and waits to be stopped. */
    private Process stagedChild(Path out) throws IOException {
        Files.createDirectories(temporary());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary(), "-cp", System.getProperty("java.class.path"),
                StagingChild.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals("staged")) {
                return child;
            }
            said.append(line).append('\n');
        }
        throw new AssertionError("the child ended before staging: " + said);
    }

    /**
     * Every file a reader of {@code folder} opens, hidden ones included, relative to it: through
     * the links to the current generation, not in the generations themselves.
     */
    private static Set<String> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> Files.isRegularFile(p) && !p.startsWith(folder.resolve(OutputDirectory.STATE)))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }

    /** Every file under {@code folder}, the generations' included, following no link. */
    private static Set<String> filesAndGenerations(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }
}
