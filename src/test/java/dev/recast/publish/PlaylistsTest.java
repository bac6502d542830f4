package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.ExternalTool;
import dev.recast.episode.Chapter;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import dev.recast.ingest.ShowInfo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** PLS, XSPF and the CUE sheet: the same entries and chapters as the M3U8 and chapters.json. */
class PlaylistsTest {

    private static final Publication WAV = TestEpisode.publication(Set.of(Format.WAV, Format.PLAYLISTS), null);
    private static final Publication MP3_ONLY =
            TestEpisode.publication(Set.of(Format.MP3, Format.PLAYLISTS), null);

    @TempDir
    Path tempDir;

    @Test
    void plsVersion2ListsEachSectionWithWholeSecondsRoundedHalfUp() {
        // 1.501 s and 1.500 s: both round to 2.
        assertEquals("""
                [playlist]
                File1=sections/01-cafe-the-long-count.wav
                Title1=Café: the Long Count!
                Length1=2
                File2=sections/02-q-a-naive-questions.wav
                Title2=Q&A – naïve questions
                Length2=2
                NumberOfEntries=2
                Version=2
                """, PlsPlaylist.render(WAV));
    }

    @Test
    void withoutWavEveryPlaylistListsTheMp3AsOneEntry() {
        assertEquals("""
                [playlist]
                File1=episode.mp3
                Title1=Recast: Episode 7
                Length1=3
                NumberOfEntries=1
                Version=2
                """, PlsPlaylist.render(MP3_ONLY));
        assertEquals("#EXTM3U\n#PLAYLIST:Recast: Episode 7\n#EXTINF:3.001,Recast: Episode 7\nepisode.mp3\n",
                M3u8Playlist.render(MP3_ONLY));
        assertTrue(XspfPlaylist.render(MP3_ONLY).contains("<location>episode.mp3</location>"));
        assertTrue(CueSheet.render(MP3_ONLY).contains("FILE \"episode.mp3\" MP3\n"));
    }

    @Test
    void xspfIsValidXmlWithEncodedRelativeLocationsTitlesAndMilliseconds() throws Exception {
        ExternalTool xmllint = ExternalTool.require("xmllint");
        // A base URL is for the feed; the playlist stays relative so the folder plays anywhere.
        String xspf = XspfPlaylist.render(TestEpisode.publication(Set.of(Format.WAV, Format.PLAYLISTS),
                "https://example.com/ep"));
        Path file = Files.writeString(tempDir.resolve("episode.xspf"), xspf, StandardCharsets.UTF_8);
        xmllint.run("--noout", file.toString());

        Document doc = parse(xspf);
        Element playlist = doc.getDocumentElement();
        assertEquals(XspfPlaylist.NAMESPACE, playlist.getNamespaceURI());
        assertEquals("1", playlist.getAttribute("version"));
        assertEquals("Recast: Episode 7", text(playlist, "title", 0));
        assertEquals("Ana Núñez", text(playlist, "creator", 0));
        NodeList tracks = playlist.getElementsByTagNameNS(XspfPlaylist.NAMESPACE, "track");
        assertEquals(2, tracks.getLength());
        Element second = (Element) tracks.item(1);
        assertEquals("sections/02-q-a-naive-questions.wav", text(second, "location", 0));
        assertEquals("Q&A – naïve questions", text(second, "title", 0));
        assertEquals("1500", text(second, "duration", 0));
        assertEquals("1501", text((Element) tracks.item(0), "duration", 0));
    }

    @Test
    void linksPercentEncodeEachSegmentAsUtf8AndJoinTheBaseUrlWithOneSlash() {
        assertEquals("sections/01%20%C3%BC%26x.wav", Links.encodePath("sections/01 ü&x.wav"));
        Publication bare = TestEpisode.publication(Set.of(Format.WAV), "https://example.com/my%20show");
        Publication slashed = TestEpisode.publication(Set.of(Format.WAV), "https://example.com/my%20show/");
        assertEquals("https://example.com/my%20show/feed.xml", Links.to(bare, "feed.xml"));
        assertEquals("https://example.com/my%20show/feed.xml", Links.to(slashed, "feed.xml"));
        assertEquals("https://example.com/my%20show/", Links.folder(bare));
        assertEquals("feed.xml", Links.to(WAV, "feed.xml"));
    }

    @Test
    void cueSheetHasATrackPerChapterAtFlooredFramesWithoutBom() {
        // 24 008 samples = 112.54 frames -> 112 = 1 s 37 f; 40 001 = 187.5 frames -> 187 = 2 s 37 f.
        String cue = CueSheet.render(WAV);
        assertEquals("""
                TITLE "Recast: Episode 7"
                PERFORMER "Ana Núñez"
                FILE "episode.wav" WAVE
                  TRACK 01 AUDIO
                    TITLE "Café: the Long Count!"
                    PERFORMER "Ana Núñez"
                    INDEX 01 00:00:00
                  TRACK 02 AUDIO
                    TITLE "Q&A – naïve questions"
                    PERFORMER "Ana Núñez"
                    INDEX 01 00:01:37
                  TRACK 03 AUDIO
                    TITLE "Follow-ups"
                    PERFORMER "Ana Núñez"
                    INDEX 01 00:02:37
                """, cue);
        assertFalse(cue.startsWith("\uFEFF"));
    }

