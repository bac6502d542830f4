package dev.recast.cli;

import static dev.recast.cli.Run.recast;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.audio.ChapterMark;
import dev.recast.audio.CuePoint;
import dev.recast.audio.Id3Tag;
import dev.recast.audio.PcmFormat;
import dev.recast.audio.TagFields;
import dev.recast.audio.TestMp3;
import dev.recast.audio.WavWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recast inspect}, run in-process on a WAV from our writer and an MP3 from ffmpeg with our tag. */
class InspectCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsAWavFilesFormatDurationTagsAndChapters() throws Exception {
        Path wav = dir.resolve("episode.wav");
        Map<String, String> info = new LinkedHashMap<>();
        info.put("INAM", "Reading the Tides");
        info.put("IART", "Mara Ellison");
        info.put("ISFT", "recast 1.0");
        List<CuePoint> cues = List.of(new CuePoint(1, 0, "Intro"), new CuePoint(2, 24_008, "Café – Ñandú"));
        try (WavWriter writer = WavWriter.open(Files.newOutputStream(wav), PcmFormat.SPEECH_16K, cues, info,
                2_180_865)) {
            writer.writeSilence(2_180_865);
        }

        Run run = recast("inspect", wav.toString());
        assertEquals(0, run.exit(), run.err());

        assertEquals("""
                format    WAV, 16000 Hz, mono, 16-bit
                duration  0:02:16.304
                title     Reading the Tides
                artist    Mara Ellison
                software  recast 1.0
                chapters:
                  0:00:00.000  Intro
                  0:00:01.501  Café – Ñandú
                """, run.out());
    }

    @Test
    void printsAnMp3FilesTagsChaptersAndGaplessDuration() throws Exception {
        byte[] tag = Id3Tag.render(new TagFields("Tides", "Mara", "Show", 2, "2024-03-05", "About the sea"),
                List.of(new ChapterMark("ch1", "Intro", 0, 1_500), new ChapterMark("ch2", "Q&A", 1_500, 3_000)));
        Path mp3 = TestMp3.tagged(TestMp3.tone(dir, 3), tag, dir.resolve("episode.mp3"));

        Run run = recast("inspect", mp3.toString());
        assertEquals(0, run.exit(), run.err());

        assertEquals("""
                format    MP3, 16000 Hz, mono
                duration  0:00:03.000
                title     Tides
                artist    Mara
                album     Show
                track     2
                comment   About the sea
                date      2024-03-05
                chapters:
                  0:00:00.000  Intro
                  0:00:01.500  Q&A
                """, run.out());
    }

    @Test
    void aFileThatIsNeitherIsBadInput() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not audio");

        Run run = recast("inspect", text.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("recast: " + text + ": not a WAV or MP3 file\n", run.err());
    }

    @Test
    void aTruncatedWavIsBadInputNamingTheFile() throws Exception {
        Path wav = dir.resolve("cut.wav");
        Files.write(wav, "RIFF\u0010\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1));

        Run run = recast("inspect", wav.toString());
        assertEquals(2, run.exit(), run.err());
        String message = run.err();
        assertEquals(true, message.startsWith("recast: " + wav + ": "), message);
    }
}
