package dev.recast.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.s3a.RemoteFileChangedException;

/**
 * Files on the file systems Hadoop reaches ({@code s3a://}, {@code hdfs://}, {@code file://}),
 * as the job reads and writes them. A file is written whole or not at all: on an object store an
 * object appears only when its upload completes; elsewhere it is written beside its name and
 * renamed over it. Local files are written without Hadoop's {@code .crc} sidecars, which would
 * land in the published site.
 */
final class HadoopFiles {

    /** Stores where an object is put whole: a rename there would be a copy. */
    private static final Set<String> OBJECT_STORES = Set.of("s3a", "s3", "gs", "abfs", "abfss", "wasb", "wasbs",
            "oss", "cosn", "obs");

    private static final String CONDITIONAL_CREATE = "fs.option.create.conditional.overwrite";

    private HadoopFiles() {
    }

    /** The driver's Hadoop settings, carried to the executors: a {@link Configuration} is not serializable. */
    record Settings(HashMap<String, String> entries) implements Serializable {

        static Settings of(Configuration configuration) {
            HashMap<String, String> entries = new HashMap<>();
            configuration.forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
            return new Settings(entries);
        }

        Configuration configuration() {
            Configuration configuration = new Configuration();
            entries.forEach(configuration::set);
            return configuration;
        }

        /** The file system {@code path} lies on, without checksum sidecars. */
        FileSystem fileSystem(Path path) throws IOException {
            FileSystem fs = path.getFileSystem(configuration());
            return fs instanceof ChecksumFileSystem checked ? checked.getRawFileSystem() : fs;
        }
    }

    /** Copies the files directly in {@code folder}, not its sub-folders, into {@code local}. */
    static void downloadFiles(FileSystem fs, Path folder, java.nio.file.Path local) throws IOException {
        Files.createDirectories(local);
        for (FileStatus status : fs.listStatus(folder)) {
            if (status.isFile()) {
                download(fs, status.getPath(), local.resolve(status.getPath().getName()));
            }
        }
    }

    /** Copies {@code folder} and everything under it into {@code local}. */
    static void downloadTree(FileSystem fs, Path folder, java.nio.file.Path local) throws IOException {
        Files.createDirectories(local);
        for (FileStatus status : fs.listStatus(folder)) {
            java.nio.file.Path target = local.resolve(status.getPath().getName());
            if (status.isDirectory()) {
                downloadTree(fs, status.getPath(), target);
            } else if (status.isFile()) {
                download(fs, status.getPath(), target);
            }
        }
    }

    private static void download(FileSystem fs, Path file, java.nio.file.Path target) throws IOException {
        try (InputStream in = fs.open(file)) {
            Files.copy(in, target);
        }
    }

    /** The bytes of {@code file}, or empty when it is absent or larger than {@code maxBytes}. */
    static Optional<byte[]> read(FileSystem fs, Path file, long maxBytes) throws IOException {
        FileStatus status;
        try {
            status = fs.getFileStatus(file);
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        }
        if (!status.isFile() || status.getLen() > maxBytes) {
            return Optional.empty();
        }
        byte[] bytes = new byte[(int) status.getLen()];
        try (FSDataInputStream in = fs.open(file)) {
            in.readFully(0, bytes);
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        } catch (java.io.EOFException e) {
            // Replaced by a shorter file since its length was read: as absent, read again next time.
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /** Writes {@code bytes} to {@code target} whole, over what is there. */
    static void write(FileSystem fs, Path target, byte[] bytes) throws IOException {
        write(fs, target, out -> out.write(bytes));
    }

    /** Copies the local file {@code source} to {@code target} whole, over what is there. */
    static void upload(FileSystem fs, java.nio.file.Path source, Path target) throws IOException {
        write(fs, target, out -> Files.copy(source, out));
    }

    /**
     * Writes {@code bytes} to {@code target} whole unless a file is there; false when one was.
     * Where the file system cannot create exclusively (an object store without conditional
     * writes), two writers may both succeed, which is harmless where both write the same bytes.
     */
    static boolean create(FileSystem fs, Path target, byte[] bytes) throws IOException {
        if (fs.exists(target)) {
            return false;
        }
        if (isObjectStore(fs)) {
            try (OutputStream out = exclusive(fs, target)) {
                out.write(bytes);
                return true;
            } catch (FileAlreadyExistsException | RemoteFileChangedException e) {
                return false;
            }
        }
        return renamedInto(fs, target, out -> out.write(bytes), false);
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(FileSystem fs, Path target, Content content) throws IOException {
        if (isObjectStore(fs)) {
            try (OutputStream out = fs.create(target, true)) {
                content.writeTo(out);
            }
            return;
        }
        renamedInto(fs, target, content, true);
    }

    /**
     * Writes {@code content} beside {@code target} and renames it there; false when a file was
     * there and, without {@code replace}, stays. HDFS's rename does not replace a file, so the
     * first writer's stays, or, to replace it, the old one goes first: a reader finds the old
     * bytes, none, or the new ones, never a part. A local rename may replace a file itself.
     */
    private static boolean renamedInto(FileSystem fs, Path target, Content content, boolean replace)
            throws IOException {
        Path temp = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = fs.create(temp, false)) {
                content.writeTo(out);
            }
            if (fs.rename(temp, target)) {
                return true;
            }
            if (!replace) {
                return false;
            }
            fs.delete(target, false);
            if (!fs.rename(temp, target)) {
                throw new IOException("cannot rename " + temp + " to " + target);
            }
            return true;
        } finally {
            fs.delete(temp, false);
        }
    }

    /**
     * A new object at {@code target}, created only if none is there when the upload completes:
     * S3A's conditional write, where the store has it (If-None-Match); elsewhere only checked
     * when the stream opens.
     */
    private static OutputStream exclusive(FileSystem fs, Path target) throws IOException {
        if (!fs.getUri().getScheme().equalsIgnoreCase("s3a")) {
            return fs.create(target, false);
        }
        // The builder's type parameters are raw in FileSystem's signature: build() is a stream.
        return (OutputStream) fs.createFile(target).overwrite(false).must(CONDITIONAL_CREATE, true).build();
    }

    private static boolean isObjectStore(FileSystem fs) {
        return OBJECT_STORES.contains(fs.getUri().getScheme().toLowerCase(Locale.ROOT));
    }
}
