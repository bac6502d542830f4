package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.ExternalTool;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.ShowInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** feed.xml: well-formed for xmllint, and read back namespace-aware, field by field. */
class PodcastFeedTest {

    private static final Enclosure MP3 = new Enclosure(EpisodeFiles.EPISODE_MP3, Enclosure.MP3_TYPE, 12_345);

    @TempDir
    Path tempDir;

    @Test
    void xmllintAcceptsTheFeedAndItCarriesTheEpisodeUnderTheBaseUrl() throws Exception {
        ExternalTool xmllint = ExternalTool.require("xmllint");
        Publication publication = new Publication(
                new EpisodeInfo("Q&A <live>", "Ana & Bo", "2024-03-05", "Tides, \"clocks\" & tables"),
                TestEpisode.TIMELINE, TestEpisode.SECTIONS, null, EpisodeFiles.of(TestEpisode.TIMELINE),
                Format.DEFAULTS, Optional.of("https://example.com/my%20show"));
        String feed = PodcastFeed.render(publication, MP3);
        xmllint.run("--noout", Files.writeString(tempDir.resolve("feed.xml"), feed, StandardCharsets.UTF_8)
                .toString());

        Element channel = (Element) PlaylistsTest.parse(feed).getElementsByTagName("channel").item(0);
        assertEquals("Q&A <live>", child(channel, null, "title").getTextContent());
        assertEquals("https://example.com/my%20show/", child(channel, null, "link").getTextContent());
        assertEquals("Tides, \"clocks\" & tables", child(channel, null, "description").getTextContent());
        assertEquals("en", child(channel, null, "language").getTextContent());
        assertEquals("Ana & Bo", child(channel, PodcastFeed.ITUNES_NAMESPACE, "author").getTextContent());
        assertEquals("false", child(channel, PodcastFeed.ITUNES_NAMESPACE, "explicit").getTextContent());

        Element item = child(channel, null, "item");
        Element enclosure = child(item, null, "enclosure");
        assertEquals("https://example.com/my%20show/episode.mp3", enclosure.getAttribute("url"));
        assertEquals("12345", enclosure.getAttribute("length"));
        assertEquals("audio/mpeg", enclosure.getAttribute("type"));
        Element guid = child(item, null, "guid");
        assertTrue(guid.getTextContent().matches("[0-9a-f]{64}"), guid.getTextContent());
        assertEquals("false", guid.getAttribute("isPermaLink"));
        assertEquals("Tue, 05 Mar 2024 00:00:00 +0000", child(item, null, "pubDate").getTextContent());
        assertEquals("00:00:03", child(item, PodcastFeed.ITUNES_NAMESPACE, "duration").getTextContent());
        Element chapters = child(item, PodcastFeed.PODCAST_NAMESPACE, "chapters");
        assertEquals("https://example.com/my%20show/chapters.json", chapters.getAttribute("url"));
        assertEquals("application/json+chapters", chapters.getAttribute("type"));
        List<String> transcripts = new ArrayList<>();
        NodeList nodes = item.getElementsByTagNameNS(PodcastFeed.PODCAST_NAMESPACE, "transcript");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element transcript = (Element) nodes.item(i);
            transcripts.add(transcript.getAttribute("type") + " " + transcript.getAttribute("url"));
        }
        assertEquals(List.of("text/vtt https://example.com/my%20show/episode.vtt",
                "application/x-subrip https://example.com/my%20show/episode.srt",
                "application/json https://example.com/my%20show/transcript.json"), transcripts);
    }

    @Test
    void withoutBaseUrlLinksAreRelativeAndOnlyWrittenFilesAreLinked() throws Exception {
        Publication publication = TestEpisode.publication(Set.of(Format.WAV, Format.FEED), null);
        Enclosure wav = new Enclosure(EpisodeFiles.EPISODE_WAV, Enclosure.WAV_TYPE, 96_076);
        String feed = PodcastFeed.render(publication, wav);
        Document doc = PlaylistsTest.parse(feed);
        Element item = (Element) doc.getElementsByTagName("item").item(0);
        Element enclosure = child(item, null, "enclosure");
        assertEquals("episode.wav", enclosure.getAttribute("url"));
        assertEquals("audio/wav", enclosure.getAttribute("type"));
        assertEquals(0, doc.getElementsByTagNameNS(PodcastFeed.PODCAST_NAMESPACE, "*").getLength());
        // No date given, so no pubDate: the file stays the same on every render.
        assertEquals(0, doc.getElementsByTagName("pubDate").getLength());
        assertTrue(feed.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""));
    }

    @Test
    void theGuidNamesTheEpisodeSoNewAudioOfItKeepsIt() throws Exception {
        EpisodeInfo tides = new EpisodeInfo("Reading the Tides", "Ana", "2024-03-05", "First cut");
        String guid = PodcastFeed.guid(tides);
        assertEquals(guid, PodcastFeed.guid(new EpisodeInfo("Reading the Tides", "Ana", "2024-03-05", "Fixed")),
                "a corrected description, like corrected audio, is the same episode");
        assertEquals(PodcastFeed.guid(TestEpisode.INFO),
                itemGuid(TestEpisode.publication(Set.of(Format.MP3, Format.FEED), null), MP3), "the item carries it");
        for (EpisodeInfo other : List.of(new EpisodeInfo("Reading the Tides II", "Ana", "2024-03-05", null),
                new EpisodeInfo("Reading the Tides", "Bo", "2024-03-05", null),
                new EpisodeInfo("Reading the Tides", "Ana", "2024-03-12", null),
                new EpisodeInfo("Reading the Tides", null, null, null))) {
            assertTrue(!guid.equals(PodcastFeed.guid(other)), other + " is another episode");
        }
    }

    private static String itemGuid(Publication publication, Enclosure audio) throws Exception {
        Element item = (Element) PlaylistsTest.parse(PodcastFeed.render(publication, audio))
                .getElementsByTagName("item").item(0);
        return child(item, null, "guid").getTextContent();
    }

    private static Element child(Element parent, String namespace, String name) {
        NodeList nodes = namespace == null ? parent.getElementsByTagNameNS("", name)
                : parent.getElementsByTagNameNS(namespace, name);
        if (nodes.getLength() == 0 && namespace == null) {
            nodes = parent.getElementsByTagName(name);
        }
        assertTrue(nodes.getLength() > 0, "no " + name + " in " + parent.getTagName());
        return (Element) nodes.item(0);
    }

    /** The Podcasting 2.0 spec's own example of {@code podcast:guid}. */
    @Test
    void theFeedGuidIsTheUuidV5OfTheFeedUrlWithoutSchemeAsTheSpecDefinesIt() {
        assertEquals("917393e3-1b1e-5cef-ace4-edaa54e1f810",
                PodcastFeed.feedGuid("https://mp3s.nashownotes.com/pc20rss.xml").toString());
        assertEquals(PodcastFeed.feedGuid("mp3s.nashownotes.com/pc20rss.xml"),
                PodcastFeed.feedGuid("http://mp3s.nashownotes.com/pc20rss.xml//"));
    }

    @Test
    void aShowsChannelCarriesWhatDirectoriesAskForAndItsItemsLinkIntoTheirFolders() throws Exception {
        ExternalTool xmllint = ExternalTool.require("xmllint");
        ShowInfo show = new ShowInfo("Sound at Sea", Optional.of("Harbour Radio"),
                Optional.of(new ShowInfo.Owner("Harbour Radio", Optional.of("editor@example.com"))),
                Optional.of("Talks about fog signals & the sea."), "en-GB",
                List.of(new ShowInfo.Category("History", Optional.empty()),
                        new ShowInfo.Category("Society & Culture", Optional.of("Documentary"))),
                true, Optional.empty(), Optional.of("https://example.com"), Optional.of("© 2026 Harbour Radio"),
                ShowInfo.Type.SERIAL);
        CoverArt cover = new CoverArt(new byte[] {1}, CoverArt.PNG, 1400, 1400);
        FeedItem fog = new FeedItem(new EpisodeInfo("Fog", null, "2026-11-01", null), "01 fog/", MP3,
                new java.math.BigDecimal("61.5"), true, false, List.of("Ann"));
        FeedItem bells = new FeedItem(new EpisodeInfo("Bells", null), "02-bells/", MP3, java.math.BigDecimal.ONE,
                false, true, List.of());
        String feed = PodcastFeed.render(show, Optional.of(cover), Optional.of("https://example.com/sea"),
                List.of(fog, bells));
        xmllint.run("--noout", Files.writeString(tempDir.resolve("feed.xml"), feed, StandardCharsets.UTF_8)
                .toString());

        Element channel = (Element) PlaylistsTest.parse(feed).getElementsByTagName("channel").item(0);
        assertEquals("https://example.com", child(channel, null, "link").getTextContent());
        assertEquals("en-GB", child(channel, null, "language").getTextContent());
        assertEquals("© 2026 Harbour Radio", child(channel, null, "copyright").getTextContent());
        Element self = child(channel, PodcastFeed.ATOM_NAMESPACE, "link");
        assertEquals("https://example.com/sea/feed.xml", self.getAttribute("href"));
        assertEquals("self", self.getAttribute("rel"));
        assertEquals(PodcastFeed.feedGuid("https://example.com/sea/feed.xml").toString(),
                child(channel, PodcastFeed.PODCAST_NAMESPACE, "guid").getTextContent());
        Element owner = child(channel, PodcastFeed.ITUNES_NAMESPACE, "owner");
        assertEquals("editor@example.com", child(owner, PodcastFeed.ITUNES_NAMESPACE, "email").getTextContent());
        assertEquals("https://example.com/sea/cover.png",
                child(channel, PodcastFeed.ITUNES_NAMESPACE, "image").getAttribute("href"));
        Element image = child(channel, null, "image");
        assertEquals("https://example.com/sea/cover.png", child(image, null, "url").getTextContent());
        assertEquals("Sound at Sea", child(image, null, "title").getTextContent());
        NodeList categories = channel.getElementsByTagNameNS(PodcastFeed.ITUNES_NAMESPACE, "category");
        assertEquals(3, categories.getLength());
        Element society = (Element) categories.item(1);
        assertEquals("Society & Culture", society.getAttribute("text"));
        assertEquals("Documentary", child(society, PodcastFeed.ITUNES_NAMESPACE, "category").getAttribute("text"));
        assertEquals("true", child(channel, PodcastFeed.ITUNES_NAMESPACE, "explicit").getTextContent());
        assertEquals("serial", child(channel, PodcastFeed.ITUNES_NAMESPACE, "type").getTextContent());

        NodeList items = channel.getElementsByTagName("item");
        assertEquals(2, items.getLength());
        Element first = (Element) items.item(0);
        assertEquals("https://example.com/sea/01%20fog/episode.mp3",
                child(first, null, "enclosure").getAttribute("url"));
        assertEquals("00:01:02", child(first, PodcastFeed.ITUNES_NAMESPACE, "duration").getTextContent());
        assertEquals("https://example.com/sea/01%20fog/chapters.json",
                child(first, PodcastFeed.PODCAST_NAMESPACE, "chapters").getAttribute("url"));
        assertEquals("Ann", child(first, PodcastFeed.PODCAST_NAMESPACE, "person").getTextContent());
        Element second = (Element) items.item(1);
        assertEquals("https://example.com/sea/02-bells/episode.vtt",
                child(second, PodcastFeed.PODCAST_NAMESPACE, "transcript").getAttribute("url"));
        assertEquals(PodcastFeed.guid(new EpisodeInfo("Bells", null)), child(second, null, "guid").getTextContent());
    }

    @Test
    void speakersKnownByNameArePersonsAndToolsNumberedLabelsAreNot() {
        assertEquals(List.of("Ann", "Speaker of the House"), FeedItem.persons(List.of("Ann", "Speaker 2",
                "SPEAKER_00", " ", "Speaker B", "Speaker of the House")));
    }
}
