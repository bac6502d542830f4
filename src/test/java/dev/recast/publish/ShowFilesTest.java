package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.ExternalTool;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.ShowInfo;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The show folder's own page and playlist. */
class ShowFilesTest {

    private static final ShowInfo SHOW = new ShowInfo("Sound & Sea", Optional.of("Harbour Radio"), Optional.empty(),
            Optional.of("Talks about <fog> signals."), "en-GB", List.of(), false, Optional.empty(), Optional.empty(),
            Optional.empty(), ShowInfo.Type.EPISODIC);
    private static final Enclosure MP3 = new Enclosure(EpisodeFiles.EPISODE_MP3, Enclosure.MP3_TYPE, 100);

    @TempDir
    Path dir;

    private static List<ShowEpisode> episodes() {
        return List.of(
                new ShowEpisode(new FeedItem(new EpisodeInfo("Bells", null, "2026-11-15", "About bells."), "02-bells/",
                        MP3, new BigDecimal("3725.500"), true, true, List.of()), Optional.of(EpisodeFiles.EPISODE_WAV),
                        true),
                new ShowEpisode(new FeedItem(new EpisodeInfo("Fog & mist", null), "01 fog/", MP3,
                        new BigDecimal("61.499"), true, true, List.of()), Optional.of(EpisodeFiles.EPISODE_WAV), true));
    }

    @Test
    void thePageListsTheEpisodesWithTheirDatesAndLengthsLinkingTheirPages() {
        String page = ShowPage.render(SHOW, Optional.of(new CoverArt(new byte[] {1}, CoverArt.JPEG, 1400, 1400)),
                episodes(), true);
        assertTrue(page.contains("<html lang=\"en-GB\">"), page);
        assertTrue(page.contains("<img src=\"cover.jpg\" alt=\"Cover art of Sound &amp; Sea\" width=\"1400\""), page);
        assertTrue(page.contains("<p class=\"description\">Talks about &lt;fog&gt; signals.</p>"), page);
        assertTrue(page.contains("<a href=\"feed.xml\">"), page);
        assertTrue(page.contains("<a href=\"02-bells/index.html\">Bells</a>\n<p class=\"meta\"><time datetime=\""
                + "2026-11-15\">15 November 2026</time> · 1:02:06</p>\n<p>About bells.</p>"), page);
        assertTrue(page.contains("<a href=\"01%20fog/index.html\">Fog &amp; mist</a>\n<p class=\"meta\">1:01</p>"),
                page);
        assertFalse(ShowPage.render(SHOW, Optional.empty(), episodes(), false).contains("<img"));
    }

    @Test
    void tidyFindsNoErrorsOrWarnings() throws Exception {
        ExternalTool tidy = ExternalTool.require("tidy");
        Path file = dir.resolve("index.html");
        Files.writeString(file, ShowPage.render(SHOW, Optional.of(new CoverArt(new byte[] {1}, CoverArt.PNG, 1400,
                1400)), episodes(), true));
        // tidy exits 1 on warnings and 2 on errors, and run() fails the test on either.
        assertEquals("", tidy.run("-errors", "-quiet", file.toString()));
    }

    @Test
    void thePlaylistListsEveryEpisodesAudioFromTheShowFolder() {
        assertEquals("""
                #EXTM3U
                #PLAYLIST:Sound & Sea
                #EXTINF:3725.500,Bells
                02-bells/episode.wav
                #EXTINF:61.499,Fog & mist
                01 fog/episode.wav
                """, ShowPlaylist.render(SHOW, episodes()));
    }
}
