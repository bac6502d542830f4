package dev.recast.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removing a temporary folder of Recast's own: a render's clips, the bench's work, recognition's scratch. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Removes {@code folder} and all it holds, as far as it can: a link is removed, never followed,
     * and what cannot be removed stays, in a temporary folder, with nothing to report.
     */
    public static void deleteQuietly(Path folder) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | UncheckedIOException e) {
            // Gone already, or unreadable: nothing to remove.
            return;
        }
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // Left in place; its folder then stays too.
            }
        }
    }
}
