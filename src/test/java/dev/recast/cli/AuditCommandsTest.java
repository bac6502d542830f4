package dev.recast.cli;

import static dev.recast.cli.Run.recast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recast clean} and {@code recast lint}, run in-process on small inputs. */
class AuditCommandsTest {

    @TempDir
    Path dir;

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

        Run run = recast("clean", dir.toString());
        assertEquals(0, run.exit(), run.err());

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

                """, run.out());
    }

    @Test
    void cleanLocatesABadCorrectionsLine() throws Exception {
        input();
        Files.writeString(dir.resolve("corrections.tsv"), "# fixes\nShorji shogi\n");

        Run run = recast("clean", dir.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("recast: " + dir.resolve("corrections.tsv") + ":2: expected from<TAB>to, found no tab\n",
                run.err());
    }

    @Test
    void lintListsWordsTheDictionaryDoesNotKnow() throws Exception {
        Files.writeString(dir.resolve("01-games.txt"), """
                The Shorji board.
                Shorji is the game.
                """);

        Run run = recast("lint", dir.toString());
        assertEquals(0, run.exit(), run.err());

        List<String> lines = run.out().lines().toList();
        assertEquals("2  Shorji  01-games.txt:1, 01-games.txt:2", lines.get(0));
        assertFalse(lines.stream().anyMatch(line -> line.split("  ")[1].equalsIgnoreCase("the")), lines::toString);
    }

    @Test
    void bothCommandsHaveHelpAndAreInTheUsage() {
        Run run = recast("--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("clean [INPUT]"));
        assertTrue(run.out().contains("lint [INPUT]"));
        run = recast("clean", "--help");
        assertEquals(0, run.exit(), run.err());
        run = recast("lint", "--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("usage: recast lint [INPUT]"));
    }
}
