package dev.recast.ingest;

import dev.recast.InputFolder;
import dev.recast.LocatedJson;
import dev.recast.RecastException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an input: a directory of {@code *.txt}, {@code *.md} (or {@code *.markdown}), {@code *.vtt}
 * and {@code *.srt} sections in natural file-name order, with an optional {@code episode.json}
 * manifest, or a single such file as a one-section episode; {@code lexicon.txt} holds
 * pronunciations, not a section. Caption files are read into the lines a plain-text transcript has.
 *
 * <p>An episode the manifest does not title is titled after a caption file's {@code Title:} line,
 * else its file or folder name; a name that says nothing of the episode ("en", "transcript",
 * "captions", "index") gives way to the name of the folder holding it.
 *
 * <p>Kept as one class though long: it is the one place that knows an input's layout, from which
 * files are sections to how the episode is titled; the file formats themselves are read by
 * {@link WebVttReader}, {@link SrtReader} and {@link EpisodeManifest}.
 */
public final class EpisodeReader {

    public static final String MANIFEST = "episode.json";
    /** How the names of section files end, in lower case. */
    public static final List<String> SECTION_EXTENSIONS = List.of(".txt", ".md", ".markdown", ".vtt", ".srt");
    // How far up from a generically named file its folders are asked for a name.
    private static final int FOLDERS_UP = 3;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

    /** A section as read, and the title its caption header gives. */
    private record Read(RawSection section, Optional<String> captionTitle) {
    }

    /** An episode title and where it came from. */
    private record Title(String text, TitleOrigin origin) {
    }

    public EpisodeSource read(Path input) throws RecastException {
        if (!Files.exists(input)) {
            throw RecastException.input(input.toString(), "input does not exist");
        }
        if (Files.isRegularFile(input)) {
            Read read = readSection(1, input, input, null);
            Title title = read.captionTitle()
                    .map(caption -> new Title(caption, TitleOrigin.CAPTION_HEADER))
                    .orElseGet(() -> nameTitle(input.toAbsolutePath().normalize()));
            String name = FileNames.isGeneric(FileNames.stem(input.getFileName().toString())) ? title.text() : baseName(input);
            return new EpisodeSource(title.text(), title.origin(), null, name, null, List.of(read.section()));
        }
        InputFolder inputFolder = InputFolder.of(input);
        Path manifestFile = input.resolve(MANIFEST);
        EpisodeManifest manifest = Files.isRegularFile(manifestFile)
                ? readManifest(manifestFile, inputFolder.confine(manifestFile))
                : null;
        List<Read> read = manifest != null && manifest.sections() != null
                ? sectionsNamedBy(manifest, manifestFile, inputFolder)
                : sectionsFound(inputFolder);
        List<RawSection> sections = read.stream().map(Read::section).toList();
        Path folder = input.toAbsolutePath().normalize();
        Title title = manifest != null && manifest.title() != null && !manifest.title().isBlank()
                ? new Title(manifest.title().strip(), TitleOrigin.MANIFEST)
                : folderTitle(folder, read);
        String name = folder.getFileName() == null ? "episode"
                : FileNames.isGeneric(folder.getFileName().toString()) ? title.text() : baseName(folder);
        String author = manifest == null ? null : manifest.author();
        EpisodeManifest.Voices v = manifest == null ? null : manifest.voices();
        VoiceMapping voices = v == null ? VoiceMapping.NONE
                : new VoiceMapping(v.narrator(), v.quote(), v.heading(), v.speakers());
        String date = manifest == null ? null : manifest.date();
        if (date != null) {
            requireDate(date, locate(manifestFile, "\"date\""));
        }
        String description = manifest == null ? null : manifest.description();
        if (manifest != null) {
            requirePlainText(manifest.title(), "\"title\"", locate(manifestFile, "\"title\""));
            requirePlainText(author, "\"author\"", locate(manifestFile, "\"author\""));
            requirePlainText(description, "\"description\"", locate(manifestFile, "\"description\""));
            if (v != null && v.speakers() != null) {
                for (Map.Entry<String, String> speaker : v.speakers().entrySet()) {
                    requirePlainText(speaker.getKey(), "a speaker's name", locate(manifestFile, "\"speakers\""));
                }
            }
        }
        String timing = manifest == null ? null : manifest.timing();
        if (timing != null && !timing.equals("natural") && !timing.equals("source")) {
            throw RecastException.input(locate(manifestFile, "\"timing\""),
                    "\"timing\" must be \"natural\" or \"source\", not '" + timing + "'");
        }
        return new EpisodeSource(title.text(), title.origin(), author, date, description, name, voices, sections,
                CorrectionsReader.read(input), "source".equals(timing));
    }

