package dev.recast.spark;

import dev.recast.RecastException;
import dev.recast.ingest.ShowInfo;
import dev.recast.ingest.ShowReader;
import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A show's files copied into a local folder, where the core reads them as the CLI would: the
 * show's own files (show.json, its cover) and the episodes a task renders. An error the core
 * locates in the copy is located again at the remote file, so the user is told which file is wrong.
 */
final class StagedShow {

    private final FileSystem fs;
    private final Path remote;
    private final java.nio.file.Path local;

    private StagedShow(FileSystem fs, Path remote, java.nio.file.Path local) {
        this.fs = fs;
        this.remote = remote;
        this.local = local;
    }

    /** Copies the files directly in the show folder {@code remote} (not its episodes) into {@code local}. */
    static StagedShow of(FileSystem fs, Path remote, java.nio.file.Path local) throws IOException {
        HadoopFiles.downloadFiles(fs, remote, local);
        return new StagedShow(fs, remote, local);
    }

    /** The show's fields, as show.json gives them. */
    ShowInfo read() throws RecastException {
        try {
            return ShowReader.read(local);
        } catch (RecastException e) {
            throw relocated(e);
        }
    }

    /** Copies the episode folder {@code name} beside the show's files; returns its copy. */
    java.nio.file.Path episode(String name) throws IOException {
        java.nio.file.Path copy = local.resolve(name);
        HadoopFiles.downloadTree(fs, new Path(remote, name), copy);
        return copy;
    }

    /** {@code e}, located at the remote file where it named the local copy. */
    RecastException relocated(RecastException e) {
        String location = e.location();
        String prefix = local.toString();
        if (location == null || !location.startsWith(prefix)) {
            return e;
        }
        String rest = location.substring(prefix.length()).replace(java.io.File.separatorChar, '/');
        String base = remote.toString();
        String moved = base.endsWith("/") || rest.isEmpty() || rest.startsWith("/") ? base + rest : base + "/" + rest;
        return new RecastException(e.kind(), moved, e.getMessage(), e);
    }
}
