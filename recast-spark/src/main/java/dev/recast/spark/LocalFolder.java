package dev.recast.spark;

import dev.recast.storage.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary folder of the driver's or a task's, removed with all it holds when closed. */
final class LocalFolder implements AutoCloseable {

    private final Path path;

    private LocalFolder(Path path) {
        this.path = path;
    }

    static LocalFolder create(String prefix) throws IOException {
        return new LocalFolder(Files.createTempDirectory(prefix));
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() {
        FileTrees.deleteQuietly(path);
    }
}
