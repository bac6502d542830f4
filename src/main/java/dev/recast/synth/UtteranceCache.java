package dev.recast.synth;

import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Synthesized clips on disk, addressed by everything that shapes their sound: a re-render
 * synthesizes only the utterances whose key changed. An entry is a small header (with a digest
 * of its own key), the samples and a CRC-32 of both; it is written to a temporary name and
 * renamed, so a killed render or a concurrent one never leaves a torn entry under a final name,
 * and an entry damaged later, or moved under another key, is reported as absent and synthesized
 * again rather than stitched in. Only regular files are read: an entry that is a symbolic link,
 * a folder, a pipe or larger than any entry can be is damaged, removed, and never followed. What is made from keyed
 * clips (levelled clips, encoded MP3 parts) is kept here the same way, under keys of its own.
 * Each entry found is marked as used now (its modification time), so a {@link CacheLimit} removes
 * the entries used least recently first. A {@link SharedCache} may stand behind the folder: an
 * entry missing here is fetched from it, checked as a local one is and kept here, and an entry
 * stored here is offered to it.
 *
 * <p>One class, though long: an entry's layout and the care taken with its file meet in reading
 * it, where the header is checked against the file's size before the rest is read, and in
 * storing it, where the bytes are sealed by their CRC and renamed into place; apart, each half
 * would be safe only in the other's hands. The shared tier goes through the same two halves: a
 * fetched entry is checked as a file is, and offered as it was sealed.
 */
public final class UtteranceCache {

    /** Bumped whenever the entry layout or the adapter's processing of engine audio changes. */
    static final int FORMAT_VERSION = 3;
    private static final int MAGIC = 0x52434c50; // "RCLP"
    private static final int BYTES_MAGIC = 0x52425954; // "RBYT"
    /** The digest of the key an entry is stored under, in its header: a file moved under another key is found out. */
    private static final int KEY_DIGEST_BYTES = 32;
    private static final int HEADER_BYTES = 12 + KEY_DIGEST_BYTES;
    private static final int TRAILER_BYTES = 4;
    /** The most written at once: the JDK copies each write of heap bytes through a direct buffer of its size. */
    private static final int WRITE_BYTES = 64 * 1024;
    /**
     * The largest entry read: far above any Recast stores (an utterance is at most 40 words, some
     * 1 MB; an MP3 part of an hour at 320 kbit/s is 144 MB), far below what would exhaust memory.
     */
    static final long MAX_ENTRY_BYTES = 256L << 20;
    /** The names this class gives in a cache folder, of any format version: a {@link CacheLimit} removes only these. */
    static final Pattern VERSION_FOLDER = Pattern.compile("clips-v\\d+");
    static final Pattern FAN_OUT_FOLDER = Pattern.compile("[0-9a-f]{2}");
    static final Pattern ENTRY = Pattern.compile("[0-9a-f]+\\.(clip|bytes)");
    static final Pattern TEMPORARY = Pattern.compile("\\.[0-9a-f]+\\.(clip|bytes)\\.\\d+-\\d+\\.tmp");

    /**
     * Where the bytes kept under a key lie: in {@code file} from {@code offset} on. An entry never
     * changes under its key (it is only ever replaced whole by the same bytes), so they can be
     * read from there in place, later in the render.
     */
    public record Place(Path file, long offset) {
    }

    /** A clip as stored: its format and samples. */
    public record Entry(PcmFormat format, short[] samples) {
    }

    /** Storing an entry failed (a full disk, a folder not writable): a fault of where the cache is. */
    public static final class WriteFailure extends IOException {
        private final String location;

        WriteFailure(String location, IOException cause) {
            super(cause.getMessage(), cause);
            this.location = location;
        }

        /** The error a render reports: where, and that the cache could not be used. */
        public RecastException asRecastException() {
            return new RecastException(RecastException.Kind.ENVIRONMENT, location,
                    "cannot use the utterance cache: " + getMessage(), this);
        }
    }

