package dev.recast.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.ingest.EpisodeReader;
import dev.recast.ingest.RawSection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WebVTT file, an SRT file and the same talk as plain text clean to the same paragraphs and speakers. */
class TranscriptFormsTest {

    static final String PLAIN = """
            [00:00:01] Dr. Ada Quill: Welcome to the harbour, where the tide
            turns twice a day.

            Ben Ross: Twice? I thought it was once.

            Dr. Ada Quill: Twice. The keeper wrote, Quote the sea keeps time. End quote

            And then the bell rang.
            """;

    static final String VTT = """
            WEBVTT

            NOTE recorded at the harbour

            1
            00:00:01.000 --> 00:00:03.000 line:90%
            <v Dr. Ada Quill>Welcome to the harbour, where the tide

            2
            00:00:03.000 --> 00:00:04.500
            <v Dr. Ada Quill>turns <i>twice</i> a day.

            3
            00:00:04.600 --> 00:00:06.000
            <v Ben Ross>Twice? I thought it was once.

            4
            00:00:06.100 --> 00:00:09.000
            <v Dr. Ada Quill>Twice. The keeper wrote, Quote the sea
            keeps time. End quote

            5
            00:00:14.000 --> 00:00:15.000
            <v Dr. Ada Quill>And then the bell rang.
            """;

    static final String SRT = """
            1
            00:00:01,000 --> 00:00:03,000
            Dr. Ada Quill: Welcome to the harbour,
            where the tide

            2
            00:00:03,000 --> 00:00:04,500
            turns <i>twice</i> a day.

            3
            00:00:04,600 --> 00:00:06,000
            - Ben Ross: Twice? I thought it was once.

            4
            00:00:06,100 --> 00:00:09,000
            - Dr. Ada Quill: Twice. The keeper wrote,
            Quote the sea keeps time. End quote

            5
            00:00:14,000 --> 00:00:15,000
            And then the bell rang.
            """;

    @TempDir
    Path dir;

    private List<RawSection> read(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return new EpisodeReader().read(file).sections();
    }

    /** Each block as "speaker | P text" or "speaker | Q text": what must agree across forms. */
    private static List<String> turns(Section section) {
        return section.blocks().stream()
                .map(b -> b.match(Cleaning::describe, r -> r.speaker() + " | " + Cleaning.describe(r)))
                .toList();
    }

    @Test
    void webVttSrtAndPlainTextCleanToTheSameParagraphsAndSpeakers() throws Exception {
        List<String> plain = turns(Cleaning.clean(read("talk.txt", PLAIN)).get(0));

        assertEquals(List.of(
                "Dr. Ada Quill | P Welcome to the harbour, where the tide turns twice a day.",
                "Ben Ross | P Twice? I thought it was once.",
                "Dr. Ada Quill | P Twice. The keeper wrote,",
                "Dr. Ada Quill | Q the sea keeps time.",
                "Dr. Ada Quill | P And then the bell rang."), plain);
        assertEquals(plain, turns(Cleaning.clean(read("talk.vtt", VTT)).get(0)));
        assertEquals(plain, turns(Cleaning.clean(read("talk.srt", SRT)).get(0)));
    }

    @Test
    void theReadmesExamplesAgree() throws Exception {
        List<String> plain = turns(Cleaning.clean(read("readme.txt", """
                [00:00:01] Dr. Ada Quill: Welcome to the harbour, where the tide
                turns twice a day.

                Speaker 2 (00:05): Twice?
                """)).get(0));
        List<String> vtt = turns(Cleaning.clean(read("readme.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:03.000
                <v Dr. Ada Quill>Welcome to the harbour, where the tide

                00:00:03.000 --> 00:00:04.500
                <v Dr. Ada Quill>turns <i>twice</i> a day.

                00:00:05.000 --> 00:00:06.000
                <v Speaker 2>Twice?
                """)).get(0));
        List<String> srt = turns(Cleaning.clean(read("readme.srt", """
                1
                00:00:01,000 --> 00:00:03,000
                Dr. Ada Quill: Welcome to the harbour, where the tide

                2
                00:00:03,000 --> 00:00:04,500
                turns <i>twice</i> a day.

                3
                00:00:05,000 --> 00:00:06,000
                - Speaker 2: Twice?
                """)).get(0));

        assertEquals(List.of("Dr. Ada Quill | P Welcome to the harbour, where the tide turns twice a day.",
                "Speaker 2 | P Twice?"), plain);
        assertEquals(plain, vtt);
        assertEquals(plain, srt);
    }

    @Test
    void captionBlocksPointAtTheCaptionFilesLines() throws Exception {
        List<Integer> lines = Cleaning.clean(read("talk.vtt", VTT)).get(0).blocks().stream().map(Block::line).toList();

        // Cue 5 follows a long silence, but not a sentence end ("End quote"), so it joins cue 4's
        // paragraph; its block, after the quote's end, starts on cue 5's own text line.
        assertEquals(List.of(7, 15, 19, 19, 24), lines);
    }
}