    /** A file's title from its name, or from its folders' when the name is generic. */
    private static Title nameTitle(Path file) {
        String name = FileNames.stem(file.getFileName().toString());
        if (!FileNames.isGeneric(name)) {
            return new Title(humanize(name), TitleOrigin.FILE_NAME);
        }
        return folderName(file.getParent())
                .map(folder -> new Title(folder, TitleOrigin.FOLDER_NAME))
                .orElse(new Title(humanize(name.isEmpty() ? baseName(file) : name), TitleOrigin.FILE_NAME));
    }


    /** A folder's title from its name; if generic, a caption header's title, else a folder's above. */
    private static Title folderTitle(Path folder, List<Read> sections) {
        if (folder.getFileName() != null && !FileNames.isGeneric(folder.getFileName().toString())) {
            return new Title(humanize(folder.getFileName().toString()), TitleOrigin.FOLDER_NAME);
        }
        Optional<String> caption = sections.stream().flatMap(read -> read.captionTitle().stream()).findFirst();
        if (caption.isPresent()) {
            return new Title(caption.get(), TitleOrigin.CAPTION_HEADER);
        }
        String own = folder.getFileName() == null ? "Episode" : humanize(folder.getFileName().toString());
        return new Title(folderName(folder.getParent()).orElse(own), TitleOrigin.FOLDER_NAME);
    }

    /** The humanized name of the nearest of {@code folder} and the folders above it that is not generic. */
    private static Optional<String> folderName(Path folder) {
        for (int up = 0; up < FOLDERS_UP && folder != null && folder.getFileName() != null; up++) {
            String name = folder.getFileName().toString();
            if (!FileNames.isGeneric(name)) {
                return Optional.of(humanize(name));
            }
            folder = folder.getParent();
        }
        return Optional.empty();
    }


