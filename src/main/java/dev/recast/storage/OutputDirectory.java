package dev.recast.storage;

import dev.recast.RecastException;
import dev.recast.concurrent.Shutdown;
import dev.recast.episode.Workers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The folder an episode is rendered into, as a render sees it: claimed under an {@link OutputLock},
 * its outputs {@link Staging staged} into a generation of their own and shown all at once by
 * {@link #commit}, and a {@link RenderMarker} that tells the next render what this one left.
 *
 * <p>A render's files live in a generation folder, {@code .recast/gen-*}; each output's name in
 * the folder ({@code episode.mp3}, {@code sections}, the marker) is a link to
 * {@code .recast/current/NAME}, and the commit switches {@code .recast/current} to the new
 * generation with one rename ({@link GenerationLinks}). So whenever the folder is looked at, even
 * right after a kill -9 in the commit, every name that opens is the last render's or every one is
 * this render's, never a mix. A stop (Ctrl-C, SIGTERM) removes what the render has not committed.
 */
public final class OutputDirectory implements AutoCloseable {

    public static final String MARKER = RenderMarker.NAME;
    /** Held while a render works in the folder: {@code pid host}, so a second render can be refused. */
    public static final String LOCK = OutputLock.NAME;
    /** Recast's own folder in the output folder: the generations and the link to the current one. */
    public static final String STATE = ".recast";
    /** For a test's child JVM: the commit step to wait at, to be killed ({@link Staging#PAUSE_AT}). */
    public static final String PAUSE_AT = Staging.PAUSE_AT;

    /** Writes one file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * One output to stage: where, a digest of everything it is made of (null to always write it),
     * and its content.
     */
    public record Output(String relative, String contentKey, Content content) {
    }

    private final Path root;
    private final RenderMarker last;
    private final boolean createdByUs;
    private final OutputLock lock;
    private final Staging staging;
    /** Cleans up as {@link #close()} does when the process is stopped mid-render: close never runs then. */
    private final Shutdown.Registration onStop;
    /** Set once cleaned up, by {@link #close()} or on a stop. */
    private boolean closed;
    /** The gain of this render, when it levelled the episode. */
    private Optional<RenderMemory.Gain> gain = Optional.empty();
    /** The key of this render's kept readings, when it kept them. */
    private Optional<String> readings = Optional.empty();

    private OutputDirectory(FolderClaim claim, Shutdown shutdown) {
        this.root = claim.root();
        this.last = claim.last();
        this.createdByUs = claim.createdByUs();
        this.lock = claim.lock();
        this.staging = new Staging(root, last.memory());
        this.onStop = shutdown.onStop(this::cleanUp);
    }

    /**
     * Takes a folder for rendering: absent, empty, ours from an earlier render, or anything when
     * {@code force} is set (then only the files this render writes are replaced). Creates the
     * folder and a lock file in it, so a second render into it is refused until this one closes;
     * a lock left by a process that is no longer running is taken over, with a note. A stop of
     * {@code shutdown} removes what this render has not committed.
     */
    public static OutputDirectory claim(Path root, boolean force, Consumer<String> notes, Shutdown shutdown)
            throws RecastException {
        return FolderClaim.take(root, force, notes, shutdown, claim -> new OutputDirectory(claim, shutdown));
    }

    public Path root() {
        return root;
    }

    /** Writes {@code relative} to a temporary file; it reaches its final name at commit. */
    public void stage(String relative, Content content) throws RecastException {
        staging.stage(relative, content);
    }

    public void stage(String relative, String text) throws RecastException {
        staging.stage(relative, text);
    }

    /**
     * Stages each output as {@link #stage(String, Content)} does, unless it is kept as the last
     * render left it (the same content key, the file as that render left it): reserves their
     * temporary files now, for {@link Reserved#write} to fill side by side on the workers, on any
     * thread, while this folder stages others. For outputs that do not read one another, such as
     * WAVs of different spans of the episode.
     */
    public Reserved reserve(List<Output> outputs) throws RecastException {
        List<Output> written = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        for (Output output : outputs) {
            if (!staging.keepsUnchanged(output.relative(), output.contentKey())) {
                written.add(output);
                temps.add(staging.reserve(output.relative()));
            }
        }
        return new Reserved(staging, List.copyOf(written), List.copyOf(temps));
    }

    /** Outputs whose temporary files are reserved; writing them touches nothing else of the folder. */
    public static final class Reserved {
        private final Staging staging;
        private final List<Output> outputs;
        private final List<Path> temps;

        private Reserved(Staging staging, List<Output> outputs, List<Path> temps) {
            this.staging = staging;
            this.outputs = outputs;
            this.temps = temps;
        }

        /** Writes the contents side by side on {@code workers}. */
        public void write(Workers workers) throws RecastException {
            staging.writeAll(outputs, temps, workers);
        }
    }

    /**
     * The temporary file a staged output is in until commit, for outputs made from another one
     * (an encoder reading the WAV, a feed giving the MP3's length in bytes).
     */
    public Path stagedFile(String relative) {
        return staging.stagedFile(relative);
    }

    public boolean isStaged(String relative) {
        return staging.isStaged(relative);
    }

    /**
     * A new empty file beside the outputs for work in progress, hidden, and removed when the
     * render ends whether it commits or not. Beside the outputs rather than in the system's
     * temporary folder, which is often a small tmpfs held in memory.
     */
    public Path scratchFile(String name) throws RecastException {
        return staging.scratchFile(name);
    }

    /** A new empty hidden file in {@code dir} named after {@code name}, with the permissions of any new file. */
    public static Path newHiddenFile(Path dir, String name) throws IOException {
        return HiddenFiles.newFile(dir, name);
    }

    /**
     * The title of the last render into this folder if it had {@code fingerprint} and its files
     * are all in place as it left them (same size, same modification time); empty otherwise.
     */
    public Optional<String> lastRenderIf(String fingerprint) {
        return last.memory().flatMap(memory -> memory.titleIf(fingerprint, root));
    }

    /**
     * The gain the last render into this folder levelled its episode by, if it aimed at the same
     * loudness: a re-render tries it first, so an edit that leaves the episode on target changes
     * no other clip's level.
     */
    public OptionalDouble lastGainDb(double targetLufs) {
        return last.memory().map(memory -> memory.gainDbFor(targetLufs)).orElse(OptionalDouble.empty());
    }

    /** Records, for the next render into this folder, the gain that brought this one to {@code targetLufs}. */
    public void recordGain(double targetLufs, double gainDb) {
        gain = RenderMemory.Gain.of(targetLufs, gainDb);
    }

    /** The key of the readings the last render into this folder kept in the cache, if it kept them. */
    public Optional<String> lastReadings() {
        return last.memory().flatMap(RenderMemory::readings);
    }

    /** Records, for the next render into this folder, the key its {@link KeptReadings} are kept under. */
    public void recordReadings(String key) {
        readings = Optional.of(key);
    }

    /** How many files the last render left, its marker included. */
    public int lastRenderFiles() {
        return last.files().size();
    }

    /**
     * Completes this render's generation and switches the folder to it. A file kept, or staged
     * with the bytes of the one in place, is the last generation's file linked in (a hard link,
     * a copy where the file system has none), modification time and all, so a re-render rewrites
     * only what changed. Each output's name is linked to {@code .recast/current/NAME} first, which
     * shows nothing new while the last generation is current; then one rename of
     * {@code .recast/current} shows every new file at once. Only then are the names this render
     * has not, the last generation and the links left by killed renders removed. The marker
     * records the render's fingerprint and title, and each file's size and modification time,
     * for {@link #lastRenderIf}. A folder written before generations (a marker that is a file)
     * has its files moved into a generation of their own first.
     */
    public void commit(String fingerprint, String title) throws RecastException {
        List<String> adopt = Files.isRegularFile(root.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) ? last.files() : List.of();
        staging.commit(adopt, files -> RenderMarker.write(new RenderMemory(fingerprint, title, files, gain, readings)));
    }

    /**
     * Refuses, before any work, a link Recast did not make where its state or the last render's
     * files live: it never writes or deletes through one, and a user's link is not its to replace.
     */
    public void refuseLinks() throws RecastException {
        Set<String> names = new LinkedHashSet<>();
        names.add(STATE);
        for (String file : last.files()) {
            names.add(Path.of(file).getName(0).toString());
        }
        for (String name : names) {
            GenerationLinks.refuseForeignLink(root, name);
        }
    }

    /** How many files the commit wrote or kept, the marker included. */
    public int committed() {
        return staging.committed();
    }

    /** How many of them were already in place with the same bytes, and kept. */
    public int unchanged() {
        return staging.unchanged();
    }

    /**
     * Releases the lock and removes what a render that did not commit left: its temporary files
     * and the folders it made.
     */
    @Override
    public void close() {
        onStop.withdraw();
        cleanUp();
    }

    /**
     * What {@link #close()} does, once, whichever of close and a stop comes first; a stop during
     * the commit waits for it, so the outputs are the last render's or this one's.
     */
    private synchronized void cleanUp() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            staging.discard();
            lock.release();
            if (!staging.isCommitted() && createdByUs && Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path folder : walk.sorted(Comparator.reverseOrder()).toList()) {
                        if (Files.isDirectory(folder) && HiddenFiles.isEmpty(folder)) {
                            Files.delete(folder);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // Best effort: a leftover has a hidden temporary name, never a final one.
        }
    }

    /** What an I/O failure means to the user, in the OS's words without the path repeated. */
    public static String notWritable(IOException e) {
        if (e instanceof AccessDeniedException
                || e instanceof FileSystemException fs && "Read-only file system".equals(fs.getReason())) {
            return "output directory is not writable";
        }
        return "cannot write: " + reason(e);
    }

    static String reason(IOException e) {
        String why = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return why == null ? e.getClass().getSimpleName() : why.toLowerCase(Locale.ROOT);
    }
}
