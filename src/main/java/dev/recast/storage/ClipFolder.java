package dev.recast.storage;

import dev.recast.RecastException;
import dev.recast.concurrent.Shutdown;
import dev.recast.synth.CacheLimit;
import dev.recast.synth.SharedCache;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Where a render keeps its clips: the utterance cache, or without one a temporary folder removed
 * when the render ends, so clips stay on disk either way and memory holds only their lengths.
 * The temporary folder goes when the render is stopped too (Ctrl-C, SIGTERM): an hour's clips
 * are some 120 MB; a cache is sealed then, so a folder of caches (a benchmark's) can go after it.
 * A cache is marked as used by this render while it is open, so a prune beside it (a render of
 * another episode ending) keeps what this one will read.
 */
public final class ClipFolder implements AutoCloseable {

    private static final SecureRandom NAMES = new SecureRandom();

    private final Path path;
    private final boolean cache;
    private final UtteranceCache store;
    /** This render's mark on a cache, held until it closes; empty for a temporary folder. */
    private final Optional<CacheLimit.Use> use;
    /** What a stop does: seals the cache, or removes the temporary folder. */
    private final Shutdown.Registration onStop;
    /** Set once removed: a stop can come before the folder is made, and then it never is. */
    private boolean removed;

    private ClipFolder(Path path, boolean cache, Optional<SharedCache> shared, Shutdown shutdown) {
        this.path = path;
        this.cache = cache;
        this.store = new UtteranceCache(path, shared);
        this.onStop = shutdown.onStop(cache ? store::seal : this::remove);
        this.use = cache ? CacheLimit.use(path) : Optional.empty();
    }

    /** The cache at {@code cache}, or a fresh temporary folder when there is none; {@code shutdown} cleans up on a stop. */
    public static ClipFolder of(Optional<Path> cache, Shutdown shutdown) throws RecastException {
        return of(cache, Optional.empty(), shutdown);
    }

    /**
     * As {@link #of(Optional, Shutdown)}, the cache backed by {@code shared}, which needs a cache
     * folder to keep what it fetches.
     */
    public static ClipFolder of(Optional<Path> cache, Optional<SharedCache> shared, Shutdown shutdown)
            throws RecastException {
        if (cache.isPresent()) {
            return new ClipFolder(cache.get(), true, shared, shutdown);
        }
        if (shared.isPresent()) {
            throw new IllegalArgumentException("a shared cache stands behind a cache folder");
        }
        // The stop's cleanup is registered before the folder is made: the main thread runs on while
        // it runs, and a folder made after it had looked for one would stay.
        ClipFolder temporary = new ClipFolder(Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("recast-clips" + Long.toUnsignedString(NAMES.nextLong())), false, Optional.empty(), shutdown);
        try {
            temporary.make();
            return temporary;
        } catch (IOException e) {
            temporary.close();
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                    "cannot create a temporary clip folder: " + e.getMessage(), e);
        }
    }

    /** Makes the temporary folder, readable by this user alone, unless it was removed first. */
    private synchronized void make() throws IOException {
        if (removed) {
            throw new IllegalStateException("stopping: the clip folder is not made");
        }
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(path,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(path);
        }
    }

    public Path path() {
        return path;
    }

    /** The render's one store in the folder, so what it stored adds up. */
    public UtteranceCache store() {
        return store;
    }

    /** Whether clips found here were made by earlier renders and may be reused. */
    public boolean isCache() {
        return cache;
    }

    @Override
    public void close() {
        onStop.withdraw();
        if (cache) {
            use.ifPresent(CacheLimit.Use::close);
            return;
        }
        remove();
    }

    /** Removes the temporary folder, once no clip is being stored in it or can be. */
    private synchronized void remove() {
        removed = true;
        if (!Files.exists(path)) {
            return;
        }
        store.seal();
        FileTrees.deleteQuietly(path);
    }
}
