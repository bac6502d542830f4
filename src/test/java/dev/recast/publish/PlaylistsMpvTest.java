package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recast.ExternalTool;
import dev.recast.audio.WavWriter;
import dev.recast.episode.Chapter;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What mpv makes of the CUE sheet (its chapters) and the PLS playlist (its entries). mpv has no XSPF
 * reader; the XSPF is checked with xmllint in {@link PlaylistsTest}.
 */
class PlaylistsMpvTest {

    private static final String ENTRY = "recast-entry";
    private static final Publication PUBLICATION =
            TestEpisode.publication(Set.of(Format.WAV, Format.PLAYLISTS), null);

    @TempDir
    Path tempDir;

    @Test
    void mpvReadsEveryCueTrackAsAChapterWithItsTitleAndFrameTime() throws IOException {
        ExternalTool mpv = ExternalTool.require("mpv");
        Timeline timeline = TestEpisode.TIMELINE;
        Path episodeDir = writeAudio();
        Path cue = Files.writeString(episodeDir.resolve(EpisodeFiles.CUE_SHEET), CueSheet.render(PUBLICATION),
                StandardCharsets.UTF_8);

        String out = mpv.run("--no-config", "--ao=null", "--ao-null-untimed", "--vo=null", "--idle=no", "--quiet",
                "--sub-auto=no", "--term-playing-msg=" + ENTRY + "\t${=chapter-list}", cue.toString());

        String line = out.lines().filter(l -> l.startsWith(ENTRY + "\t")).findFirst().orElseThrow();
        JsonNode chapters = new ObjectMapper().readTree(line.substring(ENTRY.length() + 1));
        assertEquals(timeline.chapters().size(), chapters.size(), out);
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = timeline.chapters().get(i);
            assertEquals(chapter.title(), chapters.get(i).get("title").asText());
            double frameTime = (double) CueSheet.frame(timeline, chapter.startSample()) / CueSheet.FRAMES_PER_SECOND;
            assertEquals(frameTime, chapters.get(i).get("time").asDouble(), 1e-6, chapter.title());
        }
    }

    @Test
    void mpvLoadsEveryPlsEntryInOrder() throws IOException {
        ExternalTool mpv = ExternalTool.require("mpv");
        Path episodeDir = writeAudio();
        Path pls = Files.writeString(episodeDir.resolve(EpisodeFiles.PLS_PLAYLIST), PlsPlaylist.render(PUBLICATION),
                StandardCharsets.UTF_8);
        EpisodeFiles files = EpisodeFiles.of(TestEpisode.TIMELINE);
        List<SectionSpan> spans = TestEpisode.TIMELINE.sections();
        for (Path playlist : List.of(pls)) {
            String out = mpv.run("--no-config", "--ao=null", "--ao-null-untimed", "--vo=null", "--idle=no",
                    "--quiet", "--term-playing-msg=" + ENTRY + "\t${playlist-pos-1}\t${playlist-count}\t${path}",
                    playlist.toString());
            List<String[]> entries = out.lines().filter(l -> l.startsWith(ENTRY + "\t"))
                    .map(l -> l.split("\t", -1)).toList();
            assertEquals(spans.size(), entries.size(), playlist + ":\n" + out);
            for (int i = 0; i < spans.size(); i++) {
                assertEquals(String.valueOf(i + 1), entries.get(i)[1]);
                assertEquals(String.valueOf(spans.size()), entries.get(i)[2]);
                assertEquals(episodeDir.resolve(files.sectionWav(spans.get(i))).toRealPath(),
                        Path.of(entries.get(i)[3]).toRealPath(), playlist.toString());
            }
        }
    }

    /** Silent section WAVs and episode WAV, in a folder whose name has a space and an accent. */
    private Path writeAudio() throws IOException {
        Timeline timeline = TestEpisode.TIMELINE;
        Path episodeDir = Files.createDirectory(tempDir.resolve("Épisode 7 final"));
        EpisodeFiles files = EpisodeFiles.of(timeline);
        for (SectionSpan span : timeline.sections()) {
            Path wav = episodeDir.resolve(files.sectionWav(span));
            Files.createDirectories(wav.getParent());
            WavWriter.write(Files.newOutputStream(wav), timeline.format(), List.of(),
                    new short[Math.toIntExact(span.lengthSamples())]);
        }
        WavWriter.write(Files.newOutputStream(episodeDir.resolve(EpisodeFiles.EPISODE_WAV)), timeline.format(),
                List.of(), new short[Math.toIntExact(timeline.totalSamples())]);
        return episodeDir;
    }
}
