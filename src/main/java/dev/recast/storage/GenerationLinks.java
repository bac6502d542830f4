package dev.recast.storage;

import dev.recast.RecastException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
     * Refuses a link Recast did not make at {@code name}: it never writes or deletes through one,
     * and a user's link is not its to replace.
     */
    static void refuseForeignLink(Path root, String name) throws RecastException {
        Path at = root.resolve(name);
        if (Files.isSymbolicLink(at) && !isOurLink(at)) {
            throw RecastException.input(at.toString(),
                    "is a link recast did not make; it writes no file through a link in its output folder (remove it)");
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
                    + HiddenFiles.randomSuffix()));
            moved = Optional.of(Files.move(at, retired.resolve(name), StandardCopyOption.ATOMIC_MOVE));
        }
        Path link = HiddenFiles.newName(root, name);
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
            if (HiddenFiles.isEmpty(each)) {
                Files.delete(each);
            }
        }
    }

    /** A new empty generation folder, named after {@code owner} (a pid, or what it holds). */
    static Path newGeneration(Path root, String owner) throws IOException {
        Path state = Files.createDirectories(root.resolve(OutputDirectory.STATE));
        return Files.createDirectory(state.resolve(GENERATION + owner + "-" + HiddenFiles.randomSuffix()));
    }

    /**
     * Moves a folder's outputs that are files in place, as Recast before generations wrote them
     * (a marker that is a file), into a generation of their own first, name by name, each name
     * showing the same bytes throughout; only a folder such as {@code sections/} cannot be swapped
     * for a link in one step, and is missing between two renames.
     *
     * @param files the files the marker lists
     */
    static void adoptFilesInPlace(Path root, List<String> files) throws IOException {
        Path state = root.resolve(OutputDirectory.STATE);
        Path adopted = newGeneration(root, "adopted");
        Set<String> names = new LinkedHashSet<>();
        for (String relative : files) {
            Path file = root.resolve(relative).normalize();
            if (file.startsWith(root) && !file.startsWith(state) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                carry(file, adopted.resolve(relative));
                names.add(root.relativize(file).getName(0).toString());
            }
        }
        switchTo(root, adopted);
        for (String name : names) {
            Optional<Path> moved = link(root, name);
            if (moved.isPresent()) {
                // The folder's files are the adopted generation's now: what is left is a user's.
                for (String relative : files) {
                    Path file = moved.get().resolveSibling(relative).normalize();
                    if (file.startsWith(moved.get()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(file);
                    }
                }
                removeEmptyFolders(moved.get().getParent());
            }
        }
    }

    /** Shows {@code generation} as the folder's current one, in one rename. */
    static void switchTo(Path root, Path generation) throws IOException {
        Path state = root.resolve(OutputDirectory.STATE);
        Path link = HiddenFiles.newName(state, CURRENT);
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

    /**
     * Removes every generation but the current one, for a render with {@code pid} that was killed:
     * its own unfinished one, or the one it replaced when killed after its switch. Returns how
     * many files its own held.
     */
    static int removeLeftBy(Path root, long pid) throws IOException {
        Path state = root.resolve(OutputDirectory.STATE);
        if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        Optional<Path> current = currentGeneration(root);
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(state, GENERATION + "*")) {
            for (Path generation : entries) {
                if (!current.equals(Optional.of(generation)) && Files.isDirectory(generation, LinkOption.NOFOLLOW_LINKS)) {
                    int files = deleteTree(generation);
                    removed += generation.getFileName().toString().startsWith(GENERATION + pid + "-") ? files : 0;
                }
            }
        }
        return removed;
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
