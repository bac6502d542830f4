package dev.recast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpisodeReaderTest {

    @TempDir
    Path dir;

    private final EpisodeReader reader = new EpisodeReader();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> sources(EpisodeSource episode) {
        return episode.sections().stream().map(RawSection::source).toList();
    }

    @Test
    void readsTextAndMarkdownSectionsInNaturalOrderAndIgnoresOtherFiles() throws Exception {
        write("10-end.txt", "The end.");
        write("2-middle.md", "# Middle");
        write("3-more.MARKDOWN", "More.");
        write("1-start.txt", "Start.");
        write("notes.html", "not a section");
        write(".hidden.txt", "not a section either");
        EpisodeSource episode = reader.read(dir);
        assertEquals(List.of("1-start.txt", "2-middle.md", "3-more.MARKDOWN", "10-end.txt"), sources(episode));
        assertEquals(List.of(1, 2, 3, 4), episode.sections().stream().map(RawSection::index).toList());
        assertNull(episode.author());
    }

    @Test
    void aMarkdownFileIsAOneSectionEpisodeReadLineByLine() throws Exception {
        EpisodeSource episode = reader.read(write("fog-signals.md", "# Fog signals\n\nThe horn sounds."));
        assertEquals(List.of(new SourceLine(1, "# Fog signals"), new SourceLine(2, ""), new SourceLine(3, "The horn sounds.")),
                episode.sections().get(0).lines());
        assertEquals("Fog signals", episode.title());
        assertEquals(TitleOrigin.FILE_NAME, episode.titleOrigin());
    }

    @Test
    void theManifestGivesTitleAuthorOrderAndSectionTitles() throws Exception {
        write("a.txt", "A.");
        write("b.txt", "B.");
        write("episode.json", """
                {"title": "My Show", "author": "Ann", "voices": {"narrator": "deep"},
                 "sections": [{"file": "b.txt", "title": "Bee"}, "a.txt"]}
                """);
        EpisodeSource episode = reader.read(dir);
        assertEquals("My Show", episode.title());
        assertEquals("Ann", episode.author());
        assertEquals("deep", episode.voice());
        assertEquals(List.of("b.txt", "a.txt"), sources(episode));
        assertEquals("Bee", episode.sections().get(0).title());
        assertNull(episode.sections().get(1).title());
    }

    @Test
    void theManifestGivesADateAndDescription() throws Exception {
        write("a.txt", "A.");
        write("episode.json", "{\"date\": \"2026-11-23\", \"description\": \"Tides.\"}");
        EpisodeSource episode = reader.read(dir);
        assertEquals("2026-11-23", episode.date());
        assertEquals("Tides.", episode.description());
    }

    @Test
    void aDateThatIsNotIsoIsReportedWhereItStands() throws Exception {
        write("a.txt", "A.");
        Path manifest = write("episode.json", "{\n  \"title\": \"T\",\n  \"date\": \"23/11/2026\"\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> reader.read(dir));
        assertEquals(manifest + ":3", e.location());
        assertEquals("\"date\" is not a date like 2026-11-23: '23/11/2026'", e.getMessage());
    }

    @Test
    void theManifestMapsRolesAndSpeakersToProfiles() throws Exception {
        write("a.txt", "A.");
        write("episode.json", """
                {"voices": {"narrator": "n", "quote": "q", "heading": "h", "speakers": {"Bob": "deep", "Ann": "high"}}}
                """);
        VoiceMapping voices = reader.read(dir).voices();
        assertEquals(new VoiceMapping("n", "q", "h", java.util.Map.of("Bob", "deep", "Ann", "high")), voices);
        assertEquals(List.of("Bob", "Ann"), List.copyOf(voices.speakers().keySet()));
    }

    @Test
    void withoutAManifestTheTitleComesFromTheFolderName() throws Exception {
        Path show = dir.resolve("my_great-show");
        Files.createDirectories(show);
        Files.writeString(show.resolve("1.txt"), "Hi.");
        assertEquals("My great show", reader.read(show).title());
        assertEquals("my_great-show", reader.read(show).name());
    }

    @Test
    void theManifestsTitleIsTheUsersOwn() throws Exception {
        write("a.txt", "A.");
        write("episode.json", "{\"title\": \"My Show\"}");
        assertEquals(TitleOrigin.MANIFEST, reader.read(dir).titleOrigin());
        assertEquals(TitleOrigin.FOLDER_NAME, reader.read(write("fog-signals/1.txt", "Hi.").getParent()).titleOrigin());
    }

    @Test
    void aFileNamedForItsKindOrLanguageIsTitledAfterItsFolder() throws Exception {
        for (String name : List.of("en.vtt", "en-US.vtt", "transcript.txt", "captions.srt", "subtitles.vtt", "index.md",
                "output.txt", "transcript.en.vtt", "01.txt")) {
            Path file = write("fog_signals/" + name, name.endsWith(".srt") ? "1\n00:00:01,000 --> 00:00:02,000\nHi.\n"
                    : name.endsWith(".vtt") ? "WEBVTT\n\n00:01.000 --> 00:02.000\nHi.\n" : "Hi.");
            EpisodeSource episode = reader.read(file);
            assertEquals("Fog signals", episode.title(), name);
            assertEquals(TitleOrigin.FOLDER_NAME, episode.titleOrigin(), name);
        }
    }

    @Test
    void aFolderNamedForItsKindIsTitledAfterTheFolderAboveIt() throws Exception {
        write("harbour-tour/captions/1.txt", "Hi.");
        EpisodeSource episode = reader.read(dir.resolve("harbour-tour/captions"));
        assertEquals("Harbour tour", episode.title());
        assertEquals(TitleOrigin.FOLDER_NAME, episode.titleOrigin());
    }

    @Test
    void aLanguageSuffixOrADownloadsVideoIdIsNotPartOfAFileNamesTitle() throws Exception {
        EpisodeSource episode = reader.read(write("the-fog-horn.en-GB.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nHi.\n"));
        assertEquals("The fog horn", episode.title());
        assertEquals(TitleOrigin.FILE_NAME, episode.titleOrigin());
        assertEquals("Fog Signals, episode 3",
                reader.read(write("Fog Signals, episode 3 [dQw4w9WgXcQ].en.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nHi.\n")).title());
    }

    @Test
    void aCaptionHeadersTitleTitlesTheEpisodeAndItsSection() throws Exception {
        Path file = write("captions/en.vtt", "WEBVTT\nKind: captions\nTitle: Fog &amp; signals\nLanguage: en\n\n00:01.000 --> 00:02.000\nHi.\n");
        EpisodeSource episode = reader.read(file);
        assertEquals("Fog & signals", episode.title());
        assertEquals(TitleOrigin.CAPTION_HEADER, episode.titleOrigin());
        assertEquals("Fog & signals", episode.sections().get(0).title());
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsRead() throws Exception {
        Path file = dir.resolve("talk.srt");
        Files.write(file, "\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nCafé.\r\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of("Café."), reader.read(file).sections().get(0).lines().stream().map(SourceLine::text).toList());
    }

    @Test
    void aSingleFileIsAOneSectionEpisode() throws Exception {
        Path file = write("talk.txt", "Hello.\r\nWorld.");
        EpisodeSource episode = reader.read(file);
        assertEquals(1, episode.sections().size());
        assertEquals(List.of(new SourceLine(1, "Hello."), new SourceLine(2, "World.")),
                episode.sections().get(0).lines());
    }

    @Test
    void aMissingInputIsAnInputError() {
        RecastException e = assertThrows(RecastException.class, () -> reader.read(dir.resolve("nope")));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals("input does not exist", e.getMessage());
    }

    @Test
    void aFolderWithoutSectionsIsAnInputError() throws Exception {
        write("readme.html", "x");
        RecastException e = assertThrows(RecastException.class, () -> reader.read(dir));
        assertEquals("no sections: the directory has no *.txt, *.md, *.vtt or *.srt files", e.getMessage());
        assertEquals(dir.toString(), e.location());
    }

    @Test
    void anEmptySectionIsAnInputError() throws Exception {
        Path empty = write("1.txt", " \n\n");
        RecastException e = assertThrows(RecastException.class, () -> reader.read(dir));
        assertEquals("section is empty", e.getMessage());
        assertEquals(empty.toString(), e.location());
    }

    @Test
    void aBinaryFileIsAnInputError() throws Exception {
        Path binary = dir.resolve("1.txt");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0});
        RecastException e = assertThrows(RecastException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().startsWith("not a text file"), e.getMessage());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws Exception {
        write("1.txt", "x");
        Path manifest = write("episode.json", "{\n  \"title\": \"x\",\n  \"sections\": [,]\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> reader.read(dir));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals(manifest + ":3:16", e.location());
    }

    @Test
    void anUnknownManifestFieldIsReportedWhereItStands() throws Exception {
        write("1.txt", "x");
        Path manifest = write("episode.json", "{\n  \"titel\": \"x\"\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> reader.read(dir));
        assertTrue(e.location().startsWith(manifest + ":2:"), e.location());
        assertTrue(e.getMessage().contains("titel"), e.getMessage());
    }

    @Test
    void aManifestNamingAMissingFileSaysWhichAndWhere() throws Exception {
        write("1.txt", "x");
        Path manifest = write("episode.json", "{\n  \"sections\": [\n    \"1.txt\",\n    \"2.txt\"\n  ]\n}\n");
        RecastException e = assertThrows(RecastException.class, () -> reader.read(dir));
        assertEquals(manifest + ":4", e.location());
        assertTrue(e.getMessage().startsWith("section file '2.txt' does not exist"), e.getMessage());
    }

    @Test
    void aManifestCannotReachOutsideItsFolder() throws Exception {
        write("1.txt", "x");
        write("episode.json", "{\"sections\": [\"../1.txt\"]}");
        RecastException e = assertThrows(RecastException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void theBundledExampleReadsFromTheClasspath() throws Exception {
        EpisodeSource example = BundledExample.read(reader);
        assertEquals("Reading the Tides", example.title());
        assertEquals(3, example.sections().size());
        assertEquals("Reading today's tables", example.sections().get(2).title());
    }
}
