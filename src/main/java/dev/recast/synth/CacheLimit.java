package dev.recast.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a cache folder under a size limit by removing the entries used least recently (an
 * entry's modification time is its last use: {@link UtteranceCache} sets it on every hit). Only
 * the cache's own files are counted or removed, whatever else the folder holds.
 *
 * <p>Walking a cache of tens of thousands of entries takes a noticeable part of a re-render
 * (30,000 files, a ten-hour episode's: 0.16-0.34 s), so the folder keeps a ledger: the size the last walk found, and a line per render since with what
 * it stored. The folder is walked only when that sum passes the limit, and then pruned to
 * {@link #PRUNE_TO} of it, so the next walks are some renders away.
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
        Instant now = Instant.now();
        Instant earlier = now.minus(IN_USE);
        return prune(renderStarted.isBefore(earlier) ? renderStarted : earlier);
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
