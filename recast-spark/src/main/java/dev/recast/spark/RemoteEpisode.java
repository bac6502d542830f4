package dev.recast.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recast.publish.EpisodeFiles;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An episode's folder in the job's output, and how the job replaces it so that no reader takes a
 * half-uploaded episode as done. {@code render.json} is the episode's completion mark:
 *
 * <ol>
 *   <li>the old {@code render.json} is deleted, so the folder no longer counts as rendered;</li>
 *   <li>every other file is uploaded, each whole;</li>
 *   <li>the files the last upload had and this one has not are deleted;</li>
 *   <li>{@code .recast-catalogue.json} records the render's fingerprint and each file's size;</li>
 *   <li>{@code render.json} is uploaded last.</li>
 * </ol>
 *
 * A task killed anywhere in between leaves no {@code render.json}, and its retry uploads the same
 * bytes again. The folder is up to date when {@code render.json} is there, the record holds the
 * fingerprint of this render, and every file it lists is there with its size.
 */
final class RemoteEpisode {

    static final String RECORD = ".recast-catalogue.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Called after each file of an upload lands: where a test kills the task half-way. */
    interface UploadWatch extends Serializable {
        void uploaded(String episode, String file) throws IOException;
    }

    private final FileSystem fs;
    private final Path folder;

    RemoteEpisode(FileSystem fs, Path folder) {
        this.fs = fs;
        this.folder = folder;
    }

    /** The episode's {@code render.json}, when the folder holds a complete upload of a render with {@code fingerprint}. */
    Optional<String> upToDate(String fingerprint) throws IOException {
        Optional<byte[]> report = HadoopFiles.read(fs, new Path(folder, EpisodeFiles.REPORT), Integer.MAX_VALUE);
        Optional<Upload> recorded = lastUpload().filter(upload -> upload.fingerprint().equals(fingerprint));
        if (report.isEmpty() || recorded.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, Long> file : recorded.get().files().entrySet()) {
            try {
                if (fs.getFileStatus(new Path(folder, file.getKey())).getLen() != file.getValue()) {
                    return Optional.empty();
                }
            } catch (FileNotFoundException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new String(report.get(), StandardCharsets.UTF_8));
    }

    /** The size of {@code file} in the folder. */
    long size(String file) throws IOException {
        return fs.getFileStatus(new Path(folder, file)).getLen();
    }

    /**
     * Replaces the folder's files with the episode rendered into {@code local}, render.json last;
     * hidden files (the local render's own state) are not uploaded.
     */
    void upload(java.nio.file.Path local, String fingerprint, UploadWatch watch, String episode) throws IOException {
        fs.delete(new Path(folder, EpisodeFiles.REPORT), false);
        Map<String, Long> files = new LinkedHashMap<>();
        for (String name : published(local)) {
            files.put(name, Files.size(local.resolve(name)));
        }
        Optional<Upload> last = lastUpload();
        for (String name : files.keySet()) {
            if (!name.equals(EpisodeFiles.REPORT)) {
                HadoopFiles.upload(fs, local.resolve(name), new Path(folder, name));
                watch.uploaded(episode, name);
            }
        }
        if (last.isPresent()) {
            for (String name : last.get().files().keySet()) {
                if (!files.containsKey(name)) {
                    fs.delete(new Path(folder, name), false);
                }
            }
        }
        ObjectNode record = JSON.createObjectNode();
        record.put("fingerprint", fingerprint);
        ObjectNode sizes = record.putObject("files");
        files.forEach(sizes::put);
        HadoopFiles.write(fs, new Path(folder, RECORD), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(record));
        HadoopFiles.upload(fs, local.resolve(EpisodeFiles.REPORT), new Path(folder, EpisodeFiles.REPORT));
        watch.uploaded(episode, EpisodeFiles.REPORT);
    }

    /** What an upload recorded: the render's fingerprint, and each file's size by name. */
    private record Upload(String fingerprint, Map<String, Long> files) {
    }

    /** What the last upload to reach its record wrote there; empty when there is none, or it does not parse. */
    private Optional<Upload> lastUpload() throws IOException {
        Optional<byte[]> bytes = HadoopFiles.read(fs, new Path(folder, RECORD), 1 << 24);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode record = JSON.readTree(bytes.get());
            Map<String, Long> files = new LinkedHashMap<>();
            record.path("files").fields().forEachRemaining(file -> files.put(file.getKey(), file.getValue().asLong()));
            return Optional.of(new Upload(record.path("fingerprint").asText(), files));
        } catch (IOException e) {
            // Written by hand or cut short: nothing of the folder is known to be complete.
            return Optional.empty();
        }
    }

    /**
     * The episode's files under {@code local}, by relative name with forward slashes, in name
     * order; hidden ones (the local render's state) left out. The render's names are links into
     * its current generation, followed here.
     */
    private static List<String> published(java.nio.file.Path local) throws IOException {
        List<String> names = new ArrayList<>();
        Files.walkFileTree(local, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(java.nio.file.Path dir, BasicFileAttributes attributes) {
                        return !dir.equals(local) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && !hidden(file)) {
                            names.add(local.relativize(file).toString().replace(File.separatorChar, '/'));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        names.sort(null);
        return names;
    }

    private static boolean hidden(java.nio.file.Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
