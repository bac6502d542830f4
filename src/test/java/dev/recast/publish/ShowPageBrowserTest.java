package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.concurrent.Shutdown;
import dev.recast.pipeline.RenderOptions;
import dev.recast.pipeline.ShowRender;
import dev.recast.synth.FakeEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A show's page in headless Chromium: its cover drawn, its episodes listed newest first, each a link to its page. */
@Tag("slow")
class ShowPageBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "show-page.png");

    @TempDir
    Path dir;

    @Test
    void theShowPageShowsItsCoverAndLeadsToEachEpisodesPage() throws Exception {
        Path show = Files.createDirectories(dir.resolve("sea"));
        Files.writeString(show.resolve("show.json"), """
                { "title": "Sound at Sea", "author": "Harbour Radio",
                  "description": "Talks about fog signals and the sea." }
                """);
        episode(show, "01-fog", "Fog signals", "2026-11-01", "The fog horn sounds every minute. It carries far.");
        episode(show, "02-bells", "Bells at sea", "2026-11-15", "Bells were rung on ships. They marked the watches.");
        Path out = dir.resolve("out");
        new ShowRender(FakeEngines.tones(), note -> { }).run(RenderOptions.of(show, out), Shutdown.manual());

        try (PageBrowser browser = PageBrowser.open(out)) {
            browser.visit(server -> server.uri(EpisodeFiles.PAGE).toString());
            browser.waitFor("document.querySelector('img').complete");
            assertEquals(GeneratedCover.SIZE, browser.chromium.evaluate(
                    "document.querySelector('img').naturalWidth").asInt(), "the generated cover is drawn");
            assertEquals("[\"Bells at sea\",\"Fog signals\"]", browser.chromium.evaluate(
                    "JSON.stringify([...document.querySelectorAll('li a')].map(a => a.textContent.trim()))")
                    .asText(), "newest first");

            byte[] png = Base64.getDecoder().decode(browser.chromium.send("Page.captureScreenshot",
                    Map.of("format", "png")).get("data").asText());
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, png);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), "a PNG screenshot");

            browser.chromium.evaluate("document.querySelector('li a').click(); 0");
            browser.waitFor("location.pathname.endsWith('/index.html') && !!document.getElementById('player')");
            assertTrue(browser.chromium.evaluate("location.pathname").asText().contains("bells"),
                    "the first link opens the newest episode's page");
            assertEquals("Bells at sea", browser.chromium.evaluate("document.querySelector('h1').textContent")
                    .asText().trim());
        }
    }

    private static void episode(Path show, String folder, String title, String date, String text) throws Exception {
        Path episode = Files.createDirectories(show.resolve(folder));
        Files.writeString(episode.resolve("episode.json"),
                "{ \"title\": \"" + title + "\", \"date\": \"" + date + "\" }\n");
        Files.writeString(episode.resolve("1.txt"), text + "\n");
    }
}
