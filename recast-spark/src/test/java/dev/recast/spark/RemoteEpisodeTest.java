package dev.recast.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An episode's upload on a local file system, through Hadoop's API as on any other. */
class RemoteEpisodeTest {

    @TempDir
    Path dir;

    private final HadoopFiles.Settings settings = HadoopFiles.Settings.of(new Configuration());

    private Path rendered(String audio) throws IOException {
        Path local = Files.createDirectories(dir.resolve("local"));
        Files.writeString(local.resolve("episode.mp3"), audio);
        Files.createDirectories(local.resolve("sections"));
        Files.writeString(local.resolve("sections").resolve("01.vtt"), "WEBVTT\n");
        Files.writeString(local.resolve("render.json"), "{\"title\": \"One\", \"durationSeconds\": 1.5}\n");
        Files.writeString(local.resolve(".recast-output"), "the local render's own state\n");
        return local;
    }

    private RemoteEpisode remote() throws IOException {
        org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(dir.resolve("site").resolve("ep").toUri());
        return new RemoteEpisode(settings.fileSystem(folder), folder);
    }

    @Test
    void anUploadKilledBeforeRenderJsonIsNotDoneAndItsRetryIs() throws Exception {
        Path local = rendered("audio");
        RemoteEpisode remote = remote();
        assertThrows(IOException.class, () -> remote.upload(local, "f1", (episode, file) -> {
            throw new IOException("killed after " + file);
        }, "ep"));
        assertEquals(Optional.empty(), remote.upToDate("f1"), "no render.json: not done");
        remote.upload(local, "f1", (episode, file) -> { }, "ep");
        assertTrue(remote.upToDate("f1").isPresent());
        assertEquals(Optional.empty(), remote.upToDate("f2"), "another fingerprint");
        Path site = dir.resolve("site").resolve("ep");
        assertEquals("WEBVTT\n", Files.readString(site.resolve("sections").resolve("01.vtt")));
        assertFalse(Files.exists(site.resolve(".recast-output")), "hidden files stay local");
        try (var listed = Files.list(site)) {
            assertTrue(listed.noneMatch(file -> file.getFileName().toString().endsWith(".crc")), "no checksum files");
        }
    }

    @Test
    void aFileChangedAfterTheUploadMakesItStaleAndFilesNoLongerMadeGo() throws Exception {
        Path local = rendered("audio");
        RemoteEpisode remote = remote();
        remote.upload(local, "f1", (episode, file) -> { }, "ep");
        Path site = dir.resolve("site").resolve("ep");
        Files.writeString(site.resolve("episode.mp3"), "cut");
        assertEquals(Optional.empty(), remote.upToDate("f1"), "a size differs");

        Files.delete(local.resolve("sections").resolve("01.vtt"));
        remote.upload(local, "f2", (episode, file) -> { }, "ep");
        assertFalse(Files.exists(site.resolve("sections").resolve("01.vtt")), "the last upload's file is gone");
        assertEquals("audio", Files.readString(site.resolve("episode.mp3")));
        assertTrue(remote.upToDate("f2").isPresent());
    }

    @Test
    void aSecondJobOnTheSameOutputIsRefusedUntilTheFirstReleasesIt() throws Exception {
        org.apache.hadoop.fs.Path output = new org.apache.hadoop.fs.Path(dir.resolve("site").toUri());
        FileSystem fs = settings.fileSystem(output);
        try (OutputLease first = OutputLease.take(fs, output, "app-1")) {
            RecastException refused = assertThrows(RecastException.class, () -> OutputLease.take(fs, output, "app-2"));
            assertEquals(RecastException.Kind.ENVIRONMENT, refused.kind());
            assertTrue(refused.getMessage().contains("application app-1"), refused.getMessage());
            assertTrue(refused.location().endsWith(OutputLease.FILE), refused.location());
        }
        OutputLease.take(fs, output, "app-3").close();
    }
}
