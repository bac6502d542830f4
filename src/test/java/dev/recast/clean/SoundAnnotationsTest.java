package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static dev.recast.clean.Cleaning.describeBlocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.recast.ingest.RawSection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sound notes are taken out, recorded, and leave a pause where they stood; remarks in brackets stay. */
class SoundAnnotationsTest {

    private static List<String> sounds(Section section) {
        return section.removals().stream().filter(r -> r.reason() == RemovalReason.SOUND).map(Removal::text).toList();
    }

    static Stream<Arguments> notes() {
        return Stream.of(
                arguments("[Music]"), arguments("[Applause]"), arguments("[Laughter]"), arguments("(laughs)"),
                arguments("(sighs)"), arguments("♪ across the bay ♪"), arguments("♪♪"), arguments("[door closes]"),
                arguments("[inaudible]"), arguments("[inaudible 00:12:03]"), arguments("[crosstalk]"),
                arguments("[BLANK_AUDIO]"), arguments("*laughs*"), arguments("(MUSIC PLAYING)"),
                arguments("(CHUCKLES)"), arguments("(door closes)"), arguments("(Applause)"),
                arguments("[THUNDER RUMBLING]"), arguments("(music playing)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notes")
    void aNoteMidLineIsRemovedAndPausesTheSpeech(String note) {
        Section section = clean("The keeper lit the lamp " + note + " and then he slept.");

        assertEquals(List.of(note), sounds(section));
        assertEquals(List.of("P The keeper lit the lamp and then he slept."), describeBlocks(section));
    }

    @Test
    void theEscapedMarkdownFormIsANoteToo() {
        Section section = clean("That was funny. \\[laughter\\] Anyway.");

        assertEquals(List.of("[laughter]"), sounds(section));
        assertEquals(List.of("P That was funny. Anyway."), describeBlocks(section));
    }

    @Test
    void theTextBeforeANotePausesAfterItAndANoteStartingALinePausesTheLineBefore() {
        SpeakerTurns.Result read = new SoundAnnotations(AnnotationRules.defaults()).read(new SpeakerTurns.Result(
                List.of(new ContentLine(1, "It was so funny. [laughter] Anyway, the boats."),
                        new ContentLine(2, "(sighs) Then we rowed home.")),
                Map.of(0, Optional.of("Ann")), List.of()));

        assertEquals(List.of(new ContentLine(1, "It was so funny. ").withPauseAfter(),
                new ContentLine(1, " Anyway, the boats.").withPauseAfter(),
                new ContentLine(2, " Then we rowed home.")), read.lines());
        assertEquals(Map.of(0, Optional.of("Ann")), read.turns());
    }

    @Test
    void aLineThatIsOnlyANoteGoesAndItsTurnMovesToTheNextText() {
        Section section = clean("Ann: Hello.\n\nBen: [laughs]\nHello yourself.");

        assertEquals(List.of("[laughs]"), sounds(section));
        assertEquals(List.of("Ann | Hello.", "Ben | Hello yourself."), section.blocks().stream()
                .map(b -> ((Paragraph) b).speaker() + " | " + ((Paragraph) b).text()).toList());
    }

    @Test
    void punctuationAfterANoteStaysWithTheWordsBeforeIt() {
        assertEquals(List.of("P Like a bull. Right."), describeBlocks(clean("Like a bull (bleep). Right.")));
    }

    static Stream<String> remarks() {
        return Stream.of(
                "The tower (which was 1870) still stands.",
                "They use Postgres (Postgres) and SQL Server (Microsoft SQL Server).",
                "The agency (NASA) agreed.",
                "They [the board] agreed.",
                "He wrote it [sic] twice.",
                "See the note [1] below.",
                "It was *really* moving.",
                "The price (including taxes) rose.",
                "We went (both of us) early.",
                "I lived there (many years) and (pun intended) loved it (more on that later).",
                // Only a subtitle line opens with who speaks; in prose a parenthesis there is a remark.
                "(both of us) We went early.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("remarks")
    void remarksInBracketsAreText(String text) {
        Section section = clean(text);

        assertEquals(List.of(), sounds(section));
    }

    @Test
    void aNameInBracketsIsASpeakerNotASound() {
        RawSection raw = Cleaning.raw("[JOHN] Not yet.\n[Music]\nJOHN: Now.");
        Section section = Cleaning.clean(List.of(raw)).get(0);

        assertEquals(List.of("[Music]"), sounds(section));
        assertEquals("JOHN", ((Paragraph) section.blocks().get(0)).speaker());
    }

    @Test
    void aBracketedLineOfItsOwnIsADirectionUnlessItReadsAsARemark() {
        Section section = clean("Ann: Come in.\n(Bill enters the room)\n(Laughter.)\n(This was recorded in 2019.)\n(I think so)");

        assertEquals(List.of("(Bill enters the room)", "(Laughter.)"), sounds(section));
    }
}
