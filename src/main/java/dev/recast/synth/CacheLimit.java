package dev.recast.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps a cache folder under a size limit by removing the entries used least recently (an
 * entry's modification time is its last use: {@link UtteranceCache} sets it on every hit). Only
 * the cache's own files are counted or removed, whatever else the folder holds.
 *
 * <p>Walking a cache of tens of thousands of entries takes a noticeable part of a re-render
 * (30,000 files, a ten-hour episode's: 0.16-0.34 s), so the folder keeps a ledger: the size the last walk found, and a line per render since with what
 * it stored. The folder is walked only when that sum passes the limit, and then pruned to
 * {@link #PRUNE_TO} of it, so the next walks are some renders away.
 *
 * <p>A render on the cache holds a {@link Use} while it runs: a file in {@link #RENDERS} named by
 * its process, made before it marks the entries it will read. A prune keeps every entry used
 * since the earliest render still running began, however long it runs, so a render beside a
 * prune loses nothing it marked; the file of a render killed is found out by its process being
 * gone, and removed.
 *
 * <p>One class, though long: the ledger, the renders' files and the walk decide together what may
 * be removed and when, and none of them is used apart from a prune.
 */
public final class CacheLimit {

    /** What a cache may hold unless told otherwise; an hour of speech takes some 230 MB, MP3 parts and all. */
    public static final long DEFAULT_BYTES = 5L << 30;
    /**
     * Entries used this recently are never removed: another render on the same cache may be about
     * to read them in place.
     */
    static final Duration IN_USE = Duration.ofHours(1);
    private static final double PRUNE_TO = 0.9;
    static final String LEDGER = "usage";
    private static final String LEDGER_HEADER = "recast cache usage 1";
    private static final Pattern LEDGER_LINE = Pattern.compile("(walked|added) (\\d{1,18})");
    /** The folder of the renders using the cache, one file each. */
    static final String RENDERS = "renders";
    /** A render's file: its process id, that process's start in epoch milliseconds (0 where the system does not say), and a number of its own. */
    private static final Pattern USE = Pattern.compile("(\\d{1,19})-(\\d{1,19})-([0-9a-f]{16})");
    private static final SecureRandom NAMES = new SecureRandom();

    /**
     * A render using the cache, from when it was made to its {@link #close}: the prunes meanwhile,
     * of this process or another, keep every entry used since it began.
     */
    public static final class Use implements AutoCloseable {
        private final Path file;

        private Use(Path file) {
            this.file = file;
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Left behind: a prune finds its process gone and removes it.
            }
        }
    }

    /**
     * What a prune did.
     *
     * @param removed files removed: entries, and temporary files a killed render left
     * @param removedBytes their size
     * @param keptBytes what the cache holds after it; above the limit only when the entries in use hold more
     */
    public record Pruning(int removed, long removedBytes, long keptBytes, long limitBytes) {
    }

    private record Stored(Path path, long bytes, long lastUsedMillis) {
    }

    private final Path folder;
    private final long limitBytes;

    /** @param limitBytes at least 1 */
    public CacheLimit(Path folder, long limitBytes) {
        if (limitBytes < 1) {
            throw new IllegalArgumentException("a cache limit must be at least one byte: " + limitBytes);
        }
        this.folder = folder;
        this.limitBytes = limitBytes;
    }

    /**
     * Marks the cache at {@code folder} as used by a render from now on, before the render marks
     * the entries it will read; empty when the mark cannot be made (a cache shared read-only,
     * which no render of this user prunes either).
     */
    public static Optional<Use> use(Path folder) {
        ProcessHandle self = ProcessHandle.current();
        Path file = folder.resolve(RENDERS).resolve(self.pid() + "-" + startMillis(self).orElse(0L)
                + "-" + String.format("%016x", NAMES.nextLong()));
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file);
            // Set as entries are marked, by this clock, so the two compare.
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(new Use(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }

    /**
     * When the earliest render still using the cache began, if one is; the files of renders whose
     * process is gone are removed. A process id taken again by another process is told apart by
     * its start.
     */
    private Optional<Instant> earliestUse() throws IOException {
        Path renders = folder.resolve(RENDERS);
        if (!Files.isDirectory(renders, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Optional<Instant> earliest = Optional.empty();
        List<Path> files;
        try (Stream<Path> listed = Files.list(renders)) {
            files = listed.toList();
        }
        for (Path file : files) {
            Matcher name = USE.matcher(file.getFileName().toString());
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue;
            }
            if (!name.matches() || !attributes.isRegularFile()) {
                continue;
            }
            long start = Long.parseLong(name.group(2));
            boolean running = ProcessHandle.of(Long.parseLong(name.group(1)))
                    .map(process -> start == 0 || startMillis(process).map(s -> s == start).orElse(true))
                    .orElse(false);
            if (!running) {
                Files.deleteIfExists(file);
                continue;
            }
            Instant began = attributes.lastModifiedTime().toInstant();
            if (earliest.isEmpty() || began.isBefore(earliest.get())) {
                earliest = Optional.of(began);
            }
        }
        return earliest;
    }

    /**
     * Notes what a render stored, and prunes the cache when it may have passed the limit.
     *
     * @param renderStarted entries used since then are the render's own, and kept, however long it ran
     * @return the prune, when one removed anything or left the cache over its limit
     */
    public Optional<Pruning> afterRender(long storedBytes, Instant renderStarted) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        long estimate = ledgerTotal();
        if (estimate >= 0 && estimate + storedBytes <= limitBytes) {
            if (storedBytes > 0) {
                Files.writeString(folder.resolve(LEDGER), "added " + storedBytes + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
            }
            return Optional.empty();
        }
        Instant inUseSince = Instant.now().minus(IN_USE);
        if (renderStarted.isBefore(inUseSince)) {
            inUseSince = renderStarted;
        }
        Optional<Instant> otherRenders = earliestUse();
        if (otherRenders.isPresent() && otherRenders.get().isBefore(inUseSince)) {
            inUseSince = otherRenders.get();
        }
        return prune(inUseSince);
    }

    /** Walks the cache and removes the entries last used before {@code inUseSince}, oldest first, until it fits. */
    private Optional<Pruning> prune(Instant inUseSince) throws IOException {
        List<Stored> entries = new ArrayList<>();
        List<Stored> leftovers = new ArrayList<>();
        walk(entries, leftovers);
        long total = entries.stream().mapToLong(Stored::bytes).sum();
        long cutoff = inUseSince.toEpochMilli();
        int removed = 0;
        long removedBytes = 0;
        for (Stored leftover : leftovers) {
            if (leftover.lastUsedMillis() < cutoff && Files.deleteIfExists(leftover.path())) {
                removed++;
                removedBytes += leftover.bytes();
            }
        }
        if (total > limitBytes) {
            long target = (long) (limitBytes * PRUNE_TO);
            entries.sort(Comparator.comparingLong(Stored::lastUsedMillis));
            for (Stored entry : entries) {
                if (total <= target || entry.lastUsedMillis() >= cutoff) {
                    break;
                }
                if (usedSince(entry.path(), cutoff)) {
                    // Marked by a render that began after the walk: kept.
                    continue;
                }
                if (Files.deleteIfExists(entry.path())) {
                    removed++;
                    removedBytes += entry.bytes();
                }
                total -= entry.bytes();
            }
        }
        writeLedger(total);
        return removed == 0 && total <= limitBytes ? Optional.empty()
                : Optional.of(new Pruning(removed, removedBytes, total, limitBytes));
    }

    /** Whether the file was used since {@code cutoff} milliseconds, as it is now. */
    private static boolean usedSince(Path file, long cutoff) throws IOException {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis() >= cutoff;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** The cache's entries and the temporary files of its writers, in every format version's folder. */
    private void walk(List<Stored> entries, List<Stored> leftovers) throws IOException {
        Files.walkFileTree(folder, Set.of(), 3, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                int depth = folder.relativize(dir).getNameCount();
                String name = dir.getFileName().toString();
                boolean ours = dir.equals(folder)
                        || depth == 1 && UtteranceCache.VERSION_FOLDER.matcher(name).matches()
                        || depth == 2 && UtteranceCache.FAN_OUT_FOLDER.matcher(name).matches();
                return ours ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && folder.relativize(file).getNameCount() == 3) {
                    String name = file.getFileName().toString();
                    Stored found = new Stored(file, attributes.size(), attributes.lastModifiedTime().toMillis());
                    if (UtteranceCache.ENTRY.matcher(name).matches()) {
                        entries.add(found);
                    } else if (UtteranceCache.TEMPORARY.matcher(name).matches()) {
                        leftovers.add(found);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // Removed by a render beside this one since the folder was listed.
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** The ledger's sum, or -1 when there is none or it does not read as one. */
    private long ledgerTotal() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(folder.resolve(LEDGER), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return -1;
        }
        if (lines.size() < 2 || !lines.get(0).equals(LEDGER_HEADER) || !lines.get(1).startsWith("walked ")) {
            return -1;
        }
        long total = 0;
        for (String line : lines.subList(1, lines.size())) {
            Matcher matcher = LEDGER_LINE.matcher(line);
            if (!matcher.matches()) {
                return -1;
            }
            total += Long.parseLong(matcher.group(2));
        }
        return total;
    }

    /** Starts the ledger again from a walk: written beside it and renamed, as entries are. */
    private void writeLedger(long total) throws IOException {
        Path ledger = folder.resolve(LEDGER);
        Path temp = Files.createTempFile(folder, "." + LEDGER, ".tmp");
        try {
            Files.writeString(temp, LEDGER_HEADER + "\nwalked " + total + "\n", StandardCharsets.UTF_8);
            UtteranceCache.moveIntoPlace(temp, ledger);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
