package dev.recast;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real transcript sections in {@code shared/transcripts} beside the repository (as in CI),
 * found by walking up from the working directory. Third-party text: read there, never copied in.
 */
public final class SharedTranscripts {

    private SharedTranscripts() {
    }

    /** @return the folder, or null where it is absent (tests using it then skip) */
    public static Path find() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve("transcripts");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
