package dev.recast.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock: one render at a time in a folder; a dead render's lock is taken over with what it left. */
class OutputLockTest {

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();

    private static long deadPid() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        return gone.pid();
    }

    @Test
    void aSecondTakeIsRefusedUntilTheFirstIsReleased() throws Exception {
        Path out = dir.resolve("new/out");
        OutputLock first = OutputLock.take(out, notes::add);
        assertEquals(ProcessHandle.current().pid() + " " + OutputLock.host() + "\n",
                Files.readString(out.resolve(OutputLock.NAME)), "made the folder and wrote pid and host");

        RecastException second = assertThrows(RecastException.class, () -> OutputLock.take(out, notes::add));
        assertEquals(RecastException.Kind.ENVIRONMENT, second.kind());

        first.release();
        assertFalse(Files.exists(out.resolve(OutputLock.NAME)));
        OutputLock.take(out, notes::add).release();
        assertEquals(List.of(), notes);
    }

    @Test
    void aDeadRendersLockIsTakenOverAndWhatItLeftRemoved() throws Exception {
        long dead = deadPid();
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(OutputLock.NAME), dead + " " + OutputLock.host() + "\n");
        Files.writeString(out.resolve(".episode.wav." + dead + ".k3x.tmp"), "half");
        Path generation = Files.createDirectories(out.resolve(".recast/gen-" + dead + "-q7"));
        Files.writeString(generation.resolve("episode.mp3"), "half");
        Files.writeString(out.resolve("notes.txt"), "the user's");

        OutputLock.take(out, notes::add).release();

        assertEquals(List.of("took over " + out.resolve(OutputLock.NAME) + " left by pid " + dead
                + ", which is no longer running, and removed the 2 unfinished files it left"), notes);
        assertFalse(Files.exists(generation));
        assertTrue(Files.exists(out.resolve("notes.txt")));
    }

    @Test
    void anotherHostsLockHoldsAndIsNotReleasedByUs() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path lock = Files.writeString(out.resolve(OutputLock.NAME), "1 build-server-7\n");

        assertThrows(RecastException.class, () -> OutputLock.take(out, notes::add));
        OutputLock.releaseIfOurs(out);

        assertEquals("1 build-server-7\n", Files.readString(lock));
    }

    @Test
    void releaseIfOursRemovesOurOwnLock() throws Exception {
        Path out = dir.resolve("out");
        OutputLock.take(out, notes::add);

        OutputLock.releaseIfOurs(out);

        assertFalse(Files.exists(out.resolve(OutputLock.NAME)));
    }
}
