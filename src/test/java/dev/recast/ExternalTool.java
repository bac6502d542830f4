package dev.recast;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real program a test checks our output with (ffprobe, sox, mediainfo, mpv...).
 *
 * <pre>{@code
 * ExternalTool ffprobe = ExternalTool.require("ffprobe");   // first line of the test
 * String json = ffprobe.run("-v", "error", "-show_chapters", "-of", "json", file.toString());
 * }</pre>
 *
 * <p>{@link #require} looks the program up on {@code PATH}. When it is missing the test is
 * <em>skipped</em> (a JUnit assumption), so the build passes on machines without it; with the
 * environment variable {@code RECAST_REQUIRE_TOOLS=1} (CI) a missing program <em>fails</em> the
 * test instead, so a check can never be silently lost.
 *
 * <p>{@link #run} returns standard output as UTF-8, and fails the test, showing standard error,
 * when the program exits non-zero or runs longer than {@link #TIMEOUT_SECONDS}.
 */
public final class ExternalTool {

    /** How long {@link #run} waits before killing the program and failing the test. */
    public static final long TIMEOUT_SECONDS = 60;

    private final Path executable;

    private ExternalTool(Path executable) {
        this.executable = executable;
    }

    /** The program {@code name} from {@code PATH}; skips the test (or fails it, see above) if absent. */
    public static ExternalTool require(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return new ExternalTool(candidate);
                }
            }
        }
        String missing = name + " is not on PATH";
        if ("1".equals(System.getenv("RECAST_REQUIRE_TOOLS"))) {
            return fail(missing + " and RECAST_REQUIRE_TOOLS=1");
        }
        return Assumptions.abort(missing + "; skipping (set RECAST_REQUIRE_TOOLS=1 to fail instead)");
    }

    /** Runs the program with {@code args} and returns its standard output. */
    public String run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        Path stdout = null;
        Path stderr = null;
        try {
            // Files rather than pipes: no reader threads, and no deadlock when a pipe fills up.
            stdout = Files.createTempFile("recast-tool-", ".out");
            stderr = Files.createTempFile("recast-tool-", ".err");
            Process process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            process.getOutputStream().close(); // an empty stdin, so nothing waits for input
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
                        + text(stderr));
            }
            return text(stdout);
        } catch (IOException e) {
            return fail("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while running " + String.join(" ", command), e);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    @Override
    public String toString() {
        return executable.toString();
    }

    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file is not worth failing a test over
            }
        }
    }
}
