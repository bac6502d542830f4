package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.recast.audio.PcmFormat;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class M3u8PlaylistTest {

    @Test
    void rendersTheSectionsInOrder() {
        assertEquals("""
                #EXTM3U
                #PLAYLIST:Recast: Episode 7
                #EXTINF:1.501,Café: the Long Count!
                sections/01-cafe-the-long-count.wav
                #EXTINF:1.500,Q&A – naïve questions
                sections/02-q-a-naive-questions.wav
                """, M3u8Playlist.render(TestEpisode.INFO, TestEpisode.TIMELINE));
    }

    @Test
    void durationsAddUpToTheEpisode() {
        // Odd lengths at 44.1 kHz: rounding each length alone would sum to 1 ms short.
        Timeline timeline = TestEpisode.sections(new PcmFormat(44_100, 16, 1),
                22_071, 1, 44_099, 100_003, 22, 7_777_777, 441, 13);
        BigDecimal sum = BigDecimal.ZERO;
        for (String line : M3u8Playlist.render(TestEpisode.INFO, timeline).split("\n")) {
            if (line.startsWith("#EXTINF:")) {
                sum = sum.add(new BigDecimal(line.substring("#EXTINF:".length(), line.indexOf(','))));
            }
        }
        assertEquals(Seconds.at(timeline, timeline.totalSamples()), sum);
        assertEquals(timeline.seconds(timeline.totalSamples()), sum.doubleValue(), 0.0005);
    }

    @Test
    void eachDurationIsWithinAMillisecondOfItsFile() {
        Timeline timeline = TestEpisode.sections(new PcmFormat(44_100, 16, 1), 22_071, 1, 44_099, 100_003);
        List<String> lines = M3u8Playlist.render(TestEpisode.INFO, timeline).lines().toList();
        for (SectionSpan span : timeline.sections()) {
            String extinf = lines.get(2 * span.index());
            double seconds = Double.parseDouble(extinf.substring("#EXTINF:".length(), extinf.indexOf(',')));
            assertEquals(timeline.seconds(span.lengthSamples()), seconds, 0.001, extinf);
        }
    }

    @Test
    void aTitleStaysOnItsLine() {
        Timeline timeline = new Timeline(TestEpisode.FORMAT,
                List.of(new SectionSpan(1, "Two\r\nlines", "a.txt", 0, 16_000)), List.of(), List.of(), 16_000);
        String playlist = M3u8Playlist.render(new EpisodeInfo("An\nepisode", null), timeline);
        assertEquals("""
                #EXTM3U
                #PLAYLIST:An episode
                #EXTINF:1.000,Two lines
                sections/01-two-lines.wav
                """, playlist);
        assertFalse(playlist.contains("\r"));
    }

    @Test
    void anEmptyTimelineIsAnEmptyPlaylist() {
        Timeline empty = new Timeline(TestEpisode.FORMAT, List.of(), List.of(), List.of(), 0);
        assertEquals("#EXTM3U\n#PLAYLIST:Recast: Episode 7\n", M3u8Playlist.render(TestEpisode.INFO, empty));
    }
}
