package dev.recast.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output folder's layout of generations: each render's files in a folder of its own under
 * {@link OutputDirectory#STATE}, every visible name a link to {@code .recast/current/NAME}, and
 * {@code current} switched to a new generation by one rename, so a reader sees one render or the
 * other at every instant. {@link OutputDirectory} decides when; this says how.
 */
public final class GenerationLinks {

    static final String CURRENT = "current";
    static final String GENERATION = "gen-";

    private GenerationLinks() {
    }

    /** Puts {@code to} in place as the same file as {@code from}: a hard link, or a copy keeping its times. */
    static void carry(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** What a name of the folder links to: the file or folder of that name in the current generation. */
    static Path linkTarget(String name) {
        return Path.of(OutputDirectory.STATE, CURRENT, name);
    }

    /** Whether {@code entry} is a link this folder made, from a name to the current generation's. */
    static boolean isOurLink(Path entry) {
        try {
            return Files.isSymbolicLink(entry)
                    && Files.readSymbolicLink(entry).equals(linkTarget(entry.getFileName().toString()));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes {@code name} a link to the current generation's, replacing a file in one rename; a
     * folder (a user's, with {@code --force}, or one Recast wrote before generations) is moved
     * under {@link OutputDirectory#STATE} first, its files kept there. Returns where such a folder went.
     */
    static Optional<Path> link(Path root, String name) throws IOException {
        Path at = root.resolve(name);
        if (isOurLink(at)) {
            return Optional.empty();
        }
        Optional<Path> moved = Optional.empty();
        if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
            Path retired = Files.createDirectories(root.resolve(OutputDirectory.STATE).resolve("retired-"
                    + Long.toUnsignedString(OutputDirectory.TEMP_NAMES.nextLong(), 36)));
            moved = Optional.of(Files.move(at, retired.resolve(name), StandardCopyOption.ATOMIC_MOVE));
        }
        Path link = OutputDirectory.newHiddenName(root, name);
        Files.createSymbolicLink(link, linkTarget(name));
        Files.move(link, at, StandardCopyOption.ATOMIC_MOVE);
        return moved;
    }

    /** Deletes the folders under {@code folder}, and it, that hold nothing, deepest first. */
    static void removeEmptyFolders(Path folder) throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(folder)) {
            folders = walk.filter(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path each : folders) {
            if (OutputDirectory.isEmpty(each)) {
                Files.delete(each);
            }
        }
    }

    /** Shows {@code generation} as the folder's current one, in one rename. */
    static void switchTo(Path root, Path generation) throws IOException {
        Path state = root.resolve(OutputDirectory.STATE);
        Path link = OutputDirectory.newHiddenName(state, CURRENT);
        Files.createSymbolicLink(link, generation.getFileName());
        Files.move(link, state.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The folder {@code .recast/current} links to, when it links to one of ours. */
    static Optional<Path> currentGeneration(Path root) {
        Path state = root.resolve(OutputDirectory.STATE);
        try {
            Path target = Files.readSymbolicLink(state.resolve(CURRENT));
            return target.getNameCount() == 1 ? Optional.of(state.resolve(target)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes every generation but {@code keep}: the last one, and any a killed render left. */
    static void removeGenerationsBut(Path root, Path keep) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.resolve(OutputDirectory.STATE), GENERATION + "*")) {
            for (Path entry : entries) {
                if (!entry.equals(keep) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(entry);
                }
            }
        }
    }

    /** Deletes a folder and everything in it, following no link; returns how many files it held. */
    static int deleteTree(Path folder) throws IOException {
        int files = 0;
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path entry : entries) {
            files += Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) ? 1 : 0;
            Files.deleteIfExists(entry);
        }
        return files;
    }
}