    private final Path directory;
    private final Path root;
    private final Optional<SharedCache> shared;
    /** The shared entries found damaged: a store replaces them rather than leaving them in place. */
    private final Set<String> damagedShared = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytesStored = new AtomicLong();
    /** Held by every store, and taken whole to seal: once sealed, no store is under way or to come. */
    private final ReadWriteLock storing = new ReentrantReadWriteLock();
    private boolean sealed;

    public UtteranceCache(Path directory) {
        this(directory, Optional.empty());
    }

    /** @param shared the tier behind this folder, shared with other machines; empty for none */
    public UtteranceCache(Path directory, Optional<SharedCache> shared) {
        this.directory = directory;
        this.root = directory.resolve("clips-v" + FORMAT_VERSION);
        this.shared = shared;
    }

    /**
     * The key of one utterance's clip: the spoken text, the sound of its profile, and the lexicon.
     *
     * @param soundKey the profile's engine, voice and prosody, as {@link Engines#soundKey} gives them
     * @param lexiconKey the entries of the pronunciation lexicon that change how the text is said, as
     *        {@link dev.recast.segment.Lexicon#soundKeyFor} gives them
     */
    public static String key(String spokenText, String soundKey, String lexiconKey) {
        String fields = String.join("\u0000", "v" + FORMAT_VERSION, soundKey, lexiconKey, spokenText);
        return HexFormat.of().formatHex(sha256(fields));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The stored clip, or null when it is absent, truncated or damaged. */
    public Entry read(String key) throws IOException {
        ByteBuffer entry = load(file(key), key, MAGIC, 2);
        if (entry == null || entry.getInt(4) <= 0) {
            return null;
        }
        short[] samples = new short[entry.getInt(8)];
        entry.position(HEADER_BYTES);
        entry.asShortBuffer().get(samples);
        return new Entry(new PcmFormat(entry.getInt(4), 16, 1), samples);
    }

    /** Whether an entry is stored under the key: whole and sound or not, which {@link #read} tells. */
    public boolean has(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        markUsed(file);
        return true;
    }

    /**
     * Marks the entries under {@code keys} as used now, before a render reads them: a
     * {@link CacheLimit} pruning beside the render keeps what it is about to read.
     */
    public void markInUse(Collection<String> keys) {
        for (String key : keys) {
            // Only regular files: marking opens the file, and a pipe would wait for a writer.
            has(key);
        }
    }

    /** Stores a clip under its key: written beside its final name, then renamed into place. */
    public void write(String key, PcmFormat format, short[] samples) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + 2 * samples.length + TRAILER_BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).putInt(format.sampleRate()).putInt(samples.length).put(sha256(key));
        // One bulk copy in the buffer's byte order: a putShort a sample took four times as long.
        buffer.asShortBuffer().put(samples);
        buffer.position(buffer.position() + 2 * samples.length);
        store(file(key), buffer);
    }

    /**
     * Something other than a clip made from keyed content (an encoded MP3 part), kept the same
     * way, or null when it is absent, truncated or damaged.
     */
    public byte[] readBytes(String key) throws IOException {
        ByteBuffer entry = load(bytesFile(key), key, BYTES_MAGIC, 1);
        return entry == null ? null : Arrays.copyOfRange(entry.array(), HEADER_BYTES, HEADER_BYTES + entry.getInt(8));
    }

    /** Where the bytes kept under {@code key} lie, once {@link #readBytes} found them or {@link #writeBytes} stored them. */
    public Place placeOfBytes(String key) {
        return new Place(bytesFile(key), HEADER_BYTES);
    }

    /** How many bytes this instance has stored: what a render added to the cache. */
    public long bytesStored() {
        return bytesStored.get();
    }

    /**
     * An entry's bytes, checked: a regular file, its magic number, the digest of {@code key}, a
     * length that holds its count of {@code unitBytes}-byte items, and its CRC; null when it is
     * absent or fails any of them. Nothing is read past the header before the file's size agrees
     * with it, and an entry that is not a regular file is removed unread. A sound entry is marked
     * as used. An entry absent or unsound here is fetched from the shared cache, if there is one.
     */
    private ByteBuffer load(Path file, String key, int magic, int unitBytes) throws IOException {
        ByteBuffer local = loadLocal(file, key, magic, unitBytes);
        return local != null || shared.isEmpty() ? local : fetchShared(file, key, magic, unitBytes);
    }

    private static ByteBuffer loadLocal(Path file, String key, int magic, int unitBytes) throws IOException {
        if (!ownFolders(file)) {
            return null;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!attributes.isRegularFile()) {
            // Opening a pipe would wait for a writer, and a link may lead anywhere (/dev/zero).
            removeDamaged(file);
            return null;
        }
        if (attributes.size() < HEADER_BYTES + TRAILER_BYTES || attributes.size() > MAX_ENTRY_BYTES) {
            return null;
        }
        ByteBuffer buffer;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            if (!readFully(channel, header)) {
                return null;
            }
            long size = channel.size();
            if (!headerFits(header, size, key, magic, unitBytes)) {
                return null;
            }
            buffer = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
            buffer.put(header.array());
            if (!readFully(channel, buffer)) {
                return null;
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (FileSystemException e) {
            // Replaced by a link or a folder since its attributes were read: as damaged.
            return null;
        }
        if (!crcHolds(buffer)) {
            return null;
        }
        markUsed(file);
        return buffer;
    }

    /**
     * The entry the shared cache holds under {@code file}'s name, checked as a local one is and
     * kept here; null when it holds none, or one that fails a check, which a store then replaces.
     */
    private ByteBuffer fetchShared(Path file, String key, int magic, int unitBytes) throws IOException {
        String name = sharedName(file);
        Optional<byte[]> fetched = shared.get().fetch(name, MAX_ENTRY_BYTES);
        if (fetched.isEmpty()) {
            return null;
        }
        ByteBuffer entry = ByteBuffer.wrap(fetched.get()).order(ByteOrder.LITTLE_ENDIAN);
        if (entry.capacity() < HEADER_BYTES + TRAILER_BYTES
                || !headerFits(entry, entry.capacity(), key, magic, unitBytes) || !crcHolds(entry)) {
            damagedShared.add(name);
            return null;
        }
        keep(file, entry);
        return entry;
    }

    /** Whether an entry's header, read from a file of {@code size} bytes, is the one stored under {@code key}. */
    private static boolean headerFits(ByteBuffer header, long size, String key, int magic, int unitBytes) {
        int count = header.getInt(8);
        byte[] keyDigest = Arrays.copyOfRange(header.array(), 12, HEADER_BYTES);
        return header.getInt(0) == magic && count >= 0
                && size == HEADER_BYTES + (long) unitBytes * count + TRAILER_BYTES
                && Arrays.equals(keyDigest, sha256(key));
    }

    /** Whether a whole entry's trailer is the CRC of what precedes it. */
    private static boolean crcHolds(ByteBuffer entry) {
        byte[] bytes = entry.array();
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - TRAILER_BYTES);
        return (int) crc.getValue() == entry.getInt(bytes.length - TRAILER_BYTES);
    }

    /** An entry's name in the shared cache: its path under the cache folder, with forward slashes. */
    private String sharedName(Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * Whether the folders an entry lies in (its format version's and its fan-out folder) are
     * folders, or absent. A link under their names (out of the cache, say) is removed, never
     * followed, and made again as a folder by the next store; a file there is left, and a store
     * says it cannot make the folder.
     */
    private static boolean ownFolders(Path file) throws IOException {
        boolean own = true;
        for (Path folder : List.of(file.getParent().getParent(), file.getParent())) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue;
            }
            if (attributes.isSymbolicLink()) {
                removeDamaged(folder);
                own = false;
            } else if (!attributes.isDirectory()) {
                own = false;
            }
        }
        return own;
    }

    /** Fills {@code buffer} from where the channel is; false when the file ends first. */
    private static boolean readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes what lies under an entry's name but is no regular file, without following it: a
     * link goes, not what it leads to; a folder goes with what it holds, links in it unfollowed.
     * A store then puts a sound entry there.
     */
    private static void removeDamaged(Path file) {
        try {
            Files.walkFileTree(file, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path found, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(found);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Left as it is: it is still never read, and a store over it says why it cannot be made.
        }
    }

    /** Sets the entry's modification time to now. */
    private static void markUsed(Path file) {
        try {
            // Not through a link: what it leads to is not the cache's to touch.
            Files.getFileAttributeView(file, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setTimes(FileTime.fromMillis(System.currentTimeMillis()), null, null);
        } catch (IOException e) {
            // A cache shared read-only still serves its entries, and an absent one has nothing to mark.
        }
    }

    /** Stores bytes under their key, as {@link #write} stores a clip. */
    public void writeBytes(String key, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + bytes.length + TRAILER_BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(BYTES_MAGIC).putInt(0).putInt(bytes.length).put(sha256(key)).put(bytes);
        store(bytesFile(key), buffer);
    }

    /**
     * Adds the CRC of what {@code buffer} holds so far and writes it beside {@code target}, then
     * renames it there; then offers it to the shared cache, or puts it over a damaged entry there.
     */
    private void store(Path target, ByteBuffer buffer) throws WriteFailure {
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 0, buffer.position());
        buffer.putInt((int) crc.getValue());
        keep(target, buffer);
        if (shared.isPresent()) {
            String name = sharedName(target);
            try {
                if (damagedShared.remove(name)) {
                    shared.get().replace(name, buffer.array());
                } else {
                    shared.get().offer(name, buffer.array());
                }
            } catch (IOException e) {
                throw new WriteFailure(shared.get().location(), e);
            }
        }
    }

    /** Writes a whole entry beside {@code target} and renames it there, unless the cache is sealed. */
    private void keep(Path target, ByteBuffer buffer) throws WriteFailure {
        storing.readLock().lock();
        try {
            if (sealed) {
                throw new IOException("its folder is being removed");
            }
            write(target, buffer);
            bytesStored.addAndGet(buffer.capacity());
        } catch (IOException e) {
            throw new WriteFailure(target.getParent().toString(), e);
        } finally {
            storing.readLock().unlock();
        }
    }

    /**
     * Waits for the stores under way and refuses any after, so a folder about to be removed (a
     * render's own, or a benchmark's, stopped) is not made again by a late one.
     */
    public void seal() {
        storing.writeLock().lock();
        try {
            sealed = true;
        } finally {
            storing.writeLock().unlock();
        }
    }

    private static void write(Path target, ByteBuffer buffer) throws IOException {
        ownFolders(target);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            // A rename does not replace a folder: what is no entry goes first.
            removeDamaged(target);
        }
        Files.createDirectories(target.getParent());
        // Named by process and thread, not drawn at random: each thread writes one entry at a time,
        // so no live writer holds this name, and a render writes thousands of small entries.
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            // Files.write cuts an entry into 8 KB writes, a system call each; 64 KB writes, as the WAV
            // writer's, take a few.
            byte[] bytes = buffer.array();
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                int at = 0;
                while (at < bytes.length) {
                    at += channel.write(ByteBuffer.wrap(bytes, at, Math.min(WRITE_BYTES, bytes.length - at)));
                }
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Renames a written file over its final name, atomically where the file system can. */
    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path bytesFile(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key + ".bytes");
    }

    /** Where a key's entry lives: fanned out by its first two hex digits, as git does. */
    Path file(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key + ".clip");
    }
}
