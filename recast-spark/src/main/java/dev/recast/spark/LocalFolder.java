package dev.recast.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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
        // Links (a render's names into its generation) are removed, not followed.
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Best effort: what remains is in the system's temporary folder.
        }
    }
}