    @Test
    void cueSheetQuotesTitlesSafelyStartsAtZeroAndSkipsChaptersOnTheSameFrame() {
        Timeline timeline = new Timeline(TestEpisode.FORMAT, List.of(new SectionSpan(1, "A", "a.txt", 0, 160_000)),
                List.of(), List.of(new Chapter("The \"big\"\nday", 1, 1_600),
                        new Chapter("Same frame", 2, 1_700),
                        new Chapter("Later", 2, 16_000 * 61 + 213)),
                160_000 * 1 + 0);
        Publication publication = new Publication(new EpisodeInfo("Ep \"1\"", null), timeline, List.of(), null,
                EpisodeFiles.of(timeline), Set.of(Format.WAV, Format.PLAYLISTS), null);
        String cue = CueSheet.render(publication);
        assertEquals("""
                TITLE "Ep '1'"
                PERFORMER "Ep '1'"
                FILE "episode.wav" WAVE
                  TRACK 01 AUDIO
                    TITLE "Ep '1'"
                    PERFORMER "Ep '1'"
                    INDEX 01 00:00:00
                  TRACK 02 AUDIO
                    TITLE "The 'big' day"
                    PERFORMER "Ep '1'"
                    INDEX 01 00:00:07
                  TRACK 03 AUDIO
                    TITLE "Later"
                    PERFORMER "Ep '1'"
                    INDEX 01 01:01:00
                """, cue);
    }

    @Test
    void cueSheetPerformerIsTheEpisodesAuthorElseTheShowsElseTheShowQuotedSafely() {
        ShowInfo show = ShowInfo.of("Sound at \"Sea\"", Optional.of("Harbour \"Radio\"\nLtd"));
        Publication showAuthor = new Publication(new EpisodeInfo("Ep 1", null), show, Optional.empty(),
                TestEpisode.TIMELINE, List.of(), null, EpisodeFiles.of(TestEpisode.TIMELINE),
                Set.of(Format.WAV, Format.PLAYLISTS), Optional.empty());
        List<String> performers = CueSheet.render(showAuthor).lines().filter(l -> l.contains("PERFORMER")).toList();
        assertEquals(List.of("PERFORMER \"Harbour 'Radio' Ltd\"", "    PERFORMER \"Harbour 'Radio' Ltd\"",
                "    PERFORMER \"Harbour 'Radio' Ltd\"", "    PERFORMER \"Harbour 'Radio' Ltd\""), performers);

        Publication showOnly = new Publication(new EpisodeInfo("Ep 1", " "), ShowInfo.of("Sound at \"Sea\"",
                Optional.empty()), Optional.empty(), TestEpisode.TIMELINE, List.of(), null,
                EpisodeFiles.of(TestEpisode.TIMELINE), Set.of(Format.WAV, Format.PLAYLISTS), Optional.empty());
        assertTrue(CueSheet.render(showOnly).startsWith("TITLE \"Ep 1\"\nPERFORMER \"Sound at 'Sea'\"\n"));
        assertEquals("Ana Núñez", CueSheet.performer(new Publication(TestEpisode.INFO, show, Optional.empty(),
                TestEpisode.TIMELINE, List.of(), null, EpisodeFiles.of(TestEpisode.TIMELINE),
                Set.of(Format.WAV, Format.PLAYLISTS), Optional.empty())));
    }

    /** Issue 25 item 11: a title's terminal escapes reached `cat episode.m3u8`. */
    @Test
    void playlistsCarryNoTerminalEscapeOrControlCharacter() {
        Timeline timeline = new Timeline(TestEpisode.FORMAT,
                List.of(new SectionSpan(1, "Red\u001B[31m\u001B]0;pwned\u0007 tide\u009B2J", "a.txt", 0, 160_000)),
                List.of(), List.of(new Chapter("Bell\u0000\u0008\ttoll", 1, 0)), 160_000);
        Publication publication = new Publication(new EpisodeInfo("Ep\u001B[2J 1", null), timeline, List.of(), null,
                EpisodeFiles.of(timeline), Set.of(Format.WAV, Format.PLAYLISTS), null);

        String m3u8 = M3u8Playlist.render(publication);
        String pls = PlsPlaylist.render(publication);
        String cue = CueSheet.render(publication);

        for (String raw : List.of(m3u8, pls, cue)) {
            assertTrue(raw.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n'), raw);
        }
        assertTrue(m3u8.contains("#PLAYLIST:Ep 1\n#EXTINF:10.000,Red tide\n"), m3u8);
        assertTrue(cue.contains("TITLE \"Bell   toll\""), cue);
    }

    @Test
    void cueSheetKeepsTo99TracksDroppingSubheadingsFirst() {
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            chapters.add(new Chapter("C" + i, i % 2 == 0 ? 1 : 2, i * 16_000L));
        }
        Timeline timeline = TestEpisode.sections(TestEpisode.FORMAT, 120 * 16_000L);
        timeline = new Timeline(timeline.format(), timeline.sections(), List.of(), chapters, timeline.totalSamples());
        Publication publication = new Publication(TestEpisode.INFO, timeline, List.of(), null,
                EpisodeFiles.of(timeline), Set.of(Format.WAV, Format.PLAYLISTS), null);
        List<String> titles = CueSheet.render(publication).lines().filter(l -> l.startsWith("    TITLE")).toList();
        assertEquals(60, titles.size());
        assertEquals("    TITLE \"C118\"", titles.get(59));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String name, int index) {
        return parent.getElementsByTagNameNS(XspfPlaylist.NAMESPACE, name).item(index).getTextContent();
    }
}
