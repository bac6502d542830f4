package dev.recast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.recast.RecastException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    private static SourceLine line(int number, String text, long startMillis, long endMillis) {
        return new SourceLine(number, text, Optional.of(new SourceTime(startMillis, endMillis)));
    }

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).toList();
    }

    @Test
    void webVttCuesAreLinesWithTheirTimesAndABlankLineBetweenSpeakerTurns() throws Exception {
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
                line(12, "Dr. Ada Quill: Welcome to the harbour,", 1000, 3500),
                line(13, "where the tide", 1000, 3500),
                line(16, "turns twice a day.", 3600, 6000),
                line(18, ""),
                line(19, "Ben: Fish & chips <3 — always.", 6100, 8000),
                line(22, "No voice tag: still Ben.", 8000, 9000)), lines);
    }

    @Test
    void onlyAnEmptyLineEndsACueNotALineOfSpaces() throws Exception {
        assertEquals(List.of(line(5, "the keeper climbs", 1000, 3000), line(7, "the stairs", 1000, 3000)), read("yt.vtt",
                "WEBVTT\n\n00:00:01.000 --> 00:00:03.000 align:start position:0%\n \nthe keeper climbs\n\t\nthe stairs\n"));
    }

    @Test
    void aCueRightAfterTheHeaderWithoutAnEmptyLineIsRead() throws Exception {
        assertEquals(List.of("Hi."), texts(read("x.vtt", "WEBVTT\nKind: captions\n00:01.000-->00:02.000\nHi.\n")));
    }

    @Test
    void hoursTakeAnyNumberOfDigits() throws Exception {
        assertEquals(List.of(line(5, "Rev writes one.", 9900, 12_000), line(7, ""), line(8, "Long.", 360_000_000, 360_001_000)),
                read("rev.vtt", """
                        WEBVTT

                        1
                        0:00:09.900 --> 0:00:12.000
                        Rev writes one.

                        100:00:00.000 --> 100:00:01.000
                        Long.
                        """));
        assertEquals(List.of("One digit."), texts(read("x.srt", "1\n0:00:01,000 --> 0:00:02,000\nOne digit.\n")));
    }

    @Test
    void headerMetadataIsNotText() throws Exception {
        assertEquals(List.of("Hello."), texts(read("x.vtt", """
                WEBVTT

                Kind: captions
                Language: en

                00:01.000 --> 00:02.000
                Hello.
                """)));
    }

    @Test
    void everyTagGoesAndARubysReadingWithIt() throws Exception {
        assertEquals(List.of("Bold, italic, underlined, coloured, English 漢字 &lt; &."), texts(read("x.vtt", """
                WEBVTT

                00:01.000 --> 00:02.000
                <b>Bold</b>, <i>italic</i>, <u>underlined</u>, <c.yellow.bg_blue>coloured</c>, <lang en>English</lang> <ruby>漢字<rt>かんじ</rt></ruby> &amp;lt; &amp;.
                """)));
    }

    @Test
    void aVoiceLastsToItsCuesEndAndAnUnnamedOneStartsATurnWithNoName() throws Exception {
        List<SourceLine> lines = read("rev.vtt", """
                WEBVTT

                00:00.000 --> 00:02.000
                <v Speaker 1>Welcome back.</v>

                00:02.000 --> 00:04.000
                <v ->So how did it start?</v>

                00:04.000 --> 00:06.000
                It started with a storm.

                00:06.000 --> 00:08.000
                <v Speaker 1>A storm?</v> <v>Yes.</v>
                """);

        // An untagged cue carries the turn before it on; an unnamed turn is written as a subtitle
        // dash, for the clean stage to start a new voice; after "<v ->", Speaker 1 is named again.
        assertEquals(List.of("Speaker 1: Welcome back.", "", "- So how did it start?", "It started with a storm.", "",
                "Speaker 1: A storm?", "", "- Yes."), texts(lines));
        assertEquals(List.of(4, 6, 7, 10, 12, 13, 12, 13), lines.stream().map(SourceLine::number).toList());
    }

    @Test
    void rollingCaptionsReadEachWordOnceTimedByItsInlineTimestamps() throws Exception {
        List<SourceLine> lines = read("auto.en.vtt", """
                WEBVTT
                Kind: captions
                Language: en

                00:00:01.000 --> 00:00:03.000 align:start position:0%
                \s
                so<00:00:01.500><c> the</c><00:00:02.000><c> keeper</c>

                00:00:03.000 --> 00:00:03.010 align:start position:0%
                so the keeper
                \s

                00:00:03.010 --> 00:00:05.000 align:start position:0%
                so the keeper
                keeper<00:00:03.500><c> said</c><00:00:04.000><c> no</c>

                00:00:05.000 --> 00:00:05.010 align:start position:0%
                keeper said no
                \s

                00:00:05.010 --> 00:00:07.000 align:start position:0%
                keeper said no
                no<00:00:06.000><c> no</c>
                """);

        assertEquals(List.of(
                line(7, "so the keeper", 1000, 3000),
                line(15, "keeper said no", 3010, 5000),
                line(23, "no no", 5010, 7000)), lines);
    }

    @Test
    void anEmptyCueClearsTheScreenSoWhatFollowsIsNew() throws Exception {
        assertEquals(List.of("deep down", "deep down", "deep down you hide"), texts(read("song.en.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:02.000
                \s
                deep<00:00:01.500><c> down</c>

                00:00:02.000 --> 00:00:02.010
                deep down
                \s

                00:00:02.010 --> 00:00:03.000
                \s
                \s

                00:00:03.000 --> 00:00:04.000
                \s
                deep<00:00:03.500><c> down</c>

                00:00:04.000 --> 00:00:04.010
                deep down
                \s

                00:00:04.010 --> 00:00:05.000
                deep down
                deep<00:00:04.500><c> down</c><00:00:04.700><c> you</c><00:00:04.800><c> hide</c>
                """)));
    }

    @Test
    void aCaptionRestyledOrFlashedIsOneCaption() throws Exception {
        assertEquals(List.of("Welcome to the show.", "Thank you."), texts(read("whisper.vtt", """
                WEBVTT

                00:00.000 --> 00:00.400
                <u>Welcome</u> to the show.

                00:00.400 --> 00:00.800
                Welcome <u>to</u> the show.

                00:00.800 --> 00:01.200
                Welcome to the <u>show.</u>

                00:01.200 --> 00:01.800
                Thank you.

                00:01.800 --> 00:01.810
                Thank you.
                """)));
    }

    @Test
    void withoutRollingARepeatedLineIsSaidAgainUnlessShownWhileItIsStillShowing() throws Exception {
        assertEquals(List.of("No.", "No.", "The bell rang twice.", "Do you have any recommendations?",
                "Do you have any recommendations about the coast?", "The north, mostly."), texts(read("x.srt", """
                1
                00:00:01,000 --> 00:00:02,000
                No.

                2
                00:00:02,000 --> 00:00:03,000
                No.

                3
                00:00:03,000 --> 00:00:04,000
                The bell rang twice.

                4
                00:00:03,500 --> 00:00:04,500
                The bell rang twice.

                5
                00:00:05,000 --> 00:00:06,000
                Do you have any recommendations?

                6
                00:00:06,000 --> 00:00:07,000
                Do you have any recommendations about the coast?

                7
                00:00:07,000 --> 00:00:08,000
                The north, mostly.
                """)));
    }

    @Test
    void srtMarkupByteOrderMarkCrlfAndBlankLinesOfSpaces() throws Exception {
        List<SourceLine> lines = read("talk.srt", "\uFEFF1\r\n00:00:01,000 --> 00:00:03,000\r\n{\\an8}<font color=\"#ffff00\">The tower</font>"
                + " is<br/><i>white</i>\r\n \t \r\n2\r\n00:00:03,000 --> 00:00:04,000\r\n<b>and tall</b>, I <3 it, 2 <5> 1.\r\n");

        assertEquals(List.of(line(3, "The tower is white", 1000, 3000), line(7, "and tall, I <3 it, 2 <5> 1.", 3000, 4000)), lines);
    }

    @Test
    void srtCuesAreLinesAndADashStartsANewTurn() throws Exception {
        List<SourceLine> lines = read("talk.srt", """
                1
                00:00:01,000 --> 00:00:03,000
                {\\an8}<i>The tower is white</i>
                and very tall.

                2
                00:00:03,200 --> 00:00:05,000
                - Is it old?
                -Older than the town.
                -5 degrees, though.
                """);

        // A blank line takes the number of its cue's timing line, never that of a text line.
        assertEquals(List.of(
                line(3, "The tower is white", 1000, 3000),
                line(4, "and very tall.", 1000, 3000),
                line(7, ""),
                line(8, "- Is it old?", 3200, 5000),
                line(7, ""),
                line(9, "- Older than the town.", 3200, 5000),
                line(10, "-5 degrees, though.", 3200, 5000)), lines);
    }

    @Test
    void broadcastChevronsStartATurnAndGo() throws Exception {
        assertEquals(List.of("- KEEPER: The lamp is lit.", "", "- Good.", "", "- Thanks.", ">>2 is a shift."), texts(read("x.srt",
                "1\n00:00:01,000 --> 00:00:03,000\n&gt;&gt; KEEPER: The lamp is lit.\n>>Good. >> Thanks.\n>>2 is a shift.\n")));
    }

    @Test
    void cuesMissingTheBlankLineBetweenThemStillSplitAtTheirTimingLines() throws Exception {
        assertEquals(List.of(line(4, "Ann: Today we talk", 0, 3000), line(6, "about tides.", 3000, 5000)), read("talk.vtt", """
                WEBVTT

                00:00:00.000 --> 00:00:03.000
                <v Ann>Today we talk
                00:00:03.000 --> 00:00:05.000
                <v Ann>about tides.
                """));
        assertEquals(List.of("The tower is white", "and very tall."), texts(read("talk.srt", """
                1
                00:00:01,000 --> 00:00:03,000
                The tower is white
                2
                00:00:03,000 --> 00:00:05,000
                and very tall.
                """)));
    }

    @Test
    void aLineOfSpacesBetweenWebVttCuesStillSeparatesThemAndTheirIdentifiers() throws Exception {
        assertEquals(List.of("The tower is white", "and very tall."), texts(read("sloppy.vtt",
                "WEBVTT\n\nintro\n00:01.000 --> 00:02.000\nThe tower is white\n  \nnext-cue\n00:02.000 --> 00:03.000\n"
                        + "and very tall.\n")));
    }

    @Test
    void srtTimingsWithWebVttsFullStopAreRead() throws Exception {
        assertEquals(List.of(line(3, "Converted.", 1500, 2000)),
                read("x.srt", "1\n00:00:01.500 --> 00:00:02.000\nConverted.\n"));
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

        assertEquals(List.of("The sea rose", "and fell.", "", "Then it was calm.", "Quite calm."), texts(lines));
        assertEquals(line(10, ""), lines.get(2));
    }

    @Test
    void aDirectoryReadsEveryFormInNaturalOrder() throws Exception {
        Files.writeString(dir.resolve("10-end.txt"), "The end.");
        Files.writeString(dir.resolve("2-middle.srt"), "1\n00:00:01,000 --> 00:00:02,000\nMiddle.\n");
        Files.writeString(dir.resolve("1-start.vtt"), "WEBVTT\n\n00:01.000 --> 00:02.000\nStart.\n");
        Files.writeString(dir.resolve("3-notes.md"), "# Notes");
        Files.writeString(dir.resolve("notes.html"), "not a section");

        assertEquals(List.of("1-start.vtt", "2-middle.srt", "3-notes.md", "10-end.txt"),
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
                arguments("x.vtt", "WEBVTT\n\nAnn: Hello.\n\n00:01.000 --> 00:02.000\nHi.\n", 3,
                        "expected a cue timing line 'start --> end'"),
                arguments("x.vtt", "WEBVTT\n\n00:01.000 --> 00:62.000\nHi.\n", 3,
                        "bad timestamp '00:62.000' (expected [hh:]mm:ss.ttt)"),
                arguments("x.vtt", "WEBVTT\n\n1\n99999999999999999999:00:01.000 --> 00:02.000\nHi.\n", 4,
                        "bad timestamp '99999999999999999999:00:01.000' (more than 9999 hours)"),
                arguments("x.srt", "1\n10000:00:01,000 --> 10000:00:02,000\nHi.\n", 2,
                        "bad timestamp '10000:00:01,000' (more than 9999 hours)"),
                arguments("x.srt", "1\n00:00:01,000 --> 00:00:02,000\nHi.\n\nBye.\n", 5, "expected a cue number, found 'Bye.'"),
                arguments("x.srt", "1\n00:00:01,000 -> 00:00:02,000\nHi.\n", 2,
                        "expected a cue timing line 'start --> end' after cue 1"),
                arguments("x.srt", "\n\n1\n00:00:01:000 --> 00:00:02,000\nHi.\n", 4,
                        "bad timestamp '00:00:01:000' (expected hh:mm:ss,ttt)"));
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
