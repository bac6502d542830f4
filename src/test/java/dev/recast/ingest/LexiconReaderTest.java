package dev.recast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Pronunciation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsWordsAndCmuPhonesSkippingCommentsAndBlankLines() throws Exception {
        Lexicon lexicon = LexiconReader.parse("lexicon.txt", "# names\n\nEllison  EH1 L IH0 S AH0 N\r\nAIS\tEY1 AY1 EH1 S\n");
        assertEquals(List.of(new Pronunciation("Ellison", List.of("EH1", "L", "IH0", "S", "AH0", "N")),
                new Pronunciation("AIS", List.of("EY1", "AY1", "EH1", "S"))), lexicon.entries());
        assertTrue(lexicon.knownWords().knows("ais"));
    }

    @Test
    void theInputsEntryWinsOverTheBundledOne() throws Exception {
        Files.writeString(dir.resolve("lexicon.txt"), "ellison  EH1 L AY0 S AH0 N\n");
        Lexicon lexicon = LexiconReader.forInput(Optional.of(dir));
        List<Pronunciation> ellisons = lexicon.entries().stream()
                .filter(p -> p.word().equalsIgnoreCase("ellison")).toList();
        assertEquals(List.of(new Pronunciation("ellison", List.of("EH1", "L", "AY0", "S", "AH0", "N"))), ellisons);
    }

    @Test
    void theBundledLexiconParses() throws Exception {
        assertTrue(LexiconReader.forInput(Optional.empty()).knownWords().knows("Ellison"));
    }

    @Test
    void aBadLineIsLocated() {
        RecastException noPhones = assertThrows(RecastException.class, () -> LexiconReader.parse("in/lexicon.txt", "# x\nKelvin\n"));
        assertEquals("in/lexicon.txt:2", noPhones.location());
        RecastException stressOnConsonant = assertThrows(RecastException.class,
                () -> LexiconReader.parse("in/lexicon.txt", "Kelvin K1 EH1 L V IH0 N\n"));
        assertEquals("in/lexicon.txt:1", stressOnConsonant.location());
        assertEquals("'K1' is not a CMU phone (e.g. AH0, EH1, K, S)", stressOnConsonant.getMessage());
    }
}
