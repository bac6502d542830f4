package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a render keeps its clips: the utterance cache, or without one a temporary folder removed
 * when the render ends, so clips stay on disk either way and memory holds only their lengths.
 * The temporary folder goes when the render is stopped too (Ctrl-C, SIGTERM): an hour's clips
 * are some 120 MB.
 */
final class ClipFolder implements AutoCloseable {

    private final Path path;
    private final boolean cache;
    private final UtteranceCache store;
    private final Thread onStop = new Thread(this::remove, "recast-clip-folder-cleanup");

    private ClipFolder(Path path, boolean cache) {
        this.path = path;
        this.cache = cache;
        this.store = new UtteranceCache(path);
    }

    /** The cache at {@code cache}, or a fresh temporary folder when it is null. */
    static ClipFolder of(Path cache) throws RecastException {
        if (cache != null) {
            return new ClipFolder(cache, true);
        }
        try {
            ClipFolder temporary = new ClipFolder(Files.createTempDirectory("recast-clips"), false);
            Runtime.getRuntime().addShutdownHook(temporary.onStop);
            return temporary;
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                    "cannot create a temporary clip folder: " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    /** The render's one store in the folder, so what it stored adds up. */
    UtteranceCache store() {
        return store;
    }

    /** Whether clips found here were made by earlier renders and may be reused. */
    boolean isCache() {
        return cache;
    }

    @Override
    public void close() {
        if (cache) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onStop);
        } catch (IllegalStateException stopping) {
            // The JVM is stopping: the hook removes the folder, or already has.
        }
        remove();
    }

    /** Removes the temporary folder, once no clip is being stored in it or can be. */
    private void remove() {
        store.seal();
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Best effort: what remains is in the system's temporary folder.
        }
    }
}
