package dev.recast.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.ingest.Correction;
import dev.recast.ingest.RawSection;
import dev.recast.ingest.SourceLine;
import dev.recast.ingest.SourceTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Blocks keep which part of their text came from which source time, and where a sound stood. */
class BlockTimingTest {

    private static Optional<SourceTime> at(long start, long end) {
        return Optional.of(new SourceTime(start, end));
    }

    private static List<Block> blocks(ContentLine... lines) {
        return BlockParser.parse(CleaningRules.defaults(), List.of(lines), Map.of()).blocks();
    }

    @Test
    void eachCaptionLineIsARunWithItsTimeAndTheLinesOfOneCueAreOne() {
        List<Block> blocks = blocks(
                new ContentLine(1, "the tide came in", at(1000, 2000)),
                new ContentLine(2, "over the sand", at(2500, 4000)),
                new ContentLine(3, "and the bell", at(2500, 4000)));

        Paragraph paragraph = (Paragraph) blocks.get(0);
        assertEquals(List.of(new Run("the tide came in", at(1000, 2000), false),
                new Run("over the sand and the bell", at(2500, 4000), false)), paragraph.runs());
        assertEquals("the tide came in over the sand and the bell", paragraph.text());
        assertEquals(at(1000, 4000), paragraph.sourceTime());
    }

    @Test
    void plainTextIsOneUntimedRunAsItWasOneString() {
        List<Block> blocks = blocks(new ContentLine(1, "The tide came"), new ContentLine(2, "in."),
                new ContentLine(3, ""), new ContentLine(4, "Then it fell."));

        assertEquals(List.of(new Paragraph("The tide came in.", null, 1), new Paragraph("Then it fell.", null, 4)),
                blocks);
        assertEquals(Optional.empty(), ((Paragraph) blocks.get(0)).sourceTime());
    }

    @Test
    void aSoundThatWasTakenOutEndsItsRunWithAPause() {
        List<Block> blocks = blocks(
                new ContentLine(1, "he told a joke", at(0, 1000), true),
                new ContentLine(2, "and then we left", at(0, 1000)));

        assertEquals(List.of(new Run("he told a joke", at(0, 1000), true), new Run("and then we left", at(0, 1000), false)),
                ((Paragraph) blocks.get(0)).runs());
    }

    @Test
    void aCorrectionCanSpanTwoCaptionLinesAndEachLineKeepsItsTime() {
        RawSection raw = new RawSection(1, "talk.vtt", null, List.of(
                new SourceLine(1, "we met Ada Love", at(0, 1500)),
                new SourceLine(2, "lace at the harbour", at(1500, 3000))));
        Correction correction = new Correction("Love lace", "Lovelace", Pattern.compile("Love lace"), false,
                "corrections.tsv:1");

        Section section = new TranscriptCleaner(CleaningRules.defaults(), List.of(correction)).clean(List.of(raw)).get(0);

        assertEquals(List.of(new Run("we met Ada Lovelace", at(0, 1500), false),
                new Run("at the harbour", at(1500, 3000), false)), ((Paragraph) section.blocks().get(0)).runs());
        assertEquals(1, section.corrections().get(0).count());
    }

    @Test
    void aRunCorrectedToNothingGoesAndHandsOnItsPause() {
        RawSection raw = new RawSection(1, "talk.vtt", null, List.of(
                new SourceLine(1, "so we sailed", at(0, 1000)),
                new SourceLine(2, "um", at(1000, 1500)),
                new SourceLine(3, "north", at(1500, 2000))));
        Correction um = new Correction("um", "", Pattern.compile("\\bum\\b"), true, "corrections.tsv:1");

        Section section = new TranscriptCleaner(CleaningRules.defaults(), List.of(um)).clean(List.of(raw)).get(0);

        assertEquals(List.of(new Run("so we sailed", at(0, 1000), false), new Run("north", at(1500, 2000), false)),
                ((Paragraph) section.blocks().get(0)).runs());
    }
}
