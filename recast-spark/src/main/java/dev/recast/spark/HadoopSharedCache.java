package dev.recast.spark;

import dev.recast.synth.SharedCache;
import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The utterance cache shared by a job's executors, in a folder on any file system Hadoop reaches
 * ({@code --cache s3a://bucket/recast-cache/}): the local cache's entries, under the same names.
 * The local cache checks what is fetched, so a damaged entry here is synthesized again and replaced.
 */
final class HadoopSharedCache implements SharedCache {

    private final FileSystem fs;
    private final Path folder;

    private HadoopSharedCache(FileSystem fs, Path folder) {
        this.fs = fs;
        this.folder = folder;
    }

    /** The shared cache in {@code folder}, when the job has one. */
    static Optional<SharedCache> at(Optional<String> folder, HadoopFiles.Settings settings) throws IOException {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path path = new Path(folder.get());
        return Optional.of(new HadoopSharedCache(settings.fileSystem(path), path));
    }

    @Override
    public Optional<byte[]> fetch(String name, long maxBytes) throws IOException {
        return HadoopFiles.read(fs, new Path(folder, name), maxBytes);
    }

    @Override
    public void offer(String name, byte[] bytes) throws IOException {
        HadoopFiles.create(fs, new Path(folder, name), bytes);
    }

    @Override
    public void replace(String name, byte[] bytes) throws IOException {
        HadoopFiles.write(fs, new Path(folder, name), bytes);
    }

    @Override
    public String location() {
        return folder.toString();
    }
}
