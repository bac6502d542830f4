package dev.recast.pipeline;

import dev.recast.RecastException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The folder an episode is rendered into. Files are written to temporary names beside their
 * final ones and only renamed into place by {@link #commit()}, so a failed render leaves no
 * half-written file at a final path. A marker file lists what Recast wrote: it tells a folder of
 * ours (safe to re-render into) from a user's folder, and which stale files a re-render removes.
 */
final class OutputDirectory implements AutoCloseable {

    static final String MARKER = ".recast-output";
    private static final String MARKER_HEADER = "# Written by recast; lists the files of the last render.";

    /** Writes one file's content to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path root;
    private final List<String> previous;
    private final boolean createdByUs;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private boolean committed;
    private int unchanged;

    private OutputDirectory(Path root, List<String> previous, boolean createdByUs) {
        this.root = root;
        this.previous = previous;
        this.createdByUs = createdByUs;
    }

    /**
     * Takes a folder for rendering: absent, empty, ours from an earlier render, or anything when
     * {@code force} is set (then only the files this render writes are replaced). Checks only,
     * so it can run before the long work; nothing is created until the first file is staged.
     */
    static OutputDirectory claim(Path root, boolean force) throws RecastException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw RecastException.input(root.toString(), "output path is a file, not a directory");
        }
        List<String> previous = List.of();
        try {
            if (Files.isDirectory(root)) {
                Path marker = root.resolve(MARKER);
                if (Files.isRegularFile(marker)) {
                    previous = Files.readAllLines(marker, StandardCharsets.UTF_8).stream()
                            .filter(line -> !line.isBlank() && !line.startsWith("#"))
                            .toList();
                } else if (!force && !isEmpty(root)) {
                    throw RecastException.input(root.toString(),
                            "output directory is not empty and was not written by recast (use --force to write into it)");
                }
            }
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(),
                    "cannot read output directory: " + e.getMessage(), e);
        }
        if (Files.isDirectory(root) && !Files.isWritable(root)) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(),
                    "output directory is not writable", null);
        }
        return new OutputDirectory(root, previous, !Files.exists(root));
    }

    Path root() {
        return root;
    }

    /** Writes {@code relative} to a temporary file; it reaches its final name at commit. */
    void stage(String relative, Content content) throws RecastException {
        Path target = root.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            staged.put(relative, temp);
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
        } catch (IOException | RuntimeException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, target.toString(),
                    "cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * The temporary file a staged output is in until commit, for outputs made from another one
     * (an encoder reading the WAV, a feed giving the MP3's length in bytes).
     */
    Path stagedFile(String relative) {
        Path temp = staged.get(relative);
        if (temp == null) {
            throw new IllegalStateException(relative + " is not staged");
        }
        return temp;
    }

    void stage(String relative, String text) throws RecastException {
        stage(relative, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Renames every staged file into place, removes files of the previous render not written now.
     * A file whose bytes equal the one already in place is left alone, modification time and all,
     * so a re-render rewrites only what changed.
     */
    void commit() throws RecastException {
        stage(MARKER, MARKER_HEADER + "\n" + String.join("\n", staged.keySet()) + "\n");
        try {
            for (Map.Entry<String, Path> file : staged.entrySet()) {
                Path target = root.resolve(file.getKey());
                if (Files.isRegularFile(target) && Files.mismatch(file.getValue(), target) == -1L) {
                    Files.delete(file.getValue());
                    unchanged++;
                } else {
                    moveIntoPlace(file.getValue(), target);
                }
            }
            committed = true;
            for (String old : previous) {
                Path stale = root.resolve(old).normalize();
                if (!staged.containsKey(old) && stale.startsWith(root)) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(),
                    "cannot move outputs into place: " + e.getMessage(), e);
        }
    }

    /** How many files the commit wrote or kept, the marker included. */
    int committed() {
        return staged.size();
    }

    /** How many of them were already in place with the same bytes, and kept. */
    int unchanged() {
        return unchanged;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes what a render that did not commit left: its temporary files and folders it made. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            for (Path temp : staged.values()) {
                Files.deleteIfExists(temp);
            }
            if (createdByUs && Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path folder : walk.sorted(Comparator.reverseOrder()).toList()) {
                        if (Files.isDirectory(folder) && isEmpty(folder)) {
                            Files.delete(folder);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // Best effort: a leftover has a hidden temporary name, never a final one.
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }
}
