package dev.recast.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden temporary names Recast gives in an output folder, {@code .NAME.PID.RANDOM.tmp}:
 * made here, and found here again by the pid of a render that was killed, for the next render to
 * remove.
 */
final class HiddenFiles {

    private static final Random NAMES = new SecureRandom();

    private HiddenFiles() {
    }

    /**
     * A new empty hidden file in {@code dir} named after {@code name}. Not createTempFile: its
     * owner-only permissions would stay on the renamed output, and a podcast's files are served
     * to others; this one gets the permissions of any new file (the umask's).
     */
    static Path newFile(Path dir, String name) throws IOException {
        while (true) {
            try {
                return Files.createFile(newName(dir, name));
            } catch (FileAlreadyExistsException e) {
                // Taken, by a render killed earlier with the same pid: draw another name.
            }
        }
    }

    /** A hidden temporary name in {@code dir} for {@code name}, which a stale lock's taker removes. */
    static Path newName(Path dir, String name) {
        return dir.resolve("." + name + "." + ProcessHandle.current().pid() + "." + randomSuffix() + ".tmp");
    }

    /** A random part for a name nothing else has, in the letters and digits of base 36. */
    static String randomSuffix() {
        return Long.toUnsignedString(NAMES.nextLong(), 36);
    }

    /**
     * Removes the hidden files and links the render with {@code pid} left under {@code root}
     * when it was killed; returns how many files. Nothing is writing them: its lock was ours to take.
     */
    static int removeLeftBy(Path root, long pid) throws IOException {
        Pattern unfinished = Pattern.compile("\\..+\\." + pid + "\\.[0-9a-z]+\\.tmp");
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(file -> unfinished.matcher(file.getFileName().toString()).matches()
                    && (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file))).toList();
        }
        int removed = 0;
        for (Path file : found) {
            removed += Files.isSymbolicLink(file) ? 0 : 1;
            Files.deleteIfExists(file);
        }
        return removed;
    }

    static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }
}
