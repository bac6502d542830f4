package dev.recast.storage;

import dev.recast.RecastException;
import dev.recast.episode.Workers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder an episode is rendered into. A render writes its files into a generation folder of
 * its own, {@code .recast/gen-*}, unseen; each output's name in the folder ({@code episode.mp3},
 * {@code sections}, the marker) is a link to {@code .recast/current/NAME}, and {@link #commit()}
 * switches {@code .recast/current} to the new generation with one rename. So whenever the folder
 * is looked at, even right after a kill -9 in the commit, every name that opens is the last
 * render's or every one is this render's, never a mix: a name only one of them has is a link
 * that does not open in the other's. A marker file lists what Recast wrote: it tells a folder of
 * ours (safe to re-render into) from a user's folder.
 */
public final class OutputDirectory implements AutoCloseable {

    public static final String MARKER = ".recast-output";
    /** Held while a render works in the folder: {@code pid host}, so a second render can be refused. */
    public static final String LOCK = ".recast-lock";
    private static final String MARKER_HEADER = "# Written by recast; lists the files of the last render.";
    /** Marker lines, comments to a plain reading of the list, that let a render tell nothing changed. */
    private static final String RENDER = "#render ";
    private static final String TITLE = "#title ";
    private static final String STAMP = "#stamp ";
    /** {@code #content KEY FILE}: a digest of what an output was made from, when its maker gave one. */
    private static final String CONTENT = "#content ";
    /** {@code #gain TARGET GAIN}: the loudness target and the gain in dB that met it. */
    private static final String GAIN = "#gain ";
    /** {@code #readings KEY}: the utterance cache's entry of what the render measured ({@link KeptReadings}). */
    private static final String READINGS = "#readings ";
    private static final Pattern READINGS_KEY = Pattern.compile("[0-9a-f]{64}");
    /** Recast's own folder in the output folder: the generations and the link to the current one. */
    public static final String STATE = ".recast";
    /**
     * Set only by a test's child JVM, to {@code switch} or {@code tidy}: the commit waits there
     * (just before its switch, or just after it) to be killed.
     */
    public static final String PAUSE_AT = "recast.test.pauseCommitAt";

    /** Writes one file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static final Random TEMP_NAMES = new SecureRandom();

    private final Path root;
    private final List<String> marker;
    private final List<String> previous;
    private final boolean createdByUs;
    private final Path lock;
    /** This render's generation folder, made when the first output is staged. */
    private Path generation;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    /** Outputs of the last render that are already what this one would write: left in place. */
    private final Set<String> kept = new LinkedHashSet<>();
    /** The content key of each output staged or kept with one. */
    private final Map<String, String> contentKeys = new LinkedHashMap<>();
    private final List<Path> scratch = new ArrayList<>();
    /**
     * Cleans up as {@link #close()} does when the JVM is stopped mid-render (Ctrl-C, SIGTERM):
     * close never runs then, and the unfinished outputs, the size of the episode, would stay.
     */
    private final Thread onStop = new Thread(this::cleanUp, "recast-output-cleanup");
    private boolean committed;
    /** Set once cleaned up, by {@link #close()} or on a stop: nothing more is written. */
    private boolean closed;
    private int unchanged;
    /** The {@link #GAIN} line of this render, when it levelled the episode. */
    private String gain;
    /** The {@link #READINGS} line of this render, when it kept its readings. */
    private String readings;

    private OutputDirectory(Path root, List<String> marker, boolean createdByUs, Path lock) {
        this.root = root;
        this.marker = marker;
        this.previous = marker.stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        this.createdByUs = createdByUs;
        this.lock = lock;
    }

    /**
     * Takes a folder for rendering: absent, empty, ours from an earlier render, or anything when
     * {@code force} is set (then only the files this render writes are replaced). Creates the
     * folder and a lock file in it, so a second render into it is refused until this one closes;
     * a lock left by a process that is no longer running is taken over, with a note.
     */
    public static OutputDirectory claim(Path root, boolean force, Consumer<String> notes) throws RecastException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw RecastException.input(root.toString(), "output path is a file, not a directory");
        }
        boolean createdByUs = !Files.exists(root);
        // Until the claimed folder's own hook is in place, a stop removes the lock and folder made
        // for it. The main thread runs on while hooks run, so the claim and the hook take turns: a
        // stop that comes first leaves nothing to make, one that comes during the claim waits for it.
        Claiming claiming = new Claiming();
        Thread whileClaiming = new Thread(() -> claiming.stop(root.resolve(LOCK), createdByUs ? root : null),
                "recast-output-claim");
        Runtime.getRuntime().addShutdownHook(whileClaiming);
        try {
            synchronized (claiming) {
                if (claiming.stopped) {
                    throw new IllegalStateException("stopping: the output directory is not claimed");
                }
                return claim(root, createdByUs, force, notes);
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(whileClaiming);
            } catch (IllegalStateException stopping) {
                // The hook runs.
            }
        }
    }

    private static OutputDirectory claim(Path root, boolean createdByUs, boolean force, Consumer<String> notes)
            throws RecastException {
        Path lock;
        try {
            lock = lock(root, notes);
        } catch (RecastException e) {
            release(null, createdByUs ? root : null);
            throw e;
        }
        try {
            List<String> lines = List.of();
            Path marker = root.resolve(MARKER);
            if (Files.isRegularFile(marker)) {
                lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            } else if (!force && !holdsNoFileButLock(root)) {
                throw RecastException.input(root.toString(),
                        "output directory is not empty and was not written by recast (use --force to write into it)");
            }
            OutputDirectory claimed = new OutputDirectory(root, lines, createdByUs, lock);
            Runtime.getRuntime().addShutdownHook(claimed.onStop);
            return claimed;
        } catch (IOException | RecastException | RuntimeException e) {
            release(lock, createdByUs ? root : null);
            if (e instanceof RecastException recast) {
                throw recast;
            }
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(),
                    "cannot read output directory: " + e.getMessage(), e);
        }
    }

    private static Path lock(Path root, Consumer<String> notes) throws RecastException {
        Path lock = root.resolve(LOCK);
        String owner = owner();
        try {
            Files.createDirectories(root);
            try {
                create(lock, owner);
                return lock;
            } catch (FileAlreadyExistsException held) {
                String[] holder;
                try {
                    holder = Files.readString(lock, StandardCharsets.UTF_8).strip().split("\\s+");
                } catch (NoSuchFileException released) {
                    // The holder finished between our two steps: the folder is free now.
                    create(lock, owner);
                    return lock;
                }
                long pid = holder.length > 0 && holder[0].matches("\\d{1,18}") ? Long.parseLong(holder[0]) : -1;
                boolean here = holder.length > 1 && holder[1].equals(host());
                boolean alive = here && pid >= 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                // Another host's process cannot be checked from here, so its lock holds.
                if (pid < 0 || !here || alive) {
                    throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(),
                            "output directory is being rendered by another recast (pid " + (pid < 0 ? "unknown" : pid)
                                    + (here || holder.length < 2 ? "" : " on " + holder[1]) + "); wait for it, or remove "
                                    + lock + " if no recast is running");
                }
                // The holder died without closing (killed, power loss): its lock means nothing now.
                Files.delete(lock);
                create(lock, owner);
                int removed = removeUnfinished(root, pid);
                notes.accept("took over " + lock + " left by pid " + pid + ", which is no longer running"
                        + (removed == 0 ? "" : ", and removed the " + removed + " unfinished "
                                + (removed == 1 ? "file" : "files") + " it left"));
                return lock;
            }
        } catch (FileAlreadyExistsException raced) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(),
                    "output directory is being rendered by another recast; wait for it, or remove "
                            + lock + " if no recast is running", raced);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(), notWritable(e), e);
        }
    }

    /**
     * Removes what a render with {@code pid} left under {@code root} when it was killed: its
     * temporary files and links ({@link #newHiddenFile}), and every generation but the current
     * one (its own unfinished one, or the one it replaced when killed after its switch); returns
     * how many files of its own. Nothing is writing them: its lock was ours to take.
     */
    private static int removeUnfinished(Path root, long pid) throws IOException {
        Pattern unfinished = Pattern.compile("\\..+\\." + pid + "\\.[0-9a-z]+\\.tmp");
        Path state = root.resolve(STATE);
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
        Optional<Path> current = GenerationLinks.currentGeneration(root);
        if (Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)) {
            // Killed after its switch, it left the generation it replaced, not an unfinished one.
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(state, GenerationLinks.GENERATION + "*")) {
                for (Path generation : entries) {
                    if (!current.equals(Optional.of(generation)) && Files.isDirectory(generation, LinkOption.NOFOLLOW_LINKS)) {
                        int files = GenerationLinks.deleteTree(generation);
                        removed += generation.getFileName().toString().startsWith(GenerationLinks.GENERATION + pid + "-") ? files : 0;
                    }
                }
            }
        }
        return removed;
    }

    /** What an I/O failure means to the user, in the OS's words without the path repeated. */
    public static String notWritable(IOException e) {
        if (e instanceof AccessDeniedException
                || e instanceof FileSystemException fs && "Read-only file system".equals(fs.getReason())) {
            return "output directory is not writable";
        }
        return "cannot write: " + reason(e);
    }

    private static String reason(IOException e) {
        String why = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return why == null ? e.getClass().getSimpleName() : why.toLowerCase(Locale.ROOT);
    }

    /** Creates the lock whole or not at all: a lock that could not be written (disk full) is removed. */
    private static void create(Path lock, String owner) throws IOException {
        try (OutputStream out = Files.newOutputStream(lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(owner.getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException held) {
            throw held;
        } catch (IOException e) {
            Files.deleteIfExists(lock);
            throw e;
        }
    }

    /** What the lock holds while this process renders: its pid and this machine's name. */
    private static String owner() {
        return ProcessHandle.current().pid() + " " + host() + "\n";
    }

    /** This machine's name, from the kernel where it can be read, so no DNS lookup can stall a render. */
    static String host() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException notLinux) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "localhost";
            }
        }
    }

    /** A claim under way, and whether a stop came: the two take turns on it. */
    private static final class Claiming {
        private boolean stopped;

        /** {@link #release}, the lock only when it names this process: the claim may have failed to take it. */
        synchronized void stop(Path lock, Path createdRoot) {
            stopped = true;
            try {
                if (Files.readString(lock, StandardCharsets.UTF_8).equals(owner())) {
                    release(lock, createdRoot);
                    return;
                }
            } catch (IOException e) {
                // No lock, or another process's.
            }
            release(null, createdRoot);
        }
    }

    /** Removes our {@code lock} (none when null) and the folder we created, if nothing else is in it. */
    private static void release(Path lock, Path createdRoot) {
        try {
            if (lock != null) {
                Files.deleteIfExists(lock);
            }
            if (createdRoot != null && Files.isDirectory(createdRoot) && isEmpty(createdRoot)) {
                Files.delete(createdRoot);
            }
        } catch (IOException e) {
            // Best effort: a lock whose process is gone is taken over by the next render.
        }
    }

    public Path root() {
        return root;
    }

    /** Writes {@code relative} to a temporary file; it reaches its final name at commit. */
    public void stage(String relative, Content content) throws RecastException {
        Path temp = reserve(relative);
        try {
            write(relative, temp, content);
        } catch (WriteFailure e) {
            throw e.asRecastException();
        }
    }

    /**
     * One output to stage: where, a digest of everything it is made of (null to always write it),
     * and its content.
     */
    public record Output(String relative, String contentKey, Content content) {
    }

    /**
     * Stages each output as {@link #stage(String, Content)} does, unless it is kept as the last
     * render left it ({@link #keepsUnchanged}): reserves their temporary files now, for
     * {@link Reserved#write} to fill side by side on the workers, on any thread, while this folder
     * stages others. For outputs that do not read one another, such as WAVs of different spans of
     * the episode.
     */
    public Reserved reserve(List<Output> outputs) throws RecastException {
        List<Output> written = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        for (Output output : outputs) {
            if (!keepsUnchanged(output.relative(), output.contentKey())) {
                written.add(output);
                temps.add(reserve(output.relative()));
            }
        }
        return new Reserved(List.copyOf(written), List.copyOf(temps));
    }

    /** Outputs whose temporary files are reserved; writing them touches nothing else of the folder. */
    public final class Reserved {
        private final List<Output> outputs;
        private final List<Path> temps;

        private Reserved(List<Output> outputs, List<Path> temps) {
            this.outputs = outputs;
            this.temps = temps;
        }

        /** Writes the contents side by side on {@code workers}. */
        public void write(Workers workers) throws RecastException {
            try {
                workers.inOrder(outputs.size(), i -> () -> {
                    OutputDirectory.this.write(outputs.get(i).relative(), temps.get(i), outputs.get(i).content());
                    return i;
                }, done -> { });
            } catch (WriteFailure e) {
                throw e.asRecastException();
            } catch (IOException e) {
                throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(), notWritable(e), e);
            }
        }
    }

    /** A new file for {@code relative} in this render's generation, staged under its name. */
    private synchronized Path reserve(String relative) throws RecastException {
        requireOpen();
        refuseLinkAt(Path.of(relative).getName(0).toString());
        try {
            Path file = generation().resolve(relative);
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file); // staged a second time: the later content is the output
            staged.put(relative, Files.createFile(file));
            return file;
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.resolve(relative).toString(),
                    notWritable(e), e);
        }
    }

    private void write(String relative, Path temp, Content content) throws WriteFailure {
        // Not created again if a stop's cleanup removed it while this waited on a worker.
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw new WriteFailure(root.resolve(relative), notWritable(e), e);
        } catch (RuntimeException e) {
            throw new WriteFailure(root.resolve(relative), "cannot write: " + e.getMessage(), e);
        }
    }

    /** Writing an output failed: carried out of a worker as an I/O error, told as where and what. */
    private static final class WriteFailure extends IOException {
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
     * Whether {@code relative} is kept as the last render left it, because it has the same
     * content key and the size and modification time the last render recorded: then the file in
     * place is already what its content would write, and it counts as staged, unread.
     */
    private boolean keepsUnchanged(String relative, String contentKey) {
        if (contentKey == null) {
            return false;
        }
        contentKeys.put(relative, contentKey);
        String recorded = recordedStamp(relative);
        if (marker.contains(CONTENT + contentKey + " " + relative) && recorded != null
                && recorded.equals(stamp(root.resolve(relative)))) {
            kept.add(relative);
            return true;
        }
        return false;
    }

    /** The {@code size modified} the last render recorded for {@code relative}, or null. */
    private String recordedStamp(String relative) {
        for (String line : marker) {
            if (line.startsWith(STAMP)) {
                String[] parts = line.substring(STAMP.length()).split(" ", 3);
                if (parts.length == 3 && parts[2].equals(relative)) {
                    return parts[0] + " " + parts[1];
                }
            }
        }
        return null;
    }

    /**
     * A new empty hidden file in {@code dir} named after {@code name}. Not createTempFile: its
     * owner-only permissions would stay on the renamed output, and a podcast's files are served
     * to others; this one gets the permissions of any new file (the umask's).
     */
    public static Path newHiddenFile(Path dir, String name) throws IOException {
        while (true) {
            try {
                return Files.createFile(newHiddenName(dir, name));
            } catch (FileAlreadyExistsException e) {
                // Taken, by a render killed earlier with the same pid: draw another name.
            }
        }
    }

    /** A hidden temporary name in {@code dir} for {@code name}, which a stale lock's taker removes. */
    static Path newHiddenName(Path dir, String name) {
        return dir.resolve("." + name + "." + ProcessHandle.current().pid() + "."
                + Long.toUnsignedString(TEMP_NAMES.nextLong(), 36) + ".tmp");
    }

    /**
     * The temporary file a staged output is in until commit, for outputs made from another one
     * (an encoder reading the WAV, a feed giving the MP3's length in bytes).
     */
    public Path stagedFile(String relative) {
        if (kept.contains(relative)) {
            return root.resolve(relative);
        }
        Path temp = staged.get(relative);
        if (temp == null) {
            throw new IllegalStateException(relative + " is not staged");
        }
        return temp;
    }

    /**
     * A new empty file beside the outputs for work in progress, hidden, and removed when the
     * render ends whether it commits or not. Beside the outputs rather than in the system's
     * temporary folder, which is often a small tmpfs held in memory.
     */
    public synchronized Path scratchFile(String name) throws RecastException {
        requireOpen();
        try {
            Path file = newHiddenFile(root, name);
            scratch.add(file);
            return file;
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, root.toString(), notWritable(e), e);
        }
    }

    public boolean isStaged(String relative) {
        return staged.containsKey(relative) || kept.contains(relative);
    }

    public void stage(String relative, String text) throws RecastException {
        stage(relative, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The title of the last render into this folder if it had {@code fingerprint} and its files
     * are all in place as it left them (same size, same modification time); empty otherwise.
     */
    public Optional<String> lastRenderIf(String fingerprint) {
        if (!marker.contains(RENDER + fingerprint)) {
            return Optional.empty();
        }
        String title = null;
        int stamped = 0;
        for (String line : marker) {
            if (line.startsWith(TITLE)) {
                title = line.substring(TITLE.length());
            } else if (line.startsWith(STAMP)) {
                String[] parts = line.substring(STAMP.length()).split(" ", 3);
                if (parts.length < 3 || !root.resolve(parts[2]).normalize().startsWith(root)
                        || !stamp(root.resolve(parts[2])).equals(parts[0] + " " + parts[1])) {
                    return Optional.empty();
                }
                stamped++;
            }
        }
        return stamped == previous.size() - 1 && title != null ? Optional.of(title) : Optional.empty();
    }

    /**
     * The gain the last render into this folder levelled its episode by, if it aimed at the same
     * loudness: a re-render tries it first, so an edit that leaves the episode on target changes
     * no other clip's level.
     */
    public OptionalDouble lastGainDb(double targetLufs) {
        for (String line : marker) {
            if (line.startsWith(GAIN)) {
                String[] parts = line.substring(GAIN.length()).split(" ");
                try {
                    if (parts.length == 2 && Double.parseDouble(parts[0]) == targetLufs) {
                        double gainDb = Double.parseDouble(parts[1]);
                        return Double.isFinite(gainDb) ? OptionalDouble.of(gainDb) : OptionalDouble.empty();
                    }
                } catch (NumberFormatException e) {
                    return OptionalDouble.empty();
                }
            }
        }
        return OptionalDouble.empty();
    }

    /** Records, for the next render into this folder, the gain that brought this one to {@code targetLufs}. */
    public void recordGain(double targetLufs, double gainDb) {
        gain = GAIN + targetLufs + " " + gainDb;
    }

    /** The key of the readings the last render into this folder kept in the cache, if it kept them. */
    public Optional<String> lastReadings() {
        return marker.stream().filter(line -> line.startsWith(READINGS))
                .map(line -> line.substring(READINGS.length()))
                // A marker edited by hand must not name a file outside the cache.
                .filter(key -> READINGS_KEY.matcher(key).matches())
                .findFirst();
    }

    /** Records, for the next render into this folder, the key its {@link KeptReadings} are kept under. */
    public void recordReadings(String key) {
        readings = READINGS + key;
    }

    /** How many files the last render left, its marker included. */
    public int lastRenderFiles() {
        return previous.size();
    }

    /** {@code size modified} of a file, or {@code missing}. */
    private static String stamp(Path file) {
        try {
            return Files.size(file) + " " + Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return "missing";
        }
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
     * for {@link #lastRenderIf}.
     */
    public synchronized void commit(String fingerprint, String title) throws RecastException {
        requireOpen();
        try {
            adoptFilesInPlace();
            Path current = root.resolve(STATE).resolve(GenerationLinks.CURRENT);
            List<String> stamps = new ArrayList<>();
            List<String> files = new ArrayList<>(kept);
            for (String relative : kept) {
                unchanged++;
                stamps.add(CONTENT + contentKeys.get(relative) + " " + relative);
                stamps.add(STAMP + stamp(root.resolve(relative)) + " " + relative);
            }
            for (Map.Entry<String, Path> file : staged.entrySet()) {
                Path last = current.resolve(file.getKey());
                String key = contentKeys.get(file.getKey());
                if (key != null) {
                    stamps.add(CONTENT + key + " " + file.getKey());
                }
                if (Files.isRegularFile(last, LinkOption.NOFOLLOW_LINKS)
                        && Files.mismatch(file.getValue(), last) == -1L) {
                    Files.delete(file.getValue());
                    GenerationLinks.carry(last, file.getValue());
                    unchanged++;
                }
                stamps.add(STAMP + stamp(file.getValue()) + " " + file.getKey());
                files.add(file.getKey());
            }
            for (String relative : kept) {
                GenerationLinks.carry(current.resolve(relative), generation().resolve(relative));
            }
            files.add(MARKER);
            if (gain != null) {
                stamps.add(gain);
            }
            if (readings != null) {
                stamps.add(readings);
            }
            stage(MARKER, String.join("\n", MARKER_HEADER, RENDER + fingerprint,
                    TITLE + title.replaceAll("[\\r\\n]+", " "), String.join("\n", stamps), String.join("\n", files))
                    + "\n");
            Set<String> names = new LinkedHashSet<>();
            for (String file : files) {
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
                    "cannot move outputs into place: " + reason(e), e);
        }
    }

    /** This render's generation folder, made when first asked for. */
    private Path generation() throws IOException {
        if (generation == null) {
            Path state = Files.createDirectories(root.resolve(STATE));
            generation = Files.createDirectory(state.resolve(GenerationLinks.GENERATION + ProcessHandle.current().pid() + "-"
                    + Long.toUnsignedString(TEMP_NAMES.nextLong(), 36)));
        }
        return generation;
    }

    /**
     * Moves a folder's outputs that are files in place, as Recast before generations wrote them
     * (a marker that is a file), into a generation of their own first, name by name, each name
     * showing the same bytes throughout; only a folder such as {@code sections/} cannot be swapped
     * for a link in one step, and is missing between two renames.
     */
    private void adoptFilesInPlace() throws IOException, RecastException {
        if (!Files.isRegularFile(root.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path state = Files.createDirectories(root.resolve(STATE));
        Path adopted = Files.createDirectory(state.resolve(GenerationLinks.GENERATION + "adopted-"
                + Long.toUnsignedString(TEMP_NAMES.nextLong(), 36)));
        Set<String> names = new LinkedHashSet<>();
        for (String relative : previous) {
            Path file = root.resolve(relative).normalize();
            if (file.startsWith(root) && !file.startsWith(state) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                GenerationLinks.carry(file, adopted.resolve(relative));
                names.add(root.relativize(file).getName(0).toString());
            }
        }
        GenerationLinks.switchTo(root, adopted);
        for (String name : names) {
            Optional<Path> moved = GenerationLinks.link(root, name);
            if (moved.isPresent()) {
                // The folder's files are the adopted generation's now: what is left is a user's.
                for (String relative : previous) {
                    Path file = moved.get().resolveSibling(relative).normalize();
                    if (file.startsWith(moved.get()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(file);
                    }
                }
                GenerationLinks.removeEmptyFolders(moved.get().getParent());
            }
        }
    }

    /**
     * Refuses, before any work, a link Recast did not make where its state or the last render's
     * files live: it never writes or deletes through one, and a user's link is not its to replace.
     */
    public void refuseLinks() throws RecastException {
        Set<String> names = new LinkedHashSet<>();
        names.add(STATE);
        for (String old : previous) {
            names.add(Path.of(old).getName(0).toString());
        }
        for (String name : names) {
            refuseLinkAt(name);
        }
    }

    private void refuseLinkAt(String name) throws RecastException {
        Path at = root.resolve(name);
        if (Files.isSymbolicLink(at) && !GenerationLinks.isOurLink(at)) {
            throw RecastException.input(at.toString(),
                    "is a link recast did not make; it writes no file through a link in its output folder (remove it)");
        }
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
    public int committed() {
        return staged.size() + kept.size();
    }

    /** How many of them were already in place with the same bytes, and kept. */
    public int unchanged() {
        return unchanged;
    }

    /**
     * Releases the lock and removes what a render that did not commit left: its temporary files
     * and the folders it made.
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onStop);
        } catch (IllegalStateException stopping) {
            // The JVM is stopping: the hook cleans up, or already has.
        }
        cleanUp();
    }

    /** Refuses to write once cleaned up, so a render being stopped leaves no file the cleanup missed. */
    private void requireOpen() throws RecastException {
        if (closed) {
            throw new RecastException(RecastException.Kind.FAILURE, root.toString(), "the render was stopped");
        }
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
            for (Path file : scratch) {
                Files.deleteIfExists(file);
            }
            if (!committed && generation != null) {
                GenerationLinks.deleteTree(generation);
                if (isEmpty(generation.getParent())) {
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
            Files.deleteIfExists(lock);
            if (!committed && createdByUs && Files.isDirectory(root)) {
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

    /**
     * Whether {@code dir} holds no file but our lock, in it or in its folders: nothing of the
     * user's to overwrite, though a killed render may have left the folders it made, and its
     * links to a generation that never became current.
     */
    private static boolean holdsNoFileButLock(Path dir) throws IOException {
        Path lock = dir.resolve(LOCK);
        Path state = dir.resolve(STATE);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.allMatch(entry -> entry.equals(lock) || entry.startsWith(state) || GenerationLinks.isOurLink(entry)
                    || Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS));
        }
    }

    static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }
}
