package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.recast.ExternalTool;
import dev.recast.HeadlessChromium;
import dev.recast.StaticFileServer;
import dev.recast.episode.Chapter;
import dev.recast.episode.Placed;
import dev.recast.episode.Timeline;
import dev.recast.pipeline.Render;
import dev.recast.pipeline.RenderOptions;
import dev.recast.pipeline.RenderResult;
import dev.recast.synth.FakeEngines;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser: the bundled example rendered with the fake synthesizer, served
 * over HTTP as a static server would, and driven in headless Chromium like a listener would.
 */
@Tag("slow")
class EpisodePageBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "episode-page.png");

    @TempDir
    Path dir;

    @Test
    void clickingTheThirdChapterSeeksToItsStartAndHighlightsWhatIsSpokenThere() throws Exception {
        ExternalTool chromiumTool = ExternalTool.require("chromium");
        Path out = dir.resolve("out");
        RenderResult result = new Render(FakeEngines.tones(), line -> { })
                .run(RenderOptions.defaults().withOutput(out).withFormats(Set.of(Format.WAV, Format.PAGE)));
        Timeline timeline = result.timeline();
        Chapter third = timeline.chapters().get(2);
        BigDecimal start = Seconds.at(timeline, third.startSample());
        String expectedUtterance = spokenAt(timeline, start);

        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        try (StaticFileServer server = StaticFileServer.serve(out);
                HeadlessChromium chromium = HeadlessChromium.launch(chromiumTool.toString())) {
            chromium.onEvent(event -> {
                String method = event.path("method").asText();
                JsonNode params = event.path("params");
                if (method.equals("Runtime.exceptionThrown")
                        || method.equals("Runtime.consoleAPICalled")
                                && List.of("error", "assert").contains(params.path("type").asText())
                        || method.equals("Log.entryAdded") && params.path("entry").path("level").asText()
                                .equals("error")) {
                    errors.add(event.toString());
                }
            });
            chromium.send("Runtime.enable", Map.of());
            chromium.send("Log.enable", Map.of());
            chromium.send("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1200, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            chromium.send("Page.navigate", Map.of("url", server.uri(EpisodeFiles.PAGE).toString()));
            waitFor(chromium, "document.readyState === 'complete'");
            assertEquals(EpisodeFiles.EPISODE_WAV, chromium.evaluate(
                    "document.getElementById('player').getAttribute('src')").asText());
            waitFor(chromium, "document.getElementById('player').readyState >= 1");

            // Arm a promise for the seek, then click the third chapter's button where it is drawn.
            JsonNode centre = chromium.evaluate("""
                    (() => {
                      const audio = document.getElementById('player');
                      window.seekedForTest = new Promise(resolve =>
                          audio.addEventListener('seeked', () => resolve(), { once: true }));
                      const button = document.querySelectorAll('.chapter')[2];
                      button.scrollIntoView({ block: 'center' });
                      const box = button.getBoundingClientRect();
                      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
                    })()""");
            for (String type : List.of("mousePressed", "mouseReleased")) {
                chromium.send("Input.dispatchMouseEvent", Map.of("type", type, "x", centre.get("x").asDouble(),
                        "y", centre.get("y").asDouble(), "button", "left", "clickCount", 1));
            }
            JsonNode state = chromium.evaluate("""
                    window.seekedForTest.then(() => {
                      const highlighted = document.querySelectorAll('.u[aria-current]');
                      const box = highlighted[0].getBoundingClientRect();
                      return {
                        time: document.getElementById('player').currentTime,
                        highlighted: Array.from(highlighted, u => u.id),
                        visible: box.top >= 0 && box.bottom <= window.innerHeight,
                        chapter: document.querySelector('.chapter[aria-current] .title').textContent
                      };
                    })""");

            assertEquals(start.doubleValue(), state.get("time").asDouble(), 0.001, "player time after the click");
            assertEquals(List.of(expectedUtterance), List.of(state.get("highlighted").get(0).asText()));
            assertEquals(1, state.get("highlighted").size(), "one utterance is highlighted");
            assertTrue(state.get("visible").asBoolean(), "the highlighted utterance is scrolled into view");
            assertEquals(third.title(), state.get("chapter").asText());

            byte[] png = Base64.getDecoder().decode(
                    chromium.send("Page.captureScreenshot", Map.of("format", "png")).get("data").asText());
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, png);
        }
        assertEquals(List.of(), errors, "console errors");
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G'};
        assertArrayEquals(signature, Arrays.copyOf(Files.readAllBytes(SCREENSHOT), 4), "a PNG screenshot");
    }

    /** The utterance whose {@code [start, next start)}, in the page's rounded seconds, holds {@code time}. */
    private static String spokenAt(Timeline timeline, BigDecimal time) {
        String id = null;
        for (Placed p : timeline.utterances()) {
            if (Seconds.at(timeline, p.startSample()).compareTo(time) <= 0) {
                id = p.utterance().id();
            }
        }
        return id;
    }

    private static void waitFor(HeadlessChromium chromium, String condition) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!chromium.evaluate(condition).asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + condition);
            }
            Thread.sleep(50);
        }
    }
}
