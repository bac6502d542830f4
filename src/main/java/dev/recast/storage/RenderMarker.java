package dev.recast.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The marker a render leaves in its folder, {@code .recast-output}: it tells a folder of
 * Recast's (safe to render into again) from a user's, lists the last render's files, and holds
 * its {@link RenderMemory}. One JSON document, read and written here alone:
 *
 * <pre>
 * {
 *   "writtenBy": "recast; the files of the last render into this folder",
 *   "fingerprint": "…", "title": "…",
 *   "files": [{"name": "episode.wav", "size": 1234, "modified": "2026-…Z", "content": "…"}, …],
 *   "gain": {"targetLufs": -16.0, "gainDb": 9.85},
 *   "readings": "…"
 * }
 * </pre>
 *
 * {@code content}, {@code gain} and {@code readings} only when the render had them. A folder
 * rendered before the marker was JSON holds lines, a comment and then the names of its files:
 * those are read, so the folder is still Recast's; its memory is not, and the first render into
 * it makes every file again.
 */
final class RenderMarker {

    static final String NAME = ".recast-output";
    private static final String WRITTEN_BY = "recast; the files of the last render into this folder";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> files;
    private final Optional<RenderMemory> memory;

    private RenderMarker(List<String> files, Optional<RenderMemory> memory) {
        this.files = List.copyOf(files);
        this.memory = memory;
    }

    /** The marker of a folder no render wrote. */
    static RenderMarker none() {
        return new RenderMarker(List.of(), Optional.empty());
    }

    /** The marker in {@code file}: JSON, or the lines of an earlier version; one that does not parse remembers nothing. */
    static RenderMarker read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.stripLeading().startsWith("{")) {
            return new RenderMarker(text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList(),
                    Optional.empty());
        }
        try {
            RenderMemory memory = memory(JSON.readTree(text));
            List<String> names = new ArrayList<>();
            memory.files().forEach(written -> names.add(written.name()));
            names.add(NAME);
            return new RenderMarker(names, Optional.of(memory));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // Edited by hand: the folder is still ours, and nothing of it is known to be unchanged.
            return new RenderMarker(List.of(NAME), Optional.empty());
        }
    }

    /** The names of the last render's files, the marker's among them. */
    List<String> files() {
        return files;
    }

    /** What the last render left for this one; empty when there was none, or it left none this version reads. */
    Optional<RenderMemory> memory() {
        return memory;
    }

    /** The marker of a render that leaves {@code memory}. */
    static String write(RenderMemory memory) {
        ObjectNode marker = JSON.createObjectNode();
        marker.put("writtenBy", WRITTEN_BY);
        marker.put("fingerprint", memory.fingerprint());
        marker.put("title", memory.title());
        ArrayNode files = marker.putArray("files");
        for (RenderMemory.WrittenFile written : memory.files()) {
            ObjectNode file = files.addObject();
            file.put("name", written.name());
            file.put("size", written.size());
            file.put("modified", written.modified());
            written.contentKey().ifPresent(key -> file.put("content", key));
        }
        memory.gain().ifPresent(gain -> marker.putObject("gain")
                .put("targetLufs", gain.targetLufs()).put("gainDb", gain.gainDb()));
        memory.readings().ifPresent(key -> marker.put("readings", key));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(marker) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serializes; failing here is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
    }

    private static RenderMemory memory(JsonNode marker) {
        List<RenderMemory.WrittenFile> files = new ArrayList<>();
        JsonNode listed = marker.path("files");
        if (!listed.isArray()) {
            throw new IllegalArgumentException("no list of files");
        }
        for (JsonNode file : listed) {
            if (!file.path("size").isIntegralNumber()) {
                throw new IllegalArgumentException("a file without its size");
            }
            files.add(new RenderMemory.WrittenFile(text(file, "name"), file.path("size").asLong(),
                    text(file, "modified"), optionalText(file, "content")));
        }
        JsonNode gain = marker.path("gain");
        Optional<RenderMemory.Gain> levelled = Optional.empty();
        if (!gain.isMissingNode()) {
            if (!gain.path("targetLufs").isNumber() || !gain.path("gainDb").isNumber()) {
                throw new IllegalArgumentException("a gain without its numbers");
            }
            levelled = Optional.of(new RenderMemory.Gain(gain.path("targetLufs").asDouble(), gain.path("gainDb").asDouble()));
        }
        return new RenderMemory(text(marker, "fingerprint"), text(marker, "title"), files, levelled,
                optionalText(marker, "readings"));
    }

    private static String text(JsonNode node, String field) {
        return optionalText(node, field).orElseThrow(() -> new IllegalArgumentException("no " + field));
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " is not text");
        }
        return Optional.of(value.asText());
    }
}
