package dev.recast.spark;

import dev.recast.RecastException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A job's hold on its output folder, {@code .recast-catalogue-lock}, so two jobs writing the same
 * site never interleave their episodes: the second is refused at once. The lock names the
 * application holding it; a job that dies without releasing it leaves it, and the refusal says to
 * delete it once no job runs. On an object store without conditional writes, two jobs started in
 * the same instant may both take it.
 */
final class OutputLease implements AutoCloseable {

    static final String FILE = ".recast-catalogue-lock";

    private final FileSystem fs;
    private final Path lock;

    private OutputLease(FileSystem fs, Path lock) {
        this.fs = fs;
        this.lock = lock;
    }

    static OutputLease take(FileSystem fs, Path output, String application) throws RecastException, IOException {
        Path lock = new Path(output, FILE);
        String holder = "application " + application + ", since " + Instant.now() + "\n";
        if (!HadoopFiles.create(fs, lock, holder.getBytes(StandardCharsets.UTF_8))) {
            String other = HadoopFiles.read(fs, lock, 4096).map(bytes -> new String(bytes, StandardCharsets.UTF_8).strip())
                    .orElse("a job");
            throw new RecastException(RecastException.Kind.ENVIRONMENT, lock.toString(),
                    "another catalogue job is writing this output (" + other + "); if none is running, delete this file");
        }
        return new OutputLease(fs, lock);
    }

    @Override
    public void close() throws IOException {
        fs.delete(lock, false);
    }
}
