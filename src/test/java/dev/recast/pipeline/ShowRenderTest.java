package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import dev.recast.RecastException;
import dev.recast.concurrent.Shutdown;
import dev.recast.publish.PodcastFeed;
import dev.recast.synth.FakeEngines;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ShowRenderTest {

    private static final String BASE = "https://example.com/sea/";

    @TempDir
    Path dir;

    private final List<String> notes = new ArrayList<>();
    private final ShowRender render = new ShowRender(FakeEngines.tones(), notes::add);

    /** The show: three episodes, two dated (not in folder order), one undated, and a cover. */
    private Path show() throws IOException {
        Path show = dir.resolve("sea");
        Files.createDirectories(show);
        Files.writeString(show.resolve("show.json"), """
                { "title": "Sound at Sea", "author": "Harbour Radio",
                  "owner": { "name": "Harbour Radio", "email": "editor@example.com" },
                  "description": "Talks about fog signals and the sea.", "language": "en-GB",
                  "categories": ["History", "Society & Culture/Documentary"], "explicit": false,
                  "cover": "cover.png", "link": "https://example.com", "copyright": "© 2026 Harbour Radio",
                  "type": "episodic" }
                """);
        writeCover(show.resolve("cover.png"));
        episode(show, "01-fog", "Fog signals", "2026-11-01", "Ann: The fog horn sounds every minute.\nBo: It carries.\n");
        episode(show, "02-bells", "Bells at sea", "2026-11-15", "Bells were rung on ships. They marked the watches.\n");
        episode(show, "03-lights", "Lighthouses", null, "A lighthouse shows a light. Each has its pattern.\n");
        return show;
    }

    private static void episode(Path show, String folder, String title, String date, String text) throws IOException {
        Path episode = Files.createDirectories(show.resolve(folder));
        Files.writeString(episode.resolve("episode.json"), "{ \"title\": \"" + title + "\", \"description\": \"About "
                + title.toLowerCase() + ".\"" + (date == null ? "" : ", \"date\": \"" + date + "\"") + " }\n");
        Files.writeString(episode.resolve("1.txt"), text);
    }

    /** A cover as directories want it: square, 1400 px, RGB without alpha, a few KB. */
    static void writeCover(Path file) throws IOException {
        BufferedImage image = new BufferedImage(1400, 1400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f5fa8));
        g.fillRect(0, 0, 1400, 1400);
        g.setColor(Color.WHITE);
        g.fillOval(300, 300, 800, 800);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private ShowRender.ShowResult run(Path show, Path out) throws Exception {
        return render.run(RenderOptions.of(show, out).withBaseUrl(BASE), Shutdown.manual());
    }

    @Test
    void aShowRendersEachEpisodeIntoItsFolderAndListsThemAllNewestFirst() throws Exception {
        Path out = dir.resolve("out");
        ShowRender.ShowResult result = run(show(), out);

        assertEquals(3, result.rendered().size());
        assertTrue(result.failed().isEmpty());
        for (String file : List.of("feed.xml", "index.html", "show.m3u8", "cover.png", "01-fog/episode.mp3",
                "02-bells/feed.xml", "03-lights/index.html")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        Document feed = parse(out.resolve("feed.xml"));
        Element channel = (Element) feed.getElementsByTagName("channel").item(0);
        assertEquals("Sound at Sea", text(channel, "title"));
        assertEquals("en-GB", text(channel, "language"));
        assertEquals(BASE + "cover.png", ((Element) channel.getElementsByTagNameNS(PodcastFeed.ITUNES_NAMESPACE,
                "image").item(0)).getAttribute("href"));
        NodeList items = feed.getElementsByTagName("item");
        assertEquals(3, items.getLength());
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            titles.add(text((Element) items.item(i), "title"));
        }
        assertEquals(List.of("Bells at sea", "Fog signals", "Lighthouses"), titles, "newest first, undated last");
        Element fog = (Element) items.item(1);
        Element enclosure = (Element) fog.getElementsByTagName("enclosure").item(0);
        assertEquals(BASE + "01-fog/episode.mp3", enclosure.getAttribute("url"));
        assertEquals(String.valueOf(Files.size(out.resolve("01-fog/episode.mp3"))), enclosure.getAttribute("length"));
        Document own = parse(out.resolve("01-fog/feed.xml"));
        assertEquals(text(fog, "guid"), own.getElementsByTagName("guid").item(0).getTextContent(),
                "the show's feed gives an episode the guid its own feed does");
        assertEquals(BASE + "01-fog/episode.mp3", ((Element) own.getElementsByTagName("enclosure").item(0))
                .getAttribute("url"), "the episode's own feed links under its own folder's URL");
        assertEquals(List.of("Ann", "Bo"), texts(fog, PodcastFeed.PODCAST_NAMESPACE, "person"));
        assertEquals("""
                #EXTM3U
                #PLAYLIST:Sound at Sea
                """, Files.readString(out.resolve("show.m3u8")).lines().limit(2)
                .map(line -> line + "\n").reduce("", String::concat));
        assertTrue(Files.readString(out.resolve("show.m3u8")).contains("\n01-fog/episode.wav\n"));
        String page = Files.readString(out.resolve("index.html"));
        assertTrue(page.contains("<a href=\"01-fog/index.html\">Fog signals</a>"), page);
        assertTrue(page.contains("<img src=\"cover.png\""), page);
    }

    @Test
    void podcastPartytimeFindsEveryTagAppleRequires() throws Exception {
        ExternalTool node = ExternalTool.require("node");
        Path script = requireNodeModule("podcast-partytime").resolve("feed-check.mjs");
        Path out = dir.resolve("out");
        run(show(), out);

        JsonNode feed = new ObjectMapper().readTree(node.run(script.toString(), out.resolve("feed.xml").toString()));
        assertEquals("Sound at Sea", feed.get("title").asText());
        assertEquals("Talks about fog signals and the sea.", feed.get("description").asText());
        assertEquals("en-GB", feed.get("language").asText());
        assertFalse(feed.get("explicit").asBoolean());
        assertEquals(BASE + "cover.png", feed.get("itunesImage").asText());
        assertEquals("[\"History\",\"Society & Culture > Documentary\"]", feed.get("itunesCategory").toString());
        assertEquals(parse(out.resolve("feed.xml")).getElementsByTagNameNS(PodcastFeed.PODCAST_NAMESPACE, "guid")
                .item(0).getTextContent(), feed.get("guid").asText());
        assertEquals(3, feed.get("items").size());
        for (JsonNode item : feed.get("items")) {
            String url = item.get("enclosure").get("url").asText();
            Path audio = out.resolve(url.substring(BASE.length()));
            assertEquals(Files.size(audio), item.get("enclosure").get("length").asLong(), url);
            String folder = url.substring(0, url.lastIndexOf('/') + 1);
            assertEquals(folder + "chapters.json", item.get("chapters").get("url").asText());
            assertEquals(3, item.get("transcripts").size(), item.toString());
            assertEquals(folder + "episode.vtt", item.get("transcripts").get(0).get("url").asText());
        }
    }

    /** The folder of the test readers, when {@code module} is installed there; else skips, or fails in CI. */
    static Path requireNodeModule(String module) {
        Path readers = Path.of("src", "test", "node");
        if (!Files.isDirectory(readers.resolve("node_modules").resolve(module))) {
            String missing = module + " is not installed in " + readers + " (npm ci there)";
            if ("1".equals(System.getenv("RECAST_REQUIRE_TOOLS"))) {
                fail(missing + " and RECAST_REQUIRE_TOOLS=1");
            }
            Assumptions.abort(missing + "; skipping (set RECAST_REQUIRE_TOOLS=1 to fail instead)");
        }
        return readers.toAbsolutePath();
    }

    @Test
    void renderingAgainChangesNothingAndAnEditReRendersThatEpisodeAlone() throws Exception {
        Path show = show();
        Path out = dir.resolve("out");
        run(show, out);
        Map<Path, FileTime> first = modificationTimes(out);
        Map<Path, String> firstShowFiles = showFiles(out);
        Thread.sleep(20);

        ShowRender.ShowResult again = run(show, out);
        assertTrue(again.rendered().stream().allMatch(RenderResult::unchanged));
        assertEquals(first, modificationTimes(out), "a second render touches no file");
        assertEquals(firstShowFiles, showFiles(out));

        Files.writeString(show.resolve("02-bells/1.txt"), "Bells were rung on ships. They marked the watches. And"
                + " the hours of the night, one by one.\n".repeat(6));
        ShowRender.ShowResult edited = run(show, out);
        assertEquals(List.of(true, false, true), edited.rendered().stream().map(RenderResult::unchanged).toList(),
                "only the edited episode is rendered");
        Map<Path, FileTime> after = modificationTimes(out);
        first.forEach((file, time) -> {
            if (!file.startsWith("02-bells") && !file.toString().equals("feed.xml")
                    && !file.toString().equals("index.html") && !file.toString().equals("show.m3u8")) {
                assertEquals(time, after.get(file), file + " keeps its modification time");
            }
        });
        assertNotEquals(firstShowFiles.get(Path.of("feed.xml")), showFiles(out).get(Path.of("feed.xml")),
                "the feed gives the edited episode's new length");
        assertEquals(first.get(Path.of("cover.png")), after.get(Path.of("cover.png")));
    }

    @Test
    void aChangeToTheShowReachesEveryEpisodesOwnFeed() throws Exception {
        Path show = show();
        Path out = dir.resolve("out");
        run(show, out);
        String json = Files.readString(show.resolve("show.json"));
        Files.writeString(show.resolve("show.json"), json.replace("Talks about fog", "Talks on fog"));

        ShowRender.ShowResult again = run(show, out);
        assertTrue(again.rendered().stream().noneMatch(RenderResult::unchanged));
        assertTrue(Files.readString(out.resolve("03-lights/feed.xml")).contains("Talks on fog signals"));
    }

    @Test
    void aFailingEpisodeIsToldAndTheOthersAreRenderedAndListed() throws Exception {
        Path show = show();
        Files.writeString(show.resolve("02-bells/episode.json"), "{ \"title\": \"Bells\", \"date\": \"yesterday\" }\n");
        Path out = dir.resolve("out");
        ShowRender.ShowResult result = run(show, out);

        assertEquals(2, result.rendered().size());
        assertEquals(1, result.failed().size());
        ShowRender.Failure failure = result.failed().get(0);
        assertEquals(show.resolve("02-bells"), failure.episode());
        assertTrue(failure.error().location().startsWith(show.resolve("02-bells/episode.json").toString()),
                failure.error().location());
        assertFalse(Files.exists(out.resolve("02-bells/feed.xml")));
        assertEquals(2, parse(out.resolve("feed.xml")).getElementsByTagName("item").getLength());
        assertFalse(Files.readString(out.resolve("index.html")).contains("02-bells"));
    }

    @Test
    void twoEpisodeFoldersOfTheSameSlugAreRefusedBeforeAnyWork() throws Exception {
        Path show = show();
        Files.createDirectories(show.resolve("03 Lights"));
        RecastException error = assertThrows(RecastException.class, () -> run(show, dir.resolve("out")));
        assertEquals(show.resolve("03-lights").toString(), error.location());
        assertTrue(error.getMessage().contains("same folder \"03-lights\" as " + show.resolve("03 Lights")),
                error.getMessage());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    private static Map<Path, FileTime> modificationTimes(Path out) throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(path -> !out.relativize(path).toString().contains(".recast"))
                    .filter(Files::isRegularFile).toList()) {
                times.put(out.relativize(file), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static Map<Path, String> showFiles(Path out) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        for (String name : List.of("feed.xml", "index.html", "show.m3u8")) {
            files.put(Path.of(name), Files.readString(out.resolve(name)));
        }
        return files;
    }

    static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(xml.toFile());
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    private static List<String> texts(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
