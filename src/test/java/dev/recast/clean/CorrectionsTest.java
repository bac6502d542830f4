package dev.recast.clean;

import static dev.recast.clean.Cleaning.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recast.ingest.CorrectionsReader;
import dev.recast.ingest.Correction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's corrections: made in block text and titles after markup is read, and counted. */
class CorrectionsTest {

    @TempDir
    Path dir;

    private Section clean(String corrections, String text) throws Exception {
        Files.writeString(dir.resolve("corrections.tsv"), corrections);
        List<Correction> read = CorrectionsReader.read(dir);
        return new TranscriptCleaner(CleaningRules.defaults(), read).clean(List.of(raw(text))).get(0);
    }

    @Test
    void aLiteralIsAWholeCaseSensitiveWord() throws Exception {
        Section section = clean("cat\tdog\n", "The cat, a Cat and a category of cats; cat.");

        assertEquals(List.of(new Paragraph("The dog, a Cat and a category of cats; dog.", null, 1)), section.blocks());
        assertEquals(2, section.corrections().get(0).count());
    }

    @Test
    void aRegexReplacesWithItsGroups() throws Exception {
        Section section = clean("/Silver et al\\., (\\d{4})/\tSilver and others ($1)\n",
                "Learned from scratch, Silver et al., 2017.");

        assertEquals("Learned from scratch, Silver and others (2017).",
                ((Paragraph) section.blocks().get(0)).text());
    }

    @Test
    void aRegexIsStoppedPastItsStepsButALinearOneRunsOnALongParagraph() throws Exception {
        String longParagraph = "Silver et al., 2017, and the tide. ".repeat(3_000);
        Section section = clean("/Silver et al\\., (\\d{4})/\tSilver and others ($1)\n", longParagraph);
        assertEquals(3_000, section.corrections().get(0).count());

        SlowCorrectionException slow = assertThrows(SlowCorrectionException.class,
                () -> clean("/(.*a){30}/\tx\n", "a harbour, a pier, a clock. ".repeat(8)));
        assertEquals(dir.resolve("corrections.tsv") + ":1", slow.correction().location());
    }

    @Test
    void headingTitlesAreCorrectedAndRemovalsAreNot() throws Exception {
        Section section = clean("Shorji\tshogi\n", "Heading Shorji openings\nAsterisk asterisk Shorji is old.");

        assertEquals(new Heading("shogi openings", 1, 1), section.blocks().get(0));
        assertEquals("shogi openings", section.title());
        assertEquals("Asterisk asterisk", section.removals().get(1).text());
        assertEquals(2, section.corrections().get(0).count());
    }

    @Test
    void aBlockCorrectedToNothingIsDropped() throws Exception {
        Section section = clean("/Um\\.?/\t\n", "Um.\nThe sea rose.");

        assertEquals(List.of(new Paragraph("The sea rose.", null, 2)), section.blocks());
    }
}
