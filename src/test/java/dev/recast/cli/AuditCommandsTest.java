package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recast clean} and {@code recast lint}, run in-process on small inputs. */
class AuditCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void input() throws Exception {
        Files.writeString(dir.resolve("01-games.txt"), """
                Heading Board games The pieces of Shorji are old.
                Quote The board is a world. End quote
                Asterisk asterisk Shorji asterisk asterisk is played in Japan.
                """);
        Files.writeString(dir.resolve("corrections.tsv"), "# fixes\nShorji\tshogi\n");
    }

    @Test
    void cleanPrintsTheStructureRemovalsAndCorrections() throws Exception {
        input();

        assertEquals(0, run("clean", dir.toString()));

        assertEquals("""
                == 01 Board games (01-games.txt) ==
                # Board games
                The pieces of shogi are old.
                > The board is a world.
                shogi is played in Japan.

                Removed:
                  01-games.txt:1  markup  Heading
                  01-games.txt:2  markup  Quote
                  01-games.txt:2  markup  End quote
                  01-games.txt:3  markup  Asterisk asterisk
                  01-games.txt:3  markup  asterisk asterisk

                Corrected:
                  2  Shorji -> shogi

                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cleanLocatesABadCorrectionsLine() throws Exception {
        input();
        Files.writeString(dir.resolve("corrections.tsv"), "# fixes\nShorji shogi\n");

        assertEquals(2, run("clean", dir.toString()));
        assertEquals("recast: " + dir.resolve("corrections.tsv") + ":2: expected from<TAB>to, found no tab\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void lintListsWordsTheDictionaryDoesNotKnow() throws Exception {
        Files.writeString(dir.resolve("01-games.txt"), """
                The Shorji board.
                Shorji is the game.
                """);

        assertEquals(0, run("lint", dir.toString()));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("2  Shorji  01-games.txt:1, 01-games.txt:2", lines.get(0));
        assertFalse(lines.stream().anyMatch(line -> line.split("  ")[1].equalsIgnoreCase("the")), lines::toString);
    }

    @Test
    void bothCommandsHaveHelpAndAreInTheUsage() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("clean [INPUT]"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("lint [INPUT]"));
        assertEquals(0, run("clean", "--help"));
        assertEquals(0, run("lint", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: recast lint [INPUT]"));
    }
}
