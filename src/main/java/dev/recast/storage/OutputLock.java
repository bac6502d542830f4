package dev.recast.storage;

import dev.recast.RecastException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The lock file a render holds in its output folder, {@code pid host}, so a second render into
 * the folder is refused while the first works. A lock left by a process of this machine that is
 * no longer running is taken over, and what that render left unfinished removed.
 */
final class OutputLock {

    static final String NAME = ".recast-lock";

    private final Path file;

    private OutputLock(Path file) {
        this.file = file;
    }

    /** Takes the lock of {@code root}, making the folder if need be; a takeover is told to {@code notes}. */
    static OutputLock take(Path root, Consumer<String> notes) throws RecastException {
        Path lock = root.resolve(NAME);
        String owner = owner();
        try {
            Files.createDirectories(root);
            try {
                create(lock, owner);
                return new OutputLock(lock);
            } catch (FileAlreadyExistsException held) {
                String[] holder;
                try {
                    holder = Files.readString(lock, StandardCharsets.UTF_8).strip().split("\\s+");
                } catch (NoSuchFileException released) {
                    // The holder finished between our two steps: the folder is free now.
                    create(lock, owner);
                    return new OutputLock(lock);
                }
                long pid = holder.length > 0 && holder[0].matches("\\d{1,18}") ? Long.parseLong(holder[0]) : -1;
                boolean here = holder.length > 1 && holder[1].equals(host());
                boolean alive = here && pid >= 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                // Another host's process cannot be checked from here, so its lock holds.
                if (pid < 0 || !here || alive) {
                    throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(),
                            "output directory is being rendered by another recast (pid " + (pid < 0 ? "unknown" : pid)
                                    + (here || holder.length < 2 ? "" : " on " + holder[1]) + "); wait for it, or remove "
                                    + lock + " if no recast is running");
                }
                // The holder died without closing (killed, power loss): its lock means nothing now.
                Files.delete(lock);
                create(lock, owner);
                int removed = HiddenFiles.removeLeftBy(root, pid) + GenerationLinks.removeLeftBy(root, pid);
                notes.accept("took over " + lock + " left by pid " + pid + ", which is no longer running"
                        + (removed == 0 ? "" : ", and removed the " + removed + " unfinished "
                                + (removed == 1 ? "file" : "files") + " it left"));
                return new OutputLock(lock);
            }
        } catch (FileAlreadyExistsException raced) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(),
                    "output directory is being rendered by another recast; wait for it, or remove "
                            + lock + " if no recast is running", raced);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(), OutputDirectory.notWritable(e), e);
        }
    }

    /** Removes the lock of {@code root} if it names this process: a claim stopped midway may not have taken it. */
    static void releaseIfOurs(Path root) throws IOException {
        Path lock = root.resolve(NAME);
        try {
            if (Files.readString(lock, StandardCharsets.UTF_8).equals(owner())) {
                Files.deleteIfExists(lock);
            }
        } catch (NoSuchFileException none) {
            // Not taken.
        }
    }

    /** Removes the lock: the folder is free for the next render. */
    void release() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Creates the lock whole or not at all: a lock that could not be written (disk full) is removed. */
    private static void create(Path lock, String owner) throws IOException {
        try (OutputStream out = Files.newOutputStream(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(owner.getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException held) {
            throw held;
        } catch (IOException e) {
            Files.deleteIfExists(lock);
            throw e;
        }
    }

    /** What the lock holds while this process renders: its pid and this machine's name. */
    static String owner() {
        return ProcessHandle.current().pid() + " " + host() + "\n";
    }

    /** This machine's name, from the kernel where it can be read, so no DNS lookup can stall a render. */
    static String host() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException notLinux) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "localhost";
            }
        }
    }
}
