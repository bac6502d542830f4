package dev.recast.cli;

import static dev.recast.cli.Run.recast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recast.TmpfsMount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, one case each, as a user meets it: the exact message, the exit code, and no file at
 * the output folder. Every case fails before synthesis, so the real engine is never started.
 */
class BadInputTest {

    @TempDir
    Path dir;

    /** Writes a case's input under {@code in} and returns what to render. */
    private interface Setup {
        Path write(Path in) throws IOException;
    }

    private static Path file(Path in, String name, String text) throws IOException {
        Files.createDirectories(in);
        return Files.writeString(in.resolve(name), text);
    }

    private static Arguments bad(String name, Setup setup, List<String> extra, int exit, String message) {
        return Arguments.of(name, setup, extra, exit, message);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("missing input", in -> in, List.of(), 2, "IN: input does not exist"),
                bad("empty input directory", Files::createDirectories, List.of(), 2,
                        "IN: no sections: the directory has no *.txt, *.md, *.vtt or *.srt files"),
                bad("empty section", in -> {
                    file(in, "1.txt", "");
                    file(in, "2.txt", "Words here.");
                    return in;
                }, List.of(), 2, "IN/1.txt: section is empty"),
                bad("blank section", in -> {
                    file(in, "1.txt", "Words here.");
                    file(in, "2.txt", "\n \r\n\t\n");
                    return in;
                }, List.of(), 2, "IN/2.txt: section is empty"),
                bad("binary file", in -> {
                    Files.createDirectories(in);
                    Files.write(in.resolve("1.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, (byte) 0xFF});
                    return in;
                }, List.of(), 2, "IN/1.txt: not a text file (it contains NUL bytes)"),
                bad("malformed episode.json", in -> {
                    file(in, "1.txt", "Words here.");
                    file(in, "episode.json", "{\n  \"title\": \"X\",\n  \"sections\": [ {\"file\": \"1.txt\",} ]\n}\n");
                    return in;
                }, List.of(), 2, "IN/episode.json:3:34: unexpected character ('}'): "
                        + "expected a field name in double quotes"),
                bad("manifest names a missing file", in -> {
                    file(in, "1.txt", "Words here.");
                    file(in, "episode.json", "{\n  \"sections\": [\n    {\"file\": \"2.txt\"}\n  ]\n}\n");
                    return in;
                }, List.of(), 2, "IN/episode.json:3: section file '2.txt' does not exist in IN"),
                bad("unknown timing in episode.json", in -> {
                    file(in, "1.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nWords here.\n");
                    file(in, "episode.json", "{\n  \"title\": \"X\",\n  \"timing\": \"exact\"\n}\n");
                    return in;
                }, List.of(), 2, "IN/episode.json:3: \"timing\" must be \"natural\" or \"source\", not 'exact'"),
                bad("unknown --timing", in -> file(in, "1.txt", "Words here."), List.of("--timing", "exact"), 2,
                        "--timing must be 'natural' or 'source', not 'exact'"),
                bad("--max-speedup out of range", in -> file(in, "1.txt", "Words here."),
                        List.of("--max-speedup", "2.5"), 2, "--max-speedup must be a factor from 1.0 to 2.0, not '2.5'"),
                bad("unknown voice", in -> file(in, "1.txt", "Words here."), List.of("--voice", "nope"), 2,
                        "unknown voice profile 'nope' (known: heading, narrator, quote)"),
                bad("malformed voice profile", in -> {
                    file(in, "1.txt", "Words here.");
                    file(in.resolve("voices"), "bad.json", "{\n  \"voice\": \"kevin16\",\n  \"rate\": \"fast\"\n}\n");
                    return in;
                }, List.of("--voice", "bad"), 2, "IN/voices/bad.json:3:11: \"rate\" should be a number, not text"),
                bad("corrections file with a bad line", in -> {
                    file(in, "1.txt", "Words here.");
                    file(in, "corrections.tsv", "teh\tthe\nno tab here\n");
                    return in;
                }, List.of(), 2, "IN/corrections.tsv:2: expected from<TAB>to, found no tab"),
                bad("output inside the input", in -> file(in, "1.txt", "Words here.").getParent(),
                        List.of("-o", "IN/episode"), 2, "IN/episode: output directory is inside the input directory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithOneLineAndWritesNothing(String name, Setup setup, List<String> extra, int exit, String message)
            throws IOException {
        Path in = setup.write(dir.resolve("in"));
        Path out = dir.resolve("out");
        Stream<String> output = extra.contains("-o") ? Stream.of() : Stream.of("-o", out.toString());
        String[] args = Stream.of(Stream.of("render", in.toString()), output,
                extra.stream().map(a -> a.replace("IN", in.toString()))).flatMap(s -> s).toArray(String[]::new);

        Run run = recast(args);

        assertEquals("recast: " + message.replace("IN", in.toString()) + "\n", run.err());
        assertEquals(exit, run.exit());
        assertEquals("", run.out());
        assertFalse(Files.exists(out), "no output folder");
        assertFalse(Files.exists(in.resolve("episode")), "no output folder inside the input");
    }

    @Test
    void anOutputPathThatIsAFileIsLeftAlone() throws IOException {
        Path in = file(dir.resolve("in"), "1.txt", "Words here.").getParent();
        Path out = Files.writeString(dir.resolve("notes.txt"), "mine");

        Run run = recast("render", in.toString(), "-o", out.toString());

        assertEquals("recast: " + out + ": output path is a file, not a directory\n", run.err());
        assertEquals(2, run.exit());
        assertEquals("mine", Files.readString(out));
        assertEquals(List.of(in, out), listing(dir));
    }

    @Test
    void aFolderAnotherRenderHoldsIsRefused() throws IOException {
        Path in = file(dir.resolve("in"), "1.txt", "Words here.").getParent();
        Path out = Files.createDirectories(dir.resolve("out"));
        long pid = ProcessHandle.current().pid();
        // A render on another machine sharing the folder: its process cannot be checked, so its lock holds.
        Path lock = Files.writeString(out.resolve(".recast-lock"), pid + " build-server-7\n");

        Run run = recast("render", in.toString(), "-o", out.toString());

        assertEquals("recast: " + out + ": output directory is being rendered by another recast (pid " + pid
                + " on build-server-7); wait for it, or remove " + lock + " if no recast is running\n", run.err());
        assertEquals(3, run.exit());
        assertEquals(List.of(lock), listing(out), "the holder's lock stays, nothing else appears");
    }

    @Test
    void anUnwritableOutputFolderIsAnEnvironmentError() throws Exception {
        Path in = file(dir.resolve("in"), "1.txt", "Words here.").getParent();
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        // Root writes through permission bits, so the one sure way is a read-only mount.
        assumeTrue(TmpfsMount.mount(readOnly, "ro,size=64k"), "needs root and permission to mount a tmpfs");
        try {
            Path out = readOnly.resolve("episode");
            Run run = recast("render", in.toString(), "-o", out.toString());

            assertEquals("recast: " + out + ": output directory is not writable\n", run.err());
            assertEquals(3, run.exit());
            assertEquals(List.of(), listing(readOnly));
        } finally {
            TmpfsMount.unmount(readOnly);
        }
    }

    @Test
    void invalidUtf8IsReadAndReportedWithItsLine() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("1.txt"), new byte[] {'O', 'k', '.', '\n', 'c', 'a', 'f', (byte) 0xE9, '.', '\n',
                'x', ' ', (byte) 0x81, 0x01, ' ', 'y', '.', '\n'});

        Run run = recast("clean", in.toString());

        assertEquals("", run.err());
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("café.\n"), run.out());
        assertTrue(run.out().contains("""
                Decoded:
                  1.txt:2  not valid UTF-8; read as Windows-1252
                  1.txt:3  not valid UTF-8; undecodable bytes replaced with U+FFFD
                """), run.out());
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
