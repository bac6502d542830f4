package dev.recast.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import dev.recast.concurrent.Shutdown;
import dev.recast.concurrent.SideTask;
import dev.recast.concurrent.WorkerPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock that keeps two renders out of one folder, and what a failed render leaves. */
class OutputDirectoryTest {

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondClaimWhileTheFirstIsOpenIsRefusedAndTheFolderIsFreeAfterClose() throws Exception {
        Path out = dir.resolve("out");
        try (OutputDirectory first = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            Path lock = out.resolve(OutputDirectory.LOCK);
            assertEquals(ProcessHandle.current().pid() + " " + OutputLock.host() + "\n",
                    Files.readString(lock));

            RecastException second = assertThrows(RecastException.class,
                    () -> OutputDirectory.claim(out, false, notes::add, Shutdown.manual()));

            assertEquals(RecastException.Kind.ENVIRONMENT, second.kind());
            assertEquals(out.toString(), second.location());
            assertEquals("output directory is being rendered by another recast (pid " + ProcessHandle.current().pid()
                    + "); wait for it, or remove " + lock + " if no recast is running", second.getMessage());
            assertTrue(Files.exists(lock), "the refused claim leaves the holder's lock");
            first.stage("a.txt", "a");
            first.commit("f", "T");
        }
        assertEquals(List.of(OutputDirectory.STATE, ".recast-output", "a.txt"), names(out));
        try (OutputDirectory again = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            again.stage("a.txt", "b");
            again.commit("f", "T");
        }
        assertEquals("b", Files.readString(out.resolve("a.txt")));
        assertEquals(List.of(), notes);
    }

    @Test
    void aLockLeftByADeadProcessIsTakenOverWithANote() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        Path out = Files.createDirectories(dir.resolve("out"));
        Path lock = Files.writeString(out.resolve(OutputDirectory.LOCK),
                deadPid + " " + OutputLock.host() + "\n");

