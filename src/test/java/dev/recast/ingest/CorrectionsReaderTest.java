package dev.recast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recast.RecastException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorrectionsReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsWordsAndRegexesSkippingCommentsAndBlankLines() throws Exception {
        Files.writeString(dir.resolve("corrections.tsv"),
                "# recognition errors\n\nShorji\tshogi\n/Silver et al\\., (\\d+)/\tSilver and others, $1\n");

        List<Correction> corrections = CorrectionsReader.read(dir);

        assertEquals(List.of("Shorji", "/Silver et al\\., (\\d+)/"), corrections.stream().map(Correction::from).toList());
        assertEquals(dir.resolve("corrections.tsv") + ":3", corrections.get(0).location());
        assertEquals("play shogi", corrections.get(0).pattern().matcher("play Shorji").replaceAll(corrections.get(0).replacement()));
    }

    @Test
    void noFileMeansNoCorrections() throws Exception {
        assertEquals(List.of(), CorrectionsReader.read(dir));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no tab                | ok\\tfine\\nShorji shogi           | :2  | no tab
            empty from            | \\tshogi                           | :1  | empty
            bad regex             | # c\\n/(unclosed/\\tx              | :2  | bad regular expression
            missing group         | /(a)b/\\t$2                        | :1  | bad replacement
            """)
    void locatesBadLines(String name, String text, String where, String what) throws Exception {
        Files.writeString(dir.resolve("corrections.tsv"), text.replace("\\t", "\t").replace("\\n", "\n"));

        RecastException e = assertThrows(RecastException.class, () -> CorrectionsReader.read(dir));

        assertEquals(dir.resolve("corrections.tsv") + where, e.location());
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals(true, e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void readsJsonAndLocatesABadEntryByLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("corrections.json"), """
                [
                  {"from": "Shorji", "to": "shogi"},
                  {"from": "(x", "to": "y", "regex": true}
                ]
                """, StandardCharsets.UTF_8);

        RecastException e = assertThrows(RecastException.class, () -> CorrectionsReader.read(dir));

        assertEquals(dir.resolve("corrections.json") + ":3:3", e.location());
    }

    @Test
    void readsJson() throws Exception {
        Files.writeString(dir.resolve("corrections.json"), "[{\"from\": \"Shorji\", \"to\": \"shogi\"}]");

        assertEquals("Shorji", CorrectionsReader.read(dir).get(0).from());
    }
}
