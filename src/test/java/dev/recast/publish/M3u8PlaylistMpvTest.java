package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.ExternalTool;
import dev.recast.audio.WavWriter;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a real player makes of the playlist: every entry found, titled and timed as written. */
class M3u8PlaylistMpvTest {

    private static final String ENTRY = "recast-entry";

    @TempDir
    Path tempDir;

    @Test
    void mpvLoadsEveryEntryWithItsTitleAndLength() throws IOException {
        ExternalTool mpv = ExternalTool.require("mpv");
        Timeline timeline = TestEpisode.TIMELINE;
        // A space in the directory: the player resolves each entry against the playlist's folder.
        Path episodeDir = Files.createDirectory(tempDir.resolve("Episode 7 final"));
        EpisodeFiles files = EpisodeFiles.of(timeline);
        for (SectionSpan span : timeline.sections()) {
            Path wav = episodeDir.resolve(files.sectionWav(span));
            Files.createDirectories(wav.getParent());
            short[] silence = new short[Math.toIntExact(span.lengthSamples() * timeline.format().channels())];
            WavWriter.write(Files.newOutputStream(wav), timeline.format(), List.of(), silence);
        }
        String playlist = M3u8Playlist.render(TestEpisode.INFO, timeline);
        Path playlistFile = episodeDir.resolve(EpisodeFiles.PLAYLIST);
        Files.writeString(playlistFile, playlist, StandardCharsets.UTF_8);

        // --ao-null-untimed plays as fast as it decodes; mpv exits non-zero if an entry fails to open.
        String out = mpv.run("--no-config", "--ao=null", "--ao-null-untimed", "--vo=null", "--idle=no", "--quiet",
                "--term-playing-msg=" + ENTRY + "\t${playlist-pos-1}\t${playlist-count}\t${=duration}\t${path}"
                        + "\t${media-title}",
                playlistFile.toString());

        List<String[]> entries = out.lines().filter(line -> line.startsWith(ENTRY + "\t"))
                .map(line -> line.split("\t", -1)).toList();
        List<SectionSpan> spans = timeline.sections();
        assertEquals(spans.size(), entries.size(), out);
        List<String> extinfs = playlist.lines().filter(line -> line.startsWith("#EXTINF:")).toList();
        for (int i = 0; i < spans.size(); i++) {
            SectionSpan span = spans.get(i);
            String[] entry = entries.get(i);
            assertEquals(String.valueOf(i + 1), entry[1]);
            assertEquals(String.valueOf(spans.size()), entry[2]);
            double mpvSeconds = Double.parseDouble(entry[3]);
            assertEquals(timeline.seconds(span.lengthSamples()), mpvSeconds, 1e-4, "length of " + entry[4]);
            String extinf = extinfs.get(i);
            BigDecimal listed = new BigDecimal(extinf.substring("#EXTINF:".length(), extinf.indexOf(',')));
            assertEquals(listed.doubleValue(), mpvSeconds, 0.001, extinf);
            assertEquals(episodeDir.resolve(files.sectionWav(span)), Path.of(entry[4]));
            assertEquals(span.title(), entry[5]);
        }
    }
}
