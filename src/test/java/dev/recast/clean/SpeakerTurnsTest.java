package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static dev.recast.clean.Cleaning.describeRemovals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Speaker labels become the paragraphs' speaker; timestamps go; both are recorded as removals. */
class SpeakerTurnsTest {

    /** A paragraph as the tables write it: "speaker | text". */
    private static List<String> turns(Section section) {
        return section.blocks().stream()
                .map(b -> b.match(Cleaning::describe, p -> p.speaker() + " | " + p.text(),
                        q -> q.speaker() + " | Q " + q.text()))
                .toList();
    }

    static Stream<Arguments> labels() {
        return Stream.of(
                arguments("Ann: Hello there.", List.of("Ann | Hello there."), List.of("SPEAKER_LABEL Ann:")),
                arguments("Dr. Jane Smith: The tide is high.", List.of("Dr. Jane Smith | The tide is high."),
                        List.of("SPEAKER_LABEL Dr. Jane Smith:")),
                arguments("SPEAKER 1: Yes.", List.of("SPEAKER 1 | Yes."), List.of("SPEAKER_LABEL SPEAKER 1:")),
                arguments("Speaker 2 (00:14): Yes.", List.of("Speaker 2 | Yes."),
                        List.of("SPEAKER_LABEL Speaker 2 (00:14):")),
                arguments("[00:01:23] Mara Ellison: Yes.", List.of("Mara Ellison | Yes."),
                        List.of("TIMESTAMP [00:01:23]", "SPEAKER_LABEL Mara Ellison:")),
                arguments("JOHN O'BRIEN: Aye.", List.of("JOHN O'BRIEN | Aye."), List.of("SPEAKER_LABEL JOHN O'BRIEN:")),
                arguments("Ann:\nHello there.", List.of("Ann | Hello there."), List.of("SPEAKER_LABEL Ann:")),
                arguments("Emma  0:37  \nHello there.", List.of("Emma | Hello there."), List.of("SPEAKER_LABEL Emma  0:37")),
                arguments("Speaker 1  12:01\nHello there.", List.of("Speaker 1 | Hello there."),
                        List.of("SPEAKER_LABEL Speaker 1  12:01")),
                arguments("Emma Smith  1:02:03\nHello there.", List.of("Emma Smith | Hello there."),
                        List.of("SPEAKER_LABEL Emma Smith  1:02:03")),
                arguments("**Emma Smith** [12:01]\nHello there.", List.of("Emma Smith | Hello there."),
                        List.of("SPEAKER_LABEL Emma Smith [12:01]")),
                arguments("**Emma Smith** [00:00:04] Hello there.", List.of("Emma Smith | Hello there."),
                        List.of("SPEAKER_LABEL Emma Smith [00:00:04]")),
                arguments("Emma Smith  10:02 AM\nHello there.", List.of("Emma Smith | Hello there."),
                        List.of("SPEAKER_LABEL Emma Smith  10:02 AM")),
                arguments("**Emma:** Hello there.", List.of("Emma | Hello there."), List.of("SPEAKER_LABEL Emma:")),
                arguments("**Emma**: Hello there.", List.of("Emma | Hello there."), List.of("SPEAKER_LABEL Emma:")),
                arguments("**Emma:** \\[08:05\\] Hello there.", List.of("Emma | Hello there."),
                        List.of("SPEAKER_LABEL Emma:", "TIMESTAMP [08:05]")),
                arguments("### Emma:\nHello there.", List.of("Emma | Hello there."), List.of("SPEAKER_LABEL ### Emma:")),
                arguments("[JOHN] Hello there.", List.of("JOHN | Hello there."), List.of("SPEAKER_LABEL [JOHN]")),
                arguments("[John]: Hello there.", List.of("John | Hello there."), List.of("SPEAKER_LABEL [John]:")),
                arguments(">> JOHN: Hello there.", List.of("JOHN | Hello there."), List.of("SPEAKER_LABEL JOHN:")),
                arguments("JOHN (V.O.): Hello there.", List.of("JOHN | Hello there."),
                        List.of("SPEAKER_LABEL JOHN (V.O.):")),
                arguments("MAN: Hello there.", List.of("MAN | Hello there."), List.of("SPEAKER_LABEL MAN:")),
                arguments("12:01 Ann: Hello there.", List.of("Ann | Hello there."),
                        List.of("TIMESTAMP 12:01", "SPEAKER_LABEL Ann:")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void aLabelAtALineStartNamesTheSpeaker(String text, List<String> paragraphs, List<String> removals) {
        Section section = clean(text);

        assertEquals(paragraphs, turns(section));
        assertEquals(removals, describeRemovals(section));
    }

    static Stream<String> notLabels() {
        return Stream.of(
                "Note: this is a draft.",
                "Example: a tide table.",
                "Warning: the rocks are sharp.",
                "The answer: nobody knows.",
                "She said it plainly: the tower is white.",
                "then Ann: hello.",
                "Ann Mary Jane Lee Smith: too long for a name.",
                "Time: 10:30 sharp.",
                "At 10:30: the bell rang.",
                "Ann:no space after the colon.",
                "Update 3: the ferry times changed.",
                "So here's the thing: it sank.",
                "Well: that is that.",
                "Background: we met in 1990.",
                "## Background",
                "Dear John: We sailed at dawn.",
                "Monday: We sailed at dawn.",
                "Intro [00:00]\nThe tide is high.",
                "Heading: The Tides");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notLabels")
    void contentWithAColonIsNotALabel(String text) {
        Section section = clean(text);

        assertEquals(List.of(), section.removals().stream()
                .filter(r -> r.reason() == RemovalReason.SPEAKER_LABEL).toList());
        section.blocks().forEach(b -> assertEquals(null, b.match(h -> null, Paragraph::speaker, q -> null)));
    }

    @Test
    void theSpeakerCarriesOverUntilTheNextLabelAndQuotesKeepIt() {
        Section section = clean("""
                Ann: The keeper wrote,
                Quote the lamp is lit. End quote

                And then she slept.

                Ben: I see.""");

        assertEquals(List.of("Ann | The keeper wrote,", "Ann | Q the lamp is lit.", "Ann | And then she slept.",
                "Ben | I see."), turns(section));
    }

    @Test
    void eachLabeledLineStartsAParagraphEvenWithoutBlankLines() {
        Section section = clean("Ann: The sea rose\nand fell.\nBen: It did.\n\nAnn: Twice.");

        assertEquals(List.of("Ann | The sea rose and fell.", "Ben | It did.", "Ann | Twice."), turns(section));
    }

    @Test
    void withoutLabelsThereIsNoSpeaker() {
        assertEquals(List.of("null | The tower is white."), turns(clean("The tower is white.")));
    }

    static Stream<Arguments> timestamps() {
        return Stream.of(
                arguments("00:14\nThe tide turned.", List.of("TIMESTAMP 00:14")),
                arguments("1:02:33\nThe tide turned.", List.of("TIMESTAMP 1:02:33")),
                arguments("[00:01:23]\nThe tide turned.", List.of("TIMESTAMP [00:01:23]")),
                arguments("(00:14)\nThe tide turned.", List.of("TIMESTAMP (00:14)")),
                arguments("00:00:01,000 --> 00:00:04,000\nThe tide turned.",
                        List.of("TIMESTAMP 00:00:01,000 --> 00:00:04,000")),
                arguments("[00:01:23] The tide turned.", List.of("TIMESTAMP [00:01:23]")),
                arguments("00:00:01,000 --> 00:00:04,000 The tide turned.", List.of("TIMESTAMP 00:00:01,000 --> 00:00:04,000")),
                arguments("00:01:23.456 The tide turned.", List.of("TIMESTAMP 00:01:23.456")),
                arguments("The tide [00:14] turned.", List.of("TIMESTAMP [00:14]")),
                arguments("\\[08:05\\] The tide turned.", List.of("TIMESTAMP [08:05]")),
                arguments("The tide turned.\n  12:05  ", List.of("TIMESTAMP 12:05")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timestamps")
    void timestampsAreRemovedAndRecorded(String text, List<String> removals) {
        Section section = clean(text);

        assertEquals(List.of("P The tide turned."), Cleaning.describeBlocks(section));
        assertEquals(removals, describeRemovals(section));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timeInText")
    void aTimeInsideTheTextStays(String text) {
        assertEquals(List.of("P " + text), Cleaning.describeBlocks(clean(text)));
    }

    static Stream<String> timeInText() {
        return Stream.of("The ferry leaves at 10:30.", "10:30 is when the ferry leaves.", "Read John 3:16 aloud.");
    }

    @Test
    void removingATimestampLineDoesNotSplitAParagraph() {
        Section section = clean("Ann: The sea rose\n00:14\nand fell.\n\nBen: Yes.");

        assertEquals(List.of("Ann | The sea rose and fell.", "Ben | Yes."), turns(section));
    }

    @Test
    void aSecondTurnInALineStartsItsOwnParagraph() {
        Section section = clean("Ann: The tide turned, right? Ben: Right. And the boats came in. Ann: Good.\n\nBen: Yes.");

        assertEquals(List.of("Ann | The tide turned, right?", "Ben | Right. And the boats came in.", "Ann | Good.",
                "Ben | Yes."), turns(section));
    }

    @Test
    void twoTurnsWithTheSameWordsOnOneLineKeepTheirSpeakers() {
        Section section = clean("Ann: No. Ben: No.\nAnn: Yes.");

        assertEquals(List.of("Ann | No.", "Ben | No.", "Ann | Yes."), turns(section));
    }

    @Test
    void aNameMidLineIsALabelOnlyWhenTheTranscriptLabelsItElsewhere() {
        Section section = clean("The ship came in late. London: a city of fog and bells.");

        assertEquals(List.of("null | The ship came in late. London: a city of fog and bells."), turns(section));
    }

    @Test
    void anUnnamedTurnEndsTheLastSpeakersParagraph() {
        Section section = clean("JOHN: Is anyone here?\n>> Only me.\n>> And me.");

        assertEquals(List.of("JOHN | Is anyone here?", "null | Only me.", "null | And me."), turns(section));
    }

    @Test
    void broadcastCaptionMarksSplitTurnsWithinALine() {
        Section section = clean(">> JOHN: Is anyone here? >> Only me. >> ANN: And me.");

        assertEquals(List.of("JOHN | Is anyone here?", "null | Only me.", "ANN | And me."), turns(section));
    }

    @Test
    void subtitlesPastedAsPlainTextLoseCueNumbersAndTimingsAndTheirDashesAreTurns() {
        Section section = clean("1\n00:00:01,000 --> 00:00:04,000\nANN: The tide turns.\n\n2\n00:00:04,500 --> 00:00:06,000\n"
                + "- Does it?\n- It does.\n\n- A list item stays.");

        assertEquals(List.of("ANN | The tide turns.", "null | Does it?", "null | It does.", "null | - A list item stays."),
                turns(section));
        assertEquals(List.of("TIMESTAMP 1", "TIMESTAMP 00:00:01,000 --> 00:00:04,000", "SPEAKER_LABEL ANN:", "TIMESTAMP 2",
                "TIMESTAMP 00:00:04,500 --> 00:00:06,000"), describeRemovals(section));
    }

    @Test
    void whisperTimingsAreTimestamps() {
        Section section = clean("[00:00.000 --> 00:04.000]  The tide turned.");

        assertEquals(List.of("TIMESTAMP [00:00.000 --> 00:04.000]"), describeRemovals(section));
    }

    @Test
    void aLabelAfterALeadingSoundNoteIsStillALabel() {
        Section section = clean("[Music playing] Character A: Hello there. [Door closes]\n(laughs) JOHN: Right.");

        assertEquals(List.of("Character A | Hello there.", "JOHN | Right."), turns(section));
    }

    @Test
    void aNameAloneAboveEachOfItsTurnsIsAHeaderButAOneOffHeadingIsNot() {
        Section section = clean("**Jane Smith**\nHello and welcome.\n\n**Tom**\nHi Jane.\n\n**Jane Smith**\nLet us begin.\n\n"
                + "**Tom**\nGood.\n\n**Introduction**\nThis part is about tides.");

        assertEquals(List.of("Jane Smith | Hello and welcome.", "Tom | Hi Jane.", "Jane Smith | Let us begin.", "Tom | Good.",
                "Tom | Introduction This part is about tides."), turns(section));
    }

    @Test
    void aFieldAmongMetadataFieldsIsNotASpeaker() {
        Section section = clean("Date: 2026-09-12\nStatus: Raw source\nEditor: Ann Lee\n\nSpeaker 1  0:03\nHello.");

        assertEquals(List.of("SPEAKER_LABEL Speaker 1  0:03"), describeRemovals(section));
    }

    @Test
    void questionAndAnswerLettersAndNumberedBracketsAreSpeakers() {
        Section section = clean("Q: Where were you?\nA: At the harbour.\n[SPEAKER_01]\nI saw her there.");

        assertEquals(List.of("Q | Where were you?", "A | At the harbour.", "SPEAKER_01 | I saw her there."), turns(section));
    }

    @Test
    void timesLeadingMostLinesAreTimestamps() {
        Section section = clean("0:00 so today we are\n0:04 talking about the harbour\n0:09 and 10:30 is when the ferry leaves");

        assertEquals(List.of("TIMESTAMP 0:00", "TIMESTAMP 0:04", "TIMESTAMP 0:09"), describeRemovals(section));
    }

    @Test
    void zoomAndTeamsHeadersNameTheTurnBelowThem() {
        Section zoom = clean("[Ann Lee] 14:02:33\nGood afternoon.\n\n[Ben Ross] 14:02:41\nCan you hear me?");
        Section teams = clean("Ann Lee\n0:03\nGood afternoon.\n\nBen Ross\n0:11\nCan you hear me?");

        assertEquals(List.of("Ann Lee | Good afternoon.", "Ben Ross | Can you hear me?"), turns(zoom));
        assertEquals(turns(zoom), turns(teams));
    }
}
