package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pairs: each folder under {@code golden/} holds one transcript as a tool writes it (a file
 * {@code input.*}, or a folder {@code input/} of sections) and {@code expected.txt}, what
 * {@code recast clean} prints for it. Run with {@code -Drecast.golden.update=true} to rewrite the
 * expected files after a deliberate change, then read their diff.
 */
class CleanGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("recast.golden.update");

    static Stream<Path> kinds() throws IOException, URISyntaxException {
        Path golden = Path.of(CleanGoldenTest.class.getResource("golden").toURI());
        try (Stream<Path> kinds = Files.list(golden)) {
            return kinds.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void cleansAsExpected(Path kind) throws IOException {
        Run run = Run.recast("clean", input(kind).toString());
        assertEquals(0, run.exit(), run.err());
        Path expected = kind.resolve("expected.txt");
        if (UPDATE) {
            Path source = Path.of("src/test/resources/dev/recast/cli/golden", kind.getFileName().toString());
            Files.writeString(source.resolve("expected.txt"), run.out(), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), run.out());
    }

    /** The cleaned text, as a plain transcript, cleans to itself: cleaning is done in one pass. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void cleaningTheCleanedTextChangesNothing(Path kind, @TempDir Path dir) throws IOException {
        List<List<String>> once = bodies(Run.recast("clean", input(kind).toString()).out());
        for (int k = 0; k < once.size(); k++) {
            Files.writeString(dir.resolve(String.format("%02d.txt", k + 1)), String.join("\n\n", once.get(k)) + "\n",
                    StandardCharsets.UTF_8);
        }
        Run twice = Run.recast("clean", dir.toString());
        assertEquals(0, twice.exit(), twice.err());
        assertEquals(once, bodies(twice.out()));
    }

    private static Path input(Path kind) throws IOException {
        try (Stream<Path> files = Files.list(kind)) {
            List<Path> inputs = files.filter(f -> f.getFileName().toString().matches("input(\\..+)?")).toList();
            assertEquals(1, inputs.size(), kind + " holds one input.* file or input/ folder");
            return inputs.get(0);
        }
    }

    /** Each section's blocks as {@code recast clean} prints them, one a line, without the audit lists. */
    private static List<List<String>> bodies(String cleanOutput) {
        List<List<String>> sections = new ArrayList<>();
        List<String> body = null;
        for (String line : cleanOutput.split("\n", -1)) {
            if (line.startsWith("== ")) {
                body = new ArrayList<>();
                sections.add(body);
            } else if (line.isEmpty()) {
                body = null; // the audit lists follow the first blank line
            } else if (body != null) {
                body.add(line);
            }
        }
        assertTrue(!sections.isEmpty(), "clean printed no section");
        return sections;
    }
}
