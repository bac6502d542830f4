package dev.recast.ingest;

import dev.recast.LocatedJson;
import dev.recast.RecastException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an input: a directory of {@code *.txt}, {@code *.vtt} and {@code *.srt} sections in natural
 * file-name order, with an optional {@code episode.json} manifest, or a single file as a
 * one-section episode; {@code lexicon.txt} holds pronunciations, not a section. Caption files are read into the lines a plain-text transcript has.
 */
public final class EpisodeReader {

    public static final String MANIFEST = "episode.json";
    private static final List<String> SECTION_EXTENSIONS = List.of(".txt", ".vtt", ".srt");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

    public EpisodeSource read(Path input) throws RecastException {
        if (!Files.exists(input)) {
            throw RecastException.input(input.toString(), "input does not exist");
        }
        if (Files.isRegularFile(input)) {
            String name = baseName(input);
            return new EpisodeSource(humanize(name), null, name, null, List.of(readSection(1, input, null)));
        }
        Path manifestFile = input.resolve(MANIFEST);
        EpisodeManifest manifest = Files.isRegularFile(manifestFile) ? readManifest(manifestFile) : null;
        List<RawSection> sections = manifest != null && manifest.sections() != null
                ? sectionsNamedBy(manifest, manifestFile, input)
                : sectionsFound(input);
        String name = input.toAbsolutePath().normalize().getFileName() == null
                ? "episode"
                : baseName(input.toAbsolutePath().normalize());
        String title = manifest != null && manifest.title() != null && !manifest.title().isBlank()
                ? manifest.title().strip()
                : humanize(name);
        String author = manifest == null ? null : manifest.author();
        EpisodeManifest.Voices v = manifest == null ? null : manifest.voices();
        VoiceMapping voices = v == null ? VoiceMapping.NONE
                : new VoiceMapping(v.narrator(), v.quote(), v.heading(), v.speakers());
        String date = manifest == null ? null : manifest.date();
        if (date != null && !ISO_DATE.matcher(date).matches()) {
            throw RecastException.input(locate(manifestFile, "\"date\""), "\"date\" is not a date like 2026-11-23: '" + date + "'");
        }
        String description = manifest == null ? null : manifest.description();
        return new EpisodeSource(title, author, date, description, name, voices, sections,
                CorrectionsReader.read(input));
    }

    private List<RawSection> sectionsFound(Path dir) throws RecastException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing
                    .filter(p -> Files.isRegularFile(p))
                    .filter(p -> SECTION_EXTENSIONS.stream().anyMatch(p.getFileName().toString()::endsWith))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals(LexiconReader.FILE)) // pronunciations, not a section
                    .sorted((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(),
                            b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, dir.toString(),
                    "cannot list directory: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw RecastException.input(dir.toString(), "no sections: the directory has no *.txt, *.vtt or *.srt files");
        }
        List<RawSection> sections = new ArrayList<>();
        for (Path file : files) {
            sections.add(readSection(sections.size() + 1, file, null));
        }
        return sections;
    }

    private List<RawSection> sectionsNamedBy(EpisodeManifest manifest, Path manifestFile, Path dir)
            throws RecastException {
        if (manifest.sections().isEmpty()) {
            throw RecastException.input(locate(manifestFile, "\"sections\""), "\"sections\" names no section");
        }
        List<RawSection> sections = new ArrayList<>();
        for (EpisodeManifest.Entry entry : manifest.sections()) {
            if (entry == null || entry.file() == null || entry.file().isBlank()) {
                throw RecastException.input(locate(manifestFile, "\"sections\""), "a section has no \"file\"");
            }
            Path file = dir.resolve(entry.file()).normalize();
            if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
                throw RecastException.input(locate(manifestFile, "\"" + entry.file() + "\""),
                        "section file '" + entry.file() + "' does not exist in " + dir);
            }
            sections.add(readSection(sections.size() + 1, file, entry.title()));
        }
        return sections;
    }

    private static EpisodeManifest readManifest(Path file) throws RecastException {
        try {
            return LocatedJson.read(Files.readAllBytes(file), file.toString(), EpisodeManifest.class);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, file.toString(),
                    "cannot read manifest: " + e.getMessage(), e);
        }
    }

    private static RawSection readSection(int index, Path file, String title) throws RecastException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, file.toString(),
                    "cannot read section: " + e.getMessage(), e);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw RecastException.input(file.toString(), "not a text file (it contains NUL bytes)");
            }
        }
        List<DecodingNote> decoding = new ArrayList<>();
        List<SourceLine> lines = transcriptLines(file.toString(), TextDecoder.decode(bytes, decoding));
        if (lines.stream().allMatch(line -> line.text().isBlank())) {
            throw RecastException.input(file.toString(), "section is empty");
        }
        String cleanTitle = title == null || title.isBlank() ? null : title.strip();
        return new RawSection(index, file.getFileName().toString(), cleanTitle, lines, decoding);
    }

    /** A caption file's cues as plain-transcript paragraphs; any other file's lines as they are. */
    private static List<SourceLine> transcriptLines(String file, List<SourceLine> lines) throws RecastException {
        if (file.endsWith(".vtt")) {
            return CaptionParagraphs.join(WebVttReader.read(file, lines));
        }
        if (file.endsWith(".srt")) {
            return CaptionParagraphs.join(SrtReader.read(file, lines));
        }
        return lines;
    }

    /** Points at the manifest line holding {@code needle}, the best location Jackson's tree lacks. */
    private static String locate(Path manifest, String needle) {
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return RecastException.at(manifest, i + 1);
                }
            }
        } catch (IOException e) {
            return manifest.toString();
        }
        return manifest.toString();
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** "reading-the-tides" → "Reading the tides": a readable title when no manifest gives one. */
    static String humanize(String name) {
        String words = name.replaceAll("[-_]+", " ").strip();
        if (words.isEmpty()) {
            return "Episode";
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
