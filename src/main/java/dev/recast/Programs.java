package dev.recast;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The programs Recast may run beside itself (flite, pocketsphinx, espeak-ng, lame), found as a shell finds them. */
public final class Programs {

    private Programs() {
    }

    /** The executable file {@code name} in the first folder of {@code PATH} that has one. */
    public static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