        try (OutputDirectory taken = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            assertTrue(Files.readString(lock).startsWith(ProcessHandle.current().pid() + " "));
            taken.stage("a.txt", "a");
            taken.commit("f", "T");
        }
        assertEquals(List.of("took over " + lock + " left by pid " + deadPid + ", which is no longer running"), notes);
        assertEquals(List.of(OutputDirectory.STATE, ".recast-output", "a.txt"), names(out));
    }

    @Test
    void aLockFromAnotherHostHolds() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path lock = Files.writeString(out.resolve(OutputDirectory.LOCK), "1 build-server-7\n");

        RecastException e = assertThrows(RecastException.class, () -> OutputDirectory.claim(out, false, notes::add, Shutdown.manual()));

        assertEquals("output directory is being rendered by another recast (pid 1 on build-server-7); wait for it, "
                + "or remove " + lock + " if no recast is running", e.getMessage());
    }

    @Test
    void aFailedRenderLeavesNoFileNoLockAndNoFolderItMade() throws Exception {
        Path out = dir.resolve("new").resolve("out");
        try (OutputDirectory failing = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            failing.stage("episode.wav", "half");
            assertThrows(RecastException.class, () -> failing.stage("chapters.json", stream -> {
                throw new IOException("No space left on device");
            }));
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputLeftToWriteAfterTheFolderWasCleanedUpIsNotCreatedAgain() throws Exception {
        // A folder the render did not make: the cleanup leaves it, so a file written late would stay.
        Path out = Files.createDirectories(dir.resolve("out"));
        OutputDirectory stopped = OutputDirectory.claim(out, false, notes::add, Shutdown.manual());
        OutputDirectory.Reserved pending = stopped.reserve(
                List.of(new OutputDirectory.Output("episode.wav", null, text("audio"))));

        stopped.close();

        try (WorkerPool workers = new WorkerPool(1)) {
            assertThrows(RecastException.class, () -> pending.write(workers));
        }
        assertEquals(List.of(), names(out), "nothing written after the cleanup");
        assertThrows(RecastException.class, () -> stopped.stage("chapters.json", "{}"));
        assertThrows(RecastException.class, () -> stopped.scratchFile("levelled-clips"));
        assertEquals(List.of(), names(out));
    }

    /** Content that fails the test if it is asked to write. */
    private static OutputDirectory.Content unwritten(String name) {
        return stream -> {
            throw new AssertionError(name + " was written again");
        };
    }

    /** Stages one output with a content key, as the WAVs are. */
    private static void stageKeyed(OutputDirectory out, String relative, String key, OutputDirectory.Content content)
            throws RecastException {
        try (WorkerPool workers = new WorkerPool(1)) {
            out.reserve(List.of(new OutputDirectory.Output(relative, key, content))).write(workers);
        }
    }

    private static OutputDirectory.Content text(String text) {
        return stream -> stream.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anOutputMadeOfTheSameContentAndUntouchedIsKeptUnwritten() throws Exception {
        Path out = dir.resolve("out");
        try (OutputDirectory first = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            stageKeyed(first, "sections/01.wav", "key 1", text("one"));
            stageKeyed(first, "sections/02.wav", "key 2", text("two"));
            first.commit("f", "T");
        }
        try (OutputDirectory second = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            stageKeyed(second, "sections/01.wav", "key 1", unwritten("sections/01.wav"));
            stageKeyed(second, "sections/02.wav", "key 2b", text("two, edited"));
            assertEquals(out.resolve("sections/01.wav"), second.stagedFile("sections/01.wav"));
            second.commit("g", "T");
            assertEquals(3, second.committed());
            assertEquals(1, second.unchanged());
        }
        assertEquals("one", Files.readString(out.resolve("sections/01.wav")));
        assertEquals("two, edited", Files.readString(out.resolve("sections/02.wav")));
        // Kept once, it is kept again: the marker names it with its key and new stamp.
        try (OutputDirectory third = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            stageKeyed(third, "sections/01.wav", "key 1", unwritten("sections/01.wav"));
            third.commit("h", "T");
        }
        assertEquals(List.of("01.wav"), names(out.resolve("sections")));
    }

    @Test
    void theGainOfTheLastRenderIsOfferedForTheSameTargetOnly() throws Exception {
        Path out = dir.resolve("out");
        try (OutputDirectory first = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            assertTrue(first.lastGainDb(-16).isEmpty(), "nothing rendered here yet");
            first.stage("a.txt", "a");
            first.recordGain(-16, 9.85);
            first.commit("f", "T");
        }
        try (OutputDirectory second = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            assertEquals(9.85, second.lastGainDb(-16).getAsDouble());
            assertTrue(second.lastGainDb(-19).isEmpty(), "another target needs another gain");
            assertTrue(second.lastRenderIf("f").isPresent(), "the gain line is not a file of the render");
            second.stage("a.txt", "a");
            second.commit("g", "T");
        }
        try (OutputDirectory third = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            assertTrue(third.lastGainDb(-16).isEmpty(), "a render that levelled nothing leaves no gain");
        }
    }

    @Test
    void theReadingsOfTheLastRenderAreOfferedToTheNextAndAKeyEditedByHandIsIgnored() throws Exception {
        Path out = dir.resolve("out");
        String key = "0123456789abcdef".repeat(4);
        try (OutputDirectory first = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            assertTrue(first.lastReadings().isEmpty(), "nothing rendered here yet");
            first.stage("a.txt", "a");
            first.recordReadings(key);
            first.commit("f", "T");
        }
        try (OutputDirectory second = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            assertEquals(Optional.of(key), second.lastReadings());
            assertTrue(second.lastRenderIf("f").isPresent(), "the readings line is not a file of the render");
        }
        Path marker = out.resolve(OutputDirectory.MARKER);
        Files.writeString(marker, Files.readString(marker).replace(key, "../../elsewhere"));
        try (OutputDirectory third = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            assertTrue(third.lastReadings().isEmpty());
        }
    }

    @Test
    void outputsStagedSideBySideAreAllWrittenOrKeptAndAFailureNamesItsFile() throws Exception {
        Path out = dir.resolve("out");
        try (OutputDirectory first = OutputDirectory.claim(out, false, notes::add, Shutdown.manual());
                WorkerPool workers = new WorkerPool(2)) {
            first.reserve(List.of(new OutputDirectory.Output("a.wav", "key a", text("a")),
                    new OutputDirectory.Output("b.wav", null, text("b")))).write(workers);
            first.commit("f", "T");
        }
        try (OutputDirectory second = OutputDirectory.claim(out, false, notes::add, Shutdown.manual());
                WorkerPool workers = new WorkerPool(2)) {
            second.reserve(List.of(new OutputDirectory.Output("a.wav", "key a", unwritten("a.wav")),
                    new OutputDirectory.Output("b.wav", null, text("b again")))).write(workers);
            second.commit("g", "T");
        }
        assertEquals("a", Files.readString(out.resolve("a.wav")));
        assertEquals("b again", Files.readString(out.resolve("b.wav")));

        try (OutputDirectory failing = OutputDirectory.claim(out, false, notes::add, Shutdown.manual());
                WorkerPool workers = new WorkerPool(2)) {
            RecastException e = assertThrows(RecastException.class, () -> failing.reserve(List.of(
                    new OutputDirectory.Output("a.wav", null, text("a, edited")),
                    new OutputDirectory.Output("b.wav", null, stream -> {
                        throw new IOException("No space left on device");
                    }))).write(workers));
            assertEquals(out.resolve("b.wav").toString(), e.location());
            assertEquals("cannot write: no space left on device", e.getMessage());
        }
        assertEquals("a", Files.readString(out.resolve("a.wav")));
        assertEquals(List.of(OutputDirectory.STATE, ".recast-output", "a.wav", "b.wav"), names(out));
    }

    @Test
    void reservedOutputsAreWrittenOnAnotherThreadWhileTheFolderStagesOthers() throws Exception {
        Path out = dir.resolve("out");
        try (OutputDirectory first = OutputDirectory.claim(out, false, notes::add, Shutdown.manual());
                WorkerPool workers = new WorkerPool(2)) {
            OutputDirectory.Reserved reserved = first.reserve(List.of(
                    new OutputDirectory.Output("episode.wav", "key e", text("episode")),
                    new OutputDirectory.Output("sections/01.wav", "key 1", text("one"))));
            try (SideTask writing = SideTask.start("recast-test", () -> reserved.write(workers))) {
                first.stage("episode.mp3", "mp3");
                writing.join();
            }
            first.commit("f", "T");
        }
        assertEquals("episode", Files.readString(out.resolve("episode.wav")));
        assertEquals("one", Files.readString(out.resolve("sections/01.wav")));
        assertEquals("mp3", Files.readString(out.resolve("episode.mp3")));

        try (OutputDirectory second = OutputDirectory.claim(out, false, notes::add, Shutdown.manual());
                WorkerPool workers = new WorkerPool(2)) {
            OutputDirectory.Reserved reserved = second.reserve(List.of(
                    new OutputDirectory.Output("episode.wav", "key e2", text("episode, edited")),
                    new OutputDirectory.Output("sections/01.wav", "key 1", unwritten("sections/01.wav"))));
            reserved.write(workers);
            second.commit("g", "T");
        }
        assertEquals("episode, edited", Files.readString(out.resolve("episode.wav")));
        assertEquals("one", Files.readString(out.resolve("sections/01.wav")));
    }

    /** A folder rendered once, holding {@code episode.wav} staged under the content key {@code key}. */
    private Path renderedWithKey() throws Exception {
        Path out = dir.resolve("out");
        try (OutputDirectory first = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            stageKeyed(first, "episode.wav", "key", text("episode"));
            first.commit("f", "T");
        }
        return out;
    }

    @Test
    void anOutputChangedSinceTheLastRenderIsWrittenAgainWhateverItsKey() throws Exception {
        Path out = renderedWithKey();
        Files.writeString(out.resolve("episode.wav"), "edited by hand");
        try (OutputDirectory second = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            stageKeyed(second, "episode.wav", "key", text("episode"));
            second.commit("f", "T");
        }
        assertEquals("episode", Files.readString(out.resolve("episode.wav")));
    }

    @Test
    void aFailedReRenderLeavesTheOutputsItWouldHaveKept() throws Exception {
        Path out = renderedWithKey();
        try (OutputDirectory failing = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            stageKeyed(failing, "episode.wav", "key", unwritten("episode.wav"));
        }
        assertEquals("episode", Files.readString(out.resolve("episode.wav")));
    }

    @Test
    void aFailedReRenderLeavesThePreviousEpisodeAndReleasesTheLock() throws Exception {
        Path out = dir.resolve("out");
        try (OutputDirectory first = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            first.stage("episode.wav", "previous");
            first.commit("f", "T");
        }
        try (OutputDirectory failing = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            failing.stage("episode.wav", "new");
            RecastException e = assertThrows(RecastException.class, () -> failing.stage("render.json", stream -> {
                throw new IOException("No space left on device");
            }));
            assertEquals(out.resolve("render.json").toString(), e.location());
            assertEquals("cannot write: no space left on device", e.getMessage());
        }
        assertEquals(List.of(OutputDirectory.STATE, ".recast-output", "episode.wav"), names(out));
        assertEquals("previous", Files.readString(out.resolve("episode.wav")));
    }

    @Test
    void outputsGetThePermissionsOfAnyNewFileNotOwnerOnly() throws Exception {
        Path out = dir.resolve("out");
        try (OutputDirectory render = OutputDirectory.claim(out, false, notes::add, Shutdown.manual())) {
            render.stage("sections/one.wav", "audio");
            render.stage("feed.xml", "<rss/>");
            render.commit("f", "T");
        }
        Path plain = Files.createFile(dir.resolve("plain"));
        for (String name : List.of("sections/one.wav", "feed.xml", OutputDirectory.MARKER)) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out.resolve(name)), name);
        }
    }

    @Test
    void aForeignFolderIsRefusedAndKeepsNoLock() throws Exception {
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "mine");

        RecastException e = assertThrows(RecastException.class, () -> OutputDirectory.claim(out, false, notes::add, Shutdown.manual()));

        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals(List.of("notes.txt"), names(out));
    }

    /**
     * A show's folder holds its episodes' folders, each a render of its own: before the show's
     * own files are first committed (a render stopped between the two), those are Recast's, not
     * the user's; a sub-folder without a marker still is the user's.
     */
    @Test
    void aFolderHoldingOnlyRenderedSubFoldersIsRecasts() throws Exception {
        Path out = dir.resolve("show");
        Path episode = Files.createDirectories(out.resolve("01-fog"));
        Files.writeString(episode.resolve(OutputDirectory.MARKER), "{}");
        Files.writeString(episode.resolve("episode.mp3"), "audio");
        try (OutputDirectory show = OutputDirectory.claim(out, false, notes -> { }, Shutdown.manual())) {
            show.stage("feed.xml", "<rss/>");
            show.commit("show", "Show");
        }
        assertEquals("<rss/>", Files.readString(out.resolve("feed.xml")));
        assertEquals("audio", Files.readString(episode.resolve("episode.mp3")), "the episode is left as it was");

        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve("notes"));
        Files.writeString(other.resolve("notes/todo.txt"), "mine");
        RecastException refused = assertThrows(RecastException.class,
                () -> OutputDirectory.claim(other, false, notes -> { }, Shutdown.manual()));
        assertTrue(refused.getMessage().contains("not written by recast"), refused.getMessage());
    }
}
