package dev.recast.storage;

import dev.recast.RecastException;
import dev.recast.concurrent.Shutdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Taking a folder for a render: absent, empty, ours from an earlier render (it holds a
 * {@link RenderMarker}), or anything when forced. Its lock is taken, its marker read; a claim
 * that fails, or is stopped midway, leaves neither the lock nor the folder it made.
 *
 * @param createdByUs whether the claim made the folder: a render that commits nothing removes it
 */
record FolderClaim(Path root, OutputLock lock, RenderMarker last, boolean createdByUs) {

    /**
     * Claims {@code root} and opens it with {@code open}, which registers its own cleanup with
     * {@code shutdown}. Until then a stop removes the lock and the folder made for it. The main
     * thread runs on while a stop cleans up, so the two take turns: a stop that comes first leaves
     * nothing to make, one that comes during the claim waits for it.
     */
    static <T> T take(Path root, boolean force, Consumer<String> notes, Shutdown shutdown, Function<FolderClaim, T> open)
            throws RecastException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw RecastException.input(root.toString(), "output path is a file, not a directory");
        }
        boolean createdByUs = !Files.exists(root);
        Claiming claiming = new Claiming();
        Shutdown.Registration whileClaiming = shutdown.onStop(() -> claiming.stop(root, createdByUs));
        try {
            synchronized (claiming) {
                if (claiming.stopped) {
                    throw new IllegalStateException("stopping: the output directory is not claimed");
                }
                FolderClaim claim = take(root, createdByUs, force, notes);
                try {
                    return open.apply(claim);
                } catch (RuntimeException e) {
                    claim.release();
                    throw e;
                }
            }
        } finally {
            whileClaiming.withdraw();
        }
    }

    private static FolderClaim take(Path root, boolean createdByUs, boolean force, Consumer<String> notes)
            throws RecastException {
        OutputLock lock;
        try {
            lock = OutputLock.take(root, notes);
        } catch (RecastException e) {
            if (createdByUs) {
                removeIfEmpty(root);
            }
            throw e;
        }
        try {
            Path marker = root.resolve(RenderMarker.NAME);
            RenderMarker last = RenderMarker.none();
            if (Files.isRegularFile(marker)) {
                last = RenderMarker.read(marker);
            } else if (!force && !holdsNoFileButLock(root)) {
                throw RecastException.input(root.toString(),
                        "output directory is not empty and was not written by recast (use --force to write into it)");
            }
            return new FolderClaim(root, lock, last, createdByUs);
        } catch (IOException | RecastException | RuntimeException e) {
            new FolderClaim(root, lock, RenderMarker.none(), createdByUs).release();
            if (e instanceof RecastException recast) {
                throw recast;
            }
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(),
                    "cannot read output directory: " + e.getMessage(), e);
        }
    }

    /** A claim under way, and whether a stop came: the two take turns on it. */
    private static final class Claiming {
        private boolean stopped;

        /** Removes the lock if the claim took it, and the folder made for it. */
        synchronized void stop(Path root, boolean createdByUs) {
            stopped = true;
            try {
                OutputLock.releaseIfOurs(root);
            } catch (IOException e) {
                // Best effort: a lock whose process is gone is taken over by the next render.
            }
            if (createdByUs) {
                removeIfEmpty(root);
            }
        }
    }

    /** Gives the folder up: removes the lock and, when the claim made the folder, the folder if it is empty. */
    void release() {
        try {
            lock.release();
        } catch (IOException e) {
            // Best effort: a lock whose process is gone is taken over by the next render.
        }
        if (createdByUs) {
            removeIfEmpty(root);
        }
    }

    private static void removeIfEmpty(Path folder) {
        try {
            if (Files.isDirectory(folder) && HiddenFiles.isEmpty(folder)) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            // Best effort: an empty folder is all that is left.
        }
    }

    /**
     * Whether {@code dir} holds no file but our lock, in it or in its folders: nothing of the
     * user's to overwrite, though a killed render may have left the folders it made, and its
     * links to a generation that never became current. A sub-folder Recast rendered into (a
     * show's episode, rendered before the show's own files were first committed) is Recast's too.
     */
    private static boolean holdsNoFileButLock(Path dir) throws IOException {
        Path lock = dir.resolve(OutputLock.NAME);
        Path state = dir.resolve(OutputDirectory.STATE);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.allMatch(entry -> entry.equals(lock) || entry.startsWith(state) || GenerationLinks.isOurLink(entry)
                    || Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) || inRenderedFolder(dir, entry));
        }
    }

    /** Whether {@code entry} lies in a folder of {@code dir} that holds a render's marker. */
    private static boolean inRenderedFolder(Path dir, Path entry) {
        Path relative = dir.relativize(entry);
        return relative.getNameCount() > 1
                && Files.exists(dir.resolve(relative.getName(0)).resolve(RenderMarker.NAME), LinkOption.NOFOLLOW_LINKS);
    }
}
