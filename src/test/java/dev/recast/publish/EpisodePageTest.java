package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.ExternalTool;
import dev.recast.audio.LevelOverview;
import dev.recast.episode.Timeline;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.ShowInfo;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpisodePageTest {

    private static final LevelOverview OVERVIEW = new LevelOverview(List.of(
            new LevelOverview.Level(0.5, 0.25), new LevelOverview.Level(0, 0),
            new LevelOverview.Level(0.25, 0.125), new LevelOverview.Level(1, 0.5)));

    @TempDir
    Path dir;

    private static String page(Set<Format> formats) {
        return page(TestEpisode.INFO, formats);
    }

    private static String page(EpisodeInfo info, Set<Format> formats) {
        Timeline timeline = TestEpisode.TIMELINE;
        return EpisodePage.render(new Publication(info, timeline, TestEpisode.SECTIONS, null,
                EpisodeFiles.of(timeline), formats, null), OVERVIEW);
    }

    private static final CoverArt COVER = new CoverArt(new byte[] {1}, CoverArt.JPEG, 1400, 1400);

    private static final ShowInfo SHOW = new ShowInfo("Long Counts", Optional.of("Ana"), Optional.empty(),
            Optional.of("Slow questions & long answers."), "en", List.of(), false, Optional.empty(),
            Optional.empty(), Optional.empty(), ShowInfo.Type.SERIAL);

    private static String showPage(EpisodeInfo info, Set<Format> formats) {
        Timeline timeline = TestEpisode.TIMELINE;
        return EpisodePage.render(new Publication(info, SHOW, Optional.of(COVER), timeline, TestEpisode.SECTIONS,
                null, EpisodeFiles.of(timeline), formats, Optional.empty()), OVERVIEW);
    }

    private static List<String> all(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void playsTheMp3WhenOneIsWrittenElseTheWavElseNothing() {
        String player = "<audio id=\"player\" controls preload=\"metadata\" aria-label=\"Episode audio\" src=";
        assertTrue(page(Set.of(Format.WAV, Format.MP3, Format.PAGE)).contains(player + "\"episode.mp3\">"));
        assertTrue(page(Set.of(Format.WAV, Format.PAGE)).contains(player + "\"episode.wav\">"));
        assertFalse(page(Set.of(Format.PAGE)).contains("<audio"));
    }

    @Test
    void everyUtteranceIsOneElementWithItsSpeechTimesInRoundedSeconds() {
        String html = page(Format.DEFAULTS);
        assertEquals(List.of("01-0001", "01-0002", "02-0001", "02-0002"), all(" id=\"(\\d\\d-\\d{4})\"", html));
        // 22 001 samples at 16 kHz is 1375.06 ms; 24 008 is 1500.5 ms, rounded half up.
        assertTrue(html.contains("<h3 class=\"u\" id=\"01-0001\" data-start=\"0.000\" data-end=\"0.750\">"
                + "Café: the Long Count!</h3>"), html);
        assertTrue(html.contains("<p><b class=\"speaker\">Ana:</b> <span class=\"u\" id=\"01-0002\" "
                + "data-start=\"1.125\" data-end=\"1.375\">It took 3 years.</span></p>"), html);
        assertTrue(html.contains("<span class=\"u quote\" id=\"02-0001\" data-start=\"1.501\" data-end=\"1.875\">"
                + "“Why?”</span>"), html);
        assertTrue(html.contains("<h4 class=\"u\" id=\"02-0002\" data-start=\"2.500\""), html);
    }

    @Test
    void aSectionWithoutItsOwnTitleHeadingGetsOneThatIsNotSpoken() {
        String html = page(Format.DEFAULTS);
        assertTrue(html.contains("<h3>Q&amp;A – naïve questions</h3>"), html);
        // The first section opens with its own title, spoken: that heading is the utterance, not a second one.
        assertEquals(List.of("<h3 class=\"u\" id=\"01-0001\" data-start=\"0.000\" data-end=\"0.750\">"),
                all("(<h3[^>]*>)Café", html));
    }

    @Test
    void chaptersAreButtonsAndMarksAtTheirStarts() {
        String html = page(Format.DEFAULTS);
        assertEquals(List.of("0.000", "1.501", "2.500"), all("class=\"chapter\" data-start=\"([0-9.]+)\"", html));
        assertEquals(List.of("0.000", "1.501", "2.500"),
                all("<g class=\"mark level-\\d\" data-start=\"([0-9.]+)\"", html));
        assertTrue(html.contains("<span class=\"time\">0:02</span> <span class=\"title\">Follow-ups</span>"));
        // 24 008 of 48 016 samples is exactly half way along the 1000-unit overview.
        assertTrue(html.contains("<line class=\"hit\" x1=\"500\" x2=\"500\""), html);
        assertTrue(html.contains("data-duration=\"3.001\""), html);
    }

    @Test
    void theOverviewIsScaledToItsLoudestPeak() {
        String html = page(Format.DEFAULTS);
        // Buckets centred at 125, 375, 625, 875; the loudest (1.0) spans 48 either side of the middle.
        assertTrue(html.contains("<path class=\"peak\" d=\"M0 50L125 26L375 50L625 38L875 2L1000 50"
                + "L875 98L625 62L375 50L125 74Z\"/>"), html);
    }

    @Test
    void everyTextIsEscapedAndNothingIsLoadedFromElsewhere() {
        String html = page(new EpisodeInfo("<script>alert('x')</script> & \"co\"", "A <b>", "2026-11-23",
                "Fish & chips"), Format.DEFAULTS);
        assertTrue(html.contains(
                "<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</title>"));
        assertTrue(html.contains(
                "<p class=\"byline\">A &lt;b&gt; · <time datetime=\"2026-11-23\">2026-11-23</time> · 0:03</p>"));
        assertTrue(html.contains("<meta name=\"description\" content=\"Fish &amp; chips\">"));
        assertEquals(2, html.split("<script").length, "one script, the page's own");
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("//cdn"), "no external URLs");
        assertEquals(List.of("episode.mp3"), all(" src=\"([^\"]*)\"", html));
        assertEquals(List.of("data:,", "episode.mp3", "episode.mp3"), all(" href=\"([^\"]*)\"", html));
    }

    @Test
    void theMastheadShowsTheCoverTheShowAndBothDescriptions() {
        String html = showPage(new EpisodeInfo("Episode 3", "Ana", null, "Why counts run long."), Format.DEFAULTS);
        assertTrue(html.contains("<img class=\"cover\" src=\"cover.jpg\" alt=\"Cover art of Long Counts\" "
                + "width=\"1400\" height=\"1400\">"), html);
        assertTrue(html.contains("<p class=\"show\">Long Counts</p>\n<h1>Episode 3</h1>"), html);
        assertTrue(html.contains("<p class=\"description\">Why counts run long.</p>\n"
                + "<p class=\"show-description\">Slow questions &amp; long answers.</p>"), html);
        assertEquals(List.of("cover.jpg", "episode.mp3"), all(" src=\"([^\"]*)\"", html));
    }

    @Test
    void aLoneEpisodeNamesNoShowAndShowsNoCover() {
        String html = page(Format.DEFAULTS);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("class=\"show"), html);
    }

    @Test
    void thePlayerHasSkipsASpeedAndADownloadOfWhatItPlays() {
        String html = page(Set.of(Format.WAV, Format.PAGE));
        assertTrue(html.contains("<button type=\"button\" class=\"skip\" data-skip=\"-15\">Back 15 s</button>\n"
                + "<button type=\"button\" class=\"skip\" data-skip=\"15\">Ahead 15 s</button>"), html);
        assertTrue(html.contains("<label class=\"speed\">Speed<select id=\"speed\">"), html);
        assertEquals(List.of("0.75", "1", "1.25", "1.5", "1.75", "2"), all("<option value=\"([0-9.]+)\"", html));
        assertTrue(html.contains("<option value=\"1\" selected>1×</option>"), html);
        assertTrue(html.contains("<a class=\"download\" href=\"episode.wav\" download>Download WAV</a>"), html);
        assertTrue(html.contains("<span id=\"status\" class=\"status\" role=\"status\"></span>"), html);
        assertFalse(page(Set.of(Format.PAGE)).contains("class=\"controls\""), "no controls without audio");
    }

    @Test
    void theSameInputGivesTheSamePage() {
        EpisodeInfo info = new EpisodeInfo("Episode 3", "Ana", "2026-11-23", "Why.");
        assertEquals(showPage(info, Format.DEFAULTS), showPage(info, Format.DEFAULTS));
    }

    @Test
    void clockShowsWholeSecondsAndHoursOnlyWhenThereAreAny() {
        assertEquals("0:00", EpisodePage.clock(new BigDecimal("0.999")));
        assertEquals("2:05", EpisodePage.clock(new BigDecimal("125.000")));
        assertEquals("1:02:05", EpisodePage.clock(new BigDecimal("3725.500")));
    }

    @Test
    void tidyFindsNoErrorsOrWarnings() throws Exception {
        ExternalTool tidy = ExternalTool.require("tidy");
        Path file = dir.resolve("index.html");
        Files.writeString(file, showPage(new EpisodeInfo("A & B", "C", "2026-01-02", "D"), Format.DEFAULTS));
        // tidy exits 1 on warnings and 2 on errors, and run() fails the test on either.
        assertEquals("", tidy.run("-errors", "-quiet", file.toString()));
    }
}
