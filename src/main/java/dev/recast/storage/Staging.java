package dev.recast.storage;

import dev.recast.RecastException;
import dev.recast.episode.Workers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A render's outputs on their way into the folder: written unseen into a generation of their own
 * and shown all at once by {@link #commit}, or kept as the last render left them when they are
 * already what it would write; and its scratch files. Removes what it made when the render ends
 * without committing, or is stopped: after that nothing more is written.
 */
final class Staging {

    /**
     * Set only by a test's child JVM, to {@code switch} or {@code tidy}: the commit waits there
     * (just before its switch, or just after it) to be killed.
     */
    static final String PAUSE_AT = "recast.test.pauseCommitAt";

    private final Path root;
    /** What the last render into the folder left, to tell which outputs are unchanged. */
    private final Optional<RenderMemory> last;
    /** This render's generation folder, made when the first output is staged. */
    private Path generation;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    /** Outputs of the last render that are already what this one would write: left in place. */
    private final Set<String> kept = new LinkedHashSet<>();
    /** The content key of each output staged or kept with one. */
    private final Map<String, String> contentKeys = new LinkedHashMap<>();
    private final List<Path> scratch = new ArrayList<>();
    private boolean committed;
    /** Set once discarded: nothing more is written. */
    private boolean closed;
    private int unchanged;

    Staging(Path root, Optional<RenderMemory> last) {
        this.root = root;
        this.last = last;
    }

    /** Writes {@code relative} to a new file of this render's generation; it is shown at commit. */
    void stage(String relative, OutputDirectory.Content content) throws RecastException {
        Path temp = reserve(relative);
        try {
            write(relative, temp, content);
        } catch (WriteFailure e) {
            throw e.asRecastException();
        }
    }

    void stage(String relative, String text) throws RecastException {
        stage(relative, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new file for {@code relative} in this render's generation, staged under its name. */
    synchronized Path reserve(String relative) throws RecastException {
        requireOpen();
        GenerationLinks.refuseForeignLink(root, Path.of(relative).getName(0).toString());
        try {
            Path file = generation().resolve(relative);
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file); // staged a second time: the later content is the output
            staged.put(relative, Files.createFile(file));
            return file;
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.resolve(relative).toString(),
                    OutputDirectory.notWritable(e), e);
        }
    }

    void write(String relative, Path temp, OutputDirectory.Content content) throws WriteFailure {
        // Not created again if a stop's cleanup removed it while this waited on a worker.
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw new WriteFailure(root.resolve(relative), OutputDirectory.notWritable(e), e);
        } catch (RuntimeException e) {
            throw new WriteFailure(root.resolve(relative), "cannot write: " + e.getMessage(), e);
        }
    }

    /** Writes {@code contents} into their reserved {@code temps} side by side on {@code workers}. */
    void writeAll(List<OutputDirectory.Output> outputs, List<Path> temps, Workers workers) throws RecastException {
        try {
            workers.inOrder(outputs.size(), i -> () -> {
                write(outputs.get(i).relative(), temps.get(i), outputs.get(i).content());
                return i;
            }, done -> { });
        } catch (WriteFailure e) {
            throw e.asRecastException();
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(), OutputDirectory.notWritable(e), e);
        }
    }

    /** Writing an output failed: carried out of a worker as an I/O error, told as where and what. */
    static final class WriteFailure extends IOException {
        private final Path target;

        WriteFailure(Path target, String message, Exception cause) {
            super(message, cause);
            this.target = target;
        }

        RecastException asRecastException() {
            return new RecastException(RecastException.Kind.ENVIRONMENT, target.toString(), getMessage(), getCause());
        }
    }

    /**
     * Whether {@code relative} is kept as the last render left it, because that render wrote it
     * from the same content key and it is in place as it was left: then it counts as staged, unread.
     */
    boolean keepsUnchanged(String relative, String contentKey) {
        if (contentKey == null) {
            return false;
        }
        contentKeys.put(relative, contentKey);
        if (last.isPresent() && last.get().wroteUnchanged(relative, contentKey, root)) {
            kept.add(relative);
            return true;
        }
        return false;
    }

    /** The file a staged or kept output is in until commit. */
    Path stagedFile(String relative) {
        if (kept.contains(relative)) {
            return root.resolve(relative);
        }
        Path temp = staged.get(relative);
        if (temp == null) {
            throw new IllegalStateException(relative + " is not staged");
        }
        return temp;
    }

    boolean isStaged(String relative) {
        return staged.containsKey(relative) || kept.contains(relative);
    }

    /** A new hidden file beside the outputs, removed when the render ends. */
    synchronized Path scratchFile(String name) throws RecastException {
        requireOpen();
        try {
            Path file = HiddenFiles.newFile(root, name);
            scratch.add(file);
            return file;
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(), OutputDirectory.notWritable(e), e);
        }
    }

    /**
     * Completes this render's generation and switches the folder to it, as
     * {@link OutputDirectory#commit} tells; {@code marker} gives the marker's text for the files
     * this render leaves.
     *
     * @param adopt the files of a folder written before generations, to move into one first; empty for none
     */
    synchronized void commit(List<String> adopt, Function<List<RenderMemory.WrittenFile>, String> marker)
            throws RecastException {
        requireOpen();
        try {
            if (!adopt.isEmpty()) {
                GenerationLinks.adoptFilesInPlace(root, adopt);
            }
            Path current = root.resolve(OutputDirectory.STATE).resolve(GenerationLinks.CURRENT);
            List<RenderMemory.WrittenFile> written = new ArrayList<>();
            for (String relative : kept) {
                unchanged++;
                written.add(RenderMemory.WrittenFile.at(root.resolve(relative), relative, Optional.of(contentKeys.get(relative))));
            }
            for (Map.Entry<String, Path> file : staged.entrySet()) {
                Path lastFile = current.resolve(file.getKey());
                if (Files.isRegularFile(lastFile, LinkOption.NOFOLLOW_LINKS)
                        && Files.mismatch(file.getValue(), lastFile) == -1L) {
                    Files.delete(file.getValue());
                    GenerationLinks.carry(lastFile, file.getValue());
                    unchanged++;
                }
                written.add(RenderMemory.WrittenFile.at(file.getValue(), file.getKey(),
                        Optional.ofNullable(contentKeys.get(file.getKey()))));
            }
            for (String relative : kept) {
                GenerationLinks.carry(current.resolve(relative), generation().resolve(relative));
            }
            stage(RenderMarker.NAME, marker.apply(written));
            Set<String> names = new LinkedHashSet<>();
            for (String file : staged.keySet()) {
                names.add(Path.of(file).getName(0).toString());
            }
            for (String file : kept) {
                names.add(Path.of(file).getName(0).toString());
            }
            for (String name : names) {
                GenerationLinks.link(root, name);
            }
            pauseForTest("switch");
            GenerationLinks.switchTo(root, generation);
            committed = true;
            pauseForTest("tidy");
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                for (Path entry : entries) {
                    if (GenerationLinks.isOurLink(entry) && !names.contains(entry.getFileName().toString())) {
                        Files.delete(entry);
                    }
                }
            }
            GenerationLinks.removeGenerationsBut(root, generation);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(),
                    "cannot move outputs into place: " + OutputDirectory.reason(e), e);
        }
    }

    /** This render's generation folder, made when first asked for. */
    private Path generation() throws IOException {
        if (generation == null) {
            generation = GenerationLinks.newGeneration(root, String.valueOf(ProcessHandle.current().pid()));
        }
        return generation;
    }

    /**
     * For a test's child JVM only: with the system property {@link #PAUSE_AT} naming {@code step},
     * says {@code paused at STEP} on stdout and waits there to be killed.
     */
    private static void pauseForTest(String step) {
        if (step.equals(System.getProperty(PAUSE_AT))) {
            System.out.println("paused at " + step);
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many files the commit wrote or kept, the marker included. */
    int committed() {
        return staged.size() + kept.size();
    }

    /** How many of them were already in place with the same bytes, and kept. */
    int unchanged() {
        return unchanged;
    }

    boolean isCommitted() {
        return committed;
    }

    /** Refuses to write once discarded, so a render being stopped leaves no file the cleanup missed. */
    private void requireOpen() throws RecastException {
        if (closed) {
            throw new RecastException(RecastException.Kind.FAILURE, root.toString(), "the render was stopped");
        }
    }

    /**
     * Removes the scratch files and, unless committed, the generation and the links made to it;
     * waits for a commit under way, so the outputs are the last render's or this one's.
     */
    synchronized void discard() throws IOException {
        closed = true;
        for (Path file : scratch) {
            Files.deleteIfExists(file);
        }
        if (!committed && generation != null) {
            GenerationLinks.deleteTree(generation);
            if (HiddenFiles.isEmpty(generation.getParent())) {
                Files.delete(generation.getParent());
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                for (Path entry : entries) {
                    if (GenerationLinks.isOurLink(entry) && !Files.exists(entry)) {
                        Files.delete(entry);
                    }
                }
            }
        }
    }
}
