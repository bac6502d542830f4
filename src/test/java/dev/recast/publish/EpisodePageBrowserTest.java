package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser: the bundled example rendered with the fake synthesizer, served
 * over HTTP as a static server would (or opened from disk), and driven in headless Chromium like
 * a listener would: with the mouse, the keyboard and links to a moment.
 */
@Tag("slow")
class EpisodePageBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "episode-page.png");

    /** Arms {@code window.seekedForTest}, a promise of the player's time at its next seek. */
    private static final String ARM_SEEKED = """
            window.seekedForTest = new Promise(resolve => document.getElementById('player')
                .addEventListener('seeked', event => resolve(event.target.currentTime), { once: true }));
            """;

    /** The player's time, the highlighted utterances, whether the first is in view, the chapter marked. */
    private static final String STATE = """
            (() => {
              const highlighted = document.querySelectorAll('.u[aria-current]');
              const box = highlighted[0].getBoundingClientRect();
              const player = document.querySelector('.player').getBoundingClientRect();
              const chapter = document.querySelector('.chapter[aria-current] .title');
              return {
                time: document.getElementById('player').currentTime,
                highlighted: Array.from(highlighted, u => u.id),
                visible: box.top >= player.bottom && box.bottom <= window.innerHeight,
                chapter: chapter && chapter.textContent
              };
            })()""";

    @TempDir
    Path dir;

    private Path out;

    /** Renders the bundled example with the fake synthesizer, its audio a WAV. */
    private Timeline render() throws Exception {
        out = dir.resolve("out");
        RenderResult result = new Render(FakeEngines.tones(), line -> { })
                .run(RenderOptions.defaults().withOutput(out).withFormats(Set.of(Format.WAV, Format.PAGE)));
        return result.timeline();
    }

    @Test
    void clickingTheThirdChapterSeeksToItsStartAndHighlightsWhatIsSpokenThere() throws Exception {
        Timeline timeline = render();
        Chapter third = timeline.chapters().get(2);
        BigDecimal start = Seconds.at(timeline, third.startSample());
        try (PageBrowser browser = PageBrowser.open(out)) {
            browser.load(server -> server.uri(EpisodeFiles.PAGE).toString());
            assertEquals(EpisodeFiles.EPISODE_WAV, browser.chromium.evaluate(
                    "document.getElementById('player').getAttribute('src')").asText());

            // Arm a promise for the seek, then click the third chapter's button where it is drawn.
            JsonNode centre = browser.chromium.evaluate(ARM_SEEKED + """
                    (() => {
                      const button = document.querySelectorAll('.chapter')[2];
                      button.scrollIntoView({ block: 'center' });
                      const box = button.getBoundingClientRect();
                      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
                    })()""");
            for (String type : List.of("mousePressed", "mouseReleased")) {
                browser.chromium.send("Input.dispatchMouseEvent", Map.of("type", type,
                        "x", centre.get("x").asDouble(), "y", centre.get("y").asDouble(), "button", "left",
                        "clickCount", 1));
            }
            JsonNode state = browser.chromium.evaluate("window.seekedForTest.then(() => (" + STATE + "))");

            assertEquals(start.doubleValue(), state.get("time").asDouble(), 0.001, "player time after the click");
            assertEquals(List.of(spokenAt(timeline, start)), List.of(state.get("highlighted").get(0).asText()));
            assertEquals(1, state.get("highlighted").size(), "one utterance is highlighted");
            assertTrue(state.get("visible").asBoolean(), "the highlighted utterance is in view below the player");
            assertEquals(third.title(), state.get("chapter").asText());
        }
    }

    @Test
    void theSpeedControlSetsThePlaybackRateFromTheKeyboard() throws Exception {
        render();
        try (PageBrowser browser = PageBrowser.open(out)) {
            browser.load(server -> server.uri(EpisodeFiles.PAGE).toString());
            browser.chromium.evaluate("document.getElementById('speed').focus()");
            browser.press("ArrowDown", "ArrowDown", 40);
            browser.press("ArrowDown", "ArrowDown", 40);
            JsonNode speed = browser.chromium.evaluate("""
                    ({ value: document.getElementById('speed').value,
                       rate: document.getElementById('player').playbackRate })""");
            assertEquals("1.5", speed.get("value").asText());
            assertEquals(1.5, speed.get("rate").asDouble());
        }
    }

    @Test
    void aTimeInTheAddressSeeksThereOnLoadAndOnEveryChangeEvenFromDisk() throws Exception {
        Timeline timeline = render();
        BigDecimal end = Seconds.at(timeline, timeline.totalSamples());
        // A whole second in the last third of the episode, as M:SS; then other spellings of other times.
        long late = end.longValue() * 2 / 3;
        try (PageBrowser browser = PageBrowser.open(out)) {
            browser.load(server -> out.resolve(EpisodeFiles.PAGE).toUri() + "#t=" + EpisodePage.clock(
                    BigDecimal.valueOf(late)));
            browser.waitFor("Math.abs(document.getElementById('player').currentTime - " + late + ") < 0.001");
            JsonNode state = browser.chromium.evaluate(STATE);
            assertEquals(List.of(spokenAt(timeline, BigDecimal.valueOf(late))),
                    List.of(state.get("highlighted").get(0).asText()));
            assertTrue(state.get("visible").asBoolean(), "the utterance is in view below the player");

            for (Map.Entry<String, Double> hash : List.of(Map.entry("1", 1.0), Map.entry("0:01.5", 1.5),
                    Map.entry("0:00:02", 2.0))) {
                browser.chromium.evaluate("location.hash = 't=" + hash.getKey() + "'");
                browser.waitFor("Math.abs(document.getElementById('player').currentTime - " + hash.getValue()
                        + ") < 0.001");
            }

            // Without the Clipboard API, and where copying a selection fails too, the link is offered to copy by hand.
            browser.chromium.evaluate("""
                    Object.defineProperty(navigator, 'clipboard', { value: undefined });
                    document.execCommand = () => false;
                    window.prompt = (message, text) => { window.offeredForTest = text; };
                    document.querySelector('.u[aria-current] .copy').click(), 0""");
            String atTwo = spokenAt(timeline, BigDecimal.valueOf(2));
            Placed utterance = timeline.utterances().stream().filter(p -> p.utterance().id().equals(atTwo))
                    .findFirst().orElseThrow();
            assertEquals(out.resolve(EpisodeFiles.PAGE).toUri() + "#t="
                    + moment(Seconds.at(timeline, utterance.startSample())),
                    browser.chromium.evaluate("window.offeredForTest").asText());
        }
    }

    @Test
    void whenThePlayerWrapsOnANarrowScreenItStillHidesNoUtterance() throws Exception {
        Timeline timeline = render();
        long late = Seconds.at(timeline, timeline.totalSamples()).longValue() * 2 / 3;
        try (PageBrowser browser = PageBrowser.open(out)) {
            browser.load(server -> server.uri(EpisodeFiles.PAGE).toString());
            double wide = browser.chromium.evaluate("document.querySelector('.player').offsetHeight").asDouble();
            browser.chromium.send("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
            browser.waitFor("getComputedStyle(document.documentElement).getPropertyValue('--player-height')"
                    + " === document.querySelector('.player').offsetHeight + 'px'");
            assertTrue(browser.chromium.evaluate("document.querySelector('.player').offsetHeight").asDouble() > wide,
                    "the controls wrap");
            browser.chromium.evaluate("location.hash = 't=" + late + "'");
            browser.waitFor("Math.abs(document.getElementById('player').currentTime - " + late + ") < 0.001");
            JsonNode state = browser.chromium.evaluate(STATE);
            assertEquals(List.of(spokenAt(timeline, BigDecimal.valueOf(late))),
                    List.of(state.get("highlighted").get(0).asText()));
            assertTrue(state.get("visible").asBoolean(), "the utterance is in view below the player");
        }
    }

    @Test
    void tabReachesTheTranscriptWhereEnterPlaysAndItsLinkIsCopied() throws Exception {
        Timeline timeline = render();
        Placed third = timeline.utterances().get(2);
        BigDecimal start = Seconds.at(timeline, third.startSample());
        try (PageBrowser browser = PageBrowser.open(out)) {
            browser.load(server -> server.uri(EpisodeFiles.PAGE).toString());
            // From the last chapter, Tab goes to the transcript: to the utterance being heard, the first.
            browser.chromium.evaluate("Array.from(document.querySelectorAll('.chapter')).pop().focus()");
            browser.press("Tab", "Tab", 9);
            assertEquals(timeline.utterances().get(0).utterance().id(),
                    browser.chromium.evaluate("document.activeElement.id").asText());
            browser.press("ArrowDown", "ArrowDown", 40);
            browser.press("ArrowDown", "ArrowDown", 40);
            browser.chromium.evaluate(ARM_SEEKED + "0");
            browser.press("Enter", "Enter", 13);
            JsonNode state = browser.chromium.evaluate("window.seekedForTest.then(time => ({ time,"
                    + " focused: document.activeElement.id, playing: !document.getElementById('player').paused,"
                    + " outline: getComputedStyle(document.activeElement).outlineStyle }))");
            assertEquals(third.utterance().id(), state.get("focused").asText());
            // Playing already, the player may be a moment past the start when it reports the seek.
            double time = state.get("time").asDouble();
            assertTrue(time >= start.doubleValue() - 0.001 && time < start.doubleValue() + 0.25,
                    "player time after Enter: " + time + ", the utterance starts at " + start);
            assertTrue(state.get("playing").asBoolean(), "Enter plays");
            assertEquals("solid", state.get("outline").asText(), "the focused utterance is outlined");

            // Paused back at the utterance, the top of the page is what the screenshot shows.
            browser.chromium.evaluate("const player = document.getElementById('player'); player.pause();"
                    + " player.currentTime = " + start + "; 0");
            browser.waitFor("document.querySelector('.u[aria-current]').id === '" + third.utterance().id() + "'");
            byte[] png = Base64.getDecoder().decode(browser.chromium.send("Page.captureScreenshot",
                    Map.of("format", "png")).get("data").asText());
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, png);
            byte[] signature = {(byte) 0x89, 'P', 'N', 'G'};
            assertArrayEquals(signature, Arrays.copyOf(png, 4), "a PNG screenshot");

            // The next Tab is the utterance's copy button; the clipboard is a stand-in that keeps what it is given.
            browser.chromium.evaluate("""
                    Object.defineProperty(navigator, 'clipboard', { value: { writeText: text => {
                      window.copiedForTest = text; return Promise.resolve(); } } }), 0""");
            browser.press("Tab", "Tab", 9);
            assertEquals("copy", browser.chromium.evaluate("document.activeElement.className").asText());
            browser.press("Enter", "Enter", 13);
            browser.waitFor("document.getElementById('status').textContent === 'Link copied'");
            String copied = browser.chromium.evaluate("window.copiedForTest").asText();
            assertEquals(browser.chromium.evaluate("location.href").asText() + "#t=" + moment(start), copied);

            // Opened, the link seeks to the utterance's start.
            browser.chromium.evaluate("document.getElementById('player').pause()");
            browser.chromium.send("Page.navigate", Map.of("url", copied));
            browser.waitFor("Math.abs(document.getElementById('player').currentTime - " + start + ") < 0.001");
        }
    }

    /** How the page writes a time into a {@code #t=} link: its clock, and the fraction when there is one. */
    private static String moment(BigDecimal seconds) {
        BigDecimal fraction = seconds.remainder(BigDecimal.ONE).stripTrailingZeros();
        return EpisodePage.clock(seconds) + (fraction.signum() == 0 ? "" : fraction.toPlainString().substring(1));
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
}
