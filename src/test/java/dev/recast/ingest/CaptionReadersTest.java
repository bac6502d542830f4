package dev.recast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.recast.RecastException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** WebVTT and SRT sections read into plain-transcript paragraphs, numbered by their caption lines. */
class CaptionReadersTest {

    @TempDir
    Path dir;

    private List<SourceLine> read(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new EpisodeReader().read(file).sections().get(0).lines();
    }

    private static SourceLine line(int number, String text) {
        return new SourceLine(number, text);
    }

    @Test
    void webVttCuesJoinIntoOneParagraphPerSpeakerTurn() throws Exception {
        List<SourceLine> lines = read("talk.vtt", """
                WEBVTT - a talk
                Kind: captions

                NOTE written by hand,
                not spoken

                STYLE
                ::cue { color: yellow }

                intro-1
                00:00:01.000 --> 00:00:03.500 align:start position:10%
                <v.loud Dr. Ada Quill>Welcome to <i>the</i> harbour,
                where the tide

                00:03.600 --> 00:00:06.000
                <v Dr. Ada Quill>turns <00:00:04.000><c.slow>twice</c> a day.</v>

                00:00:06.100 --> 00:00:08.000
                <v Ben>Fish &amp; chips &lt;3 &#8212; always.

                00:00:08.000 --> 00:00:09.000
                No voice tag: still Ben.
                """);

        assertEquals(List.of(
                line(12, "Dr. Ada Quill: Welcome to the harbour, where the tide turns twice a day."),
                line(19, "Ben: Fish & chips <3 — always. No voice tag: still Ben.")), lines);
    }

    @Test
    void srtCuesJoinAndADashStartsANewTurn() throws Exception {
        List<SourceLine> lines = read("talk.srt", """
                1
                00:00:01,000 --> 00:00:03,000
                {\\an8}<i>The tower is white</i>
                and very tall.

                2
                00:00:03,200 --> 00:00:05,000
                - Is it old?
                - Older than the town.
                """);

        assertEquals(List.of(
                line(3, "The tower is white and very tall."),
                line(8, "Is it old?"),
                line(9, "Older than the town.")), lines);
    }

    @Test
    void cuesMissingTheBlankLineBetweenThemStillSplitAtTheirTimingLines() throws Exception {
        assertEquals(List.of(line(4, "Ann: Today we talk about tides.")), read("talk.vtt", """
                WEBVTT

                00:00:00.000 --> 00:00:03.000
                <v Ann>Today we talk
                00:00:03.000 --> 00:00:05.000
                <v Ann>about tides.
                """));
        assertEquals(List.of(line(3, "The tower is white and very tall.")), read("talk.srt", """
                1
                00:00:01,000 --> 00:00:03,000
                The tower is white
                2
                00:00:03,000 --> 00:00:05,000
                and very tall.
                """));
    }

    @Test
    void aLongSilenceAfterASentenceStartsAParagraphButNotMidSentence() throws Exception {
        List<SourceLine> lines = read("gaps.srt", """
                1
                00:00:01,000 --> 00:00:02,000
                The sea rose

                2
                00:00:09,000 --> 00:00:10,000
                and fell.

                3
                00:00:15,000 --> 00:00:16,000
                Then it was calm.

                4
                00:00:16,500 --> 00:00:17,000
                Quite calm.
                """);

        assertEquals(List.of(line(3, "The sea rose and fell."), line(11, "Then it was calm. Quite calm.")), lines);
    }

    @Test
    void aDirectoryReadsAllThreeFormsInNaturalOrder() throws Exception {
        Files.writeString(dir.resolve("10-end.txt"), "The end.");
        Files.writeString(dir.resolve("2-middle.srt"), "1\n00:00:01,000 --> 00:00:02,000\nMiddle.\n");
        Files.writeString(dir.resolve("1-start.vtt"), "WEBVTT\n\n00:01.000 --> 00:02.000\nStart.\n");
        Files.writeString(dir.resolve("notes.md"), "not a section");

        assertEquals(List.of("1-start.vtt", "2-middle.srt", "10-end.txt"),
                new EpisodeReader().read(dir).sections().stream().map(RawSection::source).toList());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("x.vtt", "00:00:01.000 --> 00:00:02.000\nHi.\n", 1,
                        "not a WebVTT file: the first line must be 'WEBVTT'"),
                arguments("x.vtt", "WEBVTTX\n\n00:01.000 --> 00:02.000\nHi.\n", 1,
                        "not a WebVTT file: the first line must be 'WEBVTT'"),
                arguments("x.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nHi.\n\n00:03,000 --> 00:04.000\nBye.\n", 6,
                        "bad timestamp '00:03,000' (expected [hh:]mm:ss.ttt)"),
                arguments("x.vtt", "WEBVTT\n\ncue-1\nHi there.\n", 4, "expected a cue timing line 'start --> end'"),
                arguments("x.vtt", "WEBVTT\n\n00:01.000 --> 00:62.000\nHi.\n", 3,
                        "bad timestamp '00:62.000' (expected [hh:]mm:ss.ttt)"),
                arguments("x.srt", "1\n00:00:01,000 --> 00:00:02,000\nHi.\n\nBye.\n", 5, "expected a cue number, found 'Bye.'"),
                arguments("x.srt", "1\n00:00:01,000 -> 00:00:02,000\nHi.\n", 2,
                        "expected a cue timing line 'start --> end' after cue 1"),
                arguments("x.srt", "\n\n1\n00:00:01.000 --> 00:00:02,000\nHi.\n", 4,
                        "bad timestamp '00:00:01.000' (expected hh:mm:ss,ttt)"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("malformed")
    void malformedCaptionsAreInputErrorsAtTheirLine(String name, String text, int line, String message) {
        RecastException e = assertThrows(RecastException.class, () -> read(name, text));

        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals(dir.resolve(name) + ":" + line, e.location());
        assertEquals(message, e.getMessage());
    }

    @Test
    void aCaptionFileWithNoCueTextIsAnEmptySection() {
        RecastException e = assertThrows(RecastException.class, () -> read("x.vtt", "WEBVTT\n\nNOTE nothing yet\n"));

        assertEquals("section is empty", e.getMessage());
    }
}
