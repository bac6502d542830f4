package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintTest {

    @TempDir
    Path dir;

    @Test
    void countsUnknownWordsMostFrequentFirstWithTheirFirstPlaces() throws Exception {
        Files.writeString(dir.resolve("1.txt"), """
                The Shorji at noon.
                Then Shorji again, and Zorblat once.
                Shorji, Shorji, Shorji.
                """);
        List<Lint.UnknownWord> unknown = Lint.unknownWords(Optional.of(dir));
        assertEquals(new Lint.UnknownWord("Shorji", 5, List.of("1.txt:1", "1.txt:2", "1.txt:3")), unknown.get(0));
        assertEquals(new Lint.UnknownWord("Zorblat", 1, List.of("1.txt:2")), unknown.get(1));
        assertEquals(2, unknown.size(), unknown.toString());
    }
}