    private List<Read> sectionsFound(InputFolder folder) throws RecastException {
        Path dir = folder.shown();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing
                    .filter(p -> Files.isRegularFile(p))
                    .filter(p -> SECTION_EXTENSIONS.stream().anyMatch(lowerCaseName(p)::endsWith))
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
            throw RecastException.input(dir.toString(), "no sections: the directory has no *.txt, *.md, *.vtt or *.srt files");
        }
        List<Read> sections = new ArrayList<>();
        for (Path file : files) {
            sections.add(readSection(sections.size() + 1, file, folder.confine(file), null));
        }
        return sections;
    }

    private List<Read> sectionsNamedBy(EpisodeManifest manifest, Path manifestFile, InputFolder folder)
            throws RecastException {
        Path dir = folder.shown();
        if (manifest.sections().isEmpty()) {
            throw RecastException.input(locate(manifestFile, "\"sections\""), "\"sections\" names no section");
        }
        List<Read> sections = new ArrayList<>();
        for (EpisodeManifest.Entry entry : manifest.sections()) {
            if (entry == null || entry.file() == null || entry.file().isBlank()) {
                throw RecastException.input(locate(manifestFile, "\"sections\""), "a section has no \"file\"");
            }
            Path file = dir.resolve(entry.file());
            String location = locate(manifestFile, "\"" + entry.file() + "\"");
            String what = "section file '" + entry.file() + "'";
            if (!Files.isRegularFile(file)) {
                throw RecastException.input(location, what + " does not exist in " + dir);
            }
            requirePlainText(entry.title(), "section title", location);
            sections.add(readSection(sections.size() + 1, file, folder.confine(file, location, what), entry.title()));
        }
        return sections;
    }

    private static EpisodeManifest readManifest(Path file, Path real) throws RecastException {
        try {
            return LocatedJson.read(Files.readAllBytes(real), file.toString(), EpisodeManifest.class);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, file.toString(),
                    "cannot read manifest: " + e.getMessage(), e);
        }
    }

    private static String lowerCaseName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** @param real where {@code file}, as named, leads: what is read */
    private static Read readSection(int index, Path file, Path real, String title) throws RecastException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(real);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, file.toString(),
                    "cannot read section: " + e.getMessage(), e);
        }
        // A NUL byte says a file is no text (a binary one misnamed), told before decoding it;
        // UTF-16 and UTF-32 hold NUL bytes as a matter of course, but no NUL character.
        boolean byteText = TextDecoder.isByteText(bytes);
        if (byteText) {
            for (byte b : bytes) {
                if (b == 0) {
                    throw RecastException.input(file.toString(), "not a text file (it contains NUL bytes)");
                }
            }
        }
        List<DecodingNote> decoding = new ArrayList<>();
        List<SourceLine> decoded = TextDecoder.decode(bytes, decoding);
        for (SourceLine line : byteText ? List.<SourceLine>of() : decoded) {
            if (line.text().indexOf('\0') >= 0) {
                throw RecastException.input(RecastException.at(file, line.number()), "not a text file (it contains NUL characters)");
            }
        }
        Optional<CaptionFile> captions = captions(file, decoded);
        List<SourceLine> lines = captions.isPresent() ? captions.get().transcriptLines() : decoded;
        if (lines.stream().allMatch(line -> line.text().isBlank())) {
            throw RecastException.input(file.toString(), "section is empty");
        }
        Optional<String> captionTitle = captions.flatMap(CaptionFile::title);
        if (captionTitle.isPresent()) {
            int line = decoded.stream().filter(l -> l.text().contains(captionTitle.get())).mapToInt(SourceLine::number)
                    .findFirst().orElse(0);
            requirePlainText(captionTitle.get(), "the caption file's title", RecastException.at(file, line));
        }
        String sectionTitle = title != null && !title.isBlank() ? title.strip() : captionTitle.orElse(null);
        return new Read(new RawSection(index, file.getFileName().toString(), sectionTitle, lines, decoding), captionTitle);
    }

    /** A caption file's cues; nothing for a file of any other kind. */
    private static Optional<CaptionFile> captions(Path file, List<SourceLine> lines) throws RecastException {
        String name = lowerCaseName(file);
        if (name.endsWith(".vtt")) {
            return Optional.of(WebVttReader.read(file.toString(), lines));
        }
        if (name.endsWith(".srt")) {
            return Optional.of(SrtReader.read(file.toString(), lines));
        }
        return Optional.empty();
    }

    /** A {@code yyyy-MM-dd} date that a calendar has: "2026-02-30" has the form but no day. */
    private static void requireDate(String date, String location) throws RecastException {
        String wanted = "\"date\" is not a date like 2026-11-23: '" + date + "'";
        if (!ISO_DATE.matcher(date).matches()) {
            throw RecastException.input(location, wanted);
        }
        try {
            LocalDate.parse(date); // ISO_LOCAL_DATE resolves strictly: no February 30th
        } catch (DateTimeException e) {
            throw RecastException.input(location, wanted + " (no such day)");
        }
    }

    /**
     * Refuses metadata no output can carry: a control character (a NUL, a terminal escape; tabs
     * and line breaks aside) or half of a UTF-16 pair, which JSON's {@code \\u} escapes can spell.
     * Found here, at its line, rather than by the WAV or M4B writer after synthesis.
     */
    private static void requirePlainText(String text, String what, String location) throws RecastException {
        if (text == null) {
            return;
        }
        for (int i = 0, n = 1; i < text.length(); i++, n++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            String code = String.format(Locale.ROOT, "U+%04X", (int) c);
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw RecastException.input(location, what + " holds half a character (a lone surrogate, " + code
                        + ") at character " + n);
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw RecastException.input(location, what + " holds a control character (" + code
                        + ") at character " + n);
            }
        }
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
