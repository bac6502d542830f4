package dev.recast.cli;

import static dev.recast.cli.Run.recast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recast render SHOW/}: a folder holding show.json is rendered as a show. */
class ShowCommandTest {

    @TempDir
    Path dir;

    @Test
    void anEpisodeThatFailsIsToldThenSummedUpAndTheCommandExitsAsItDid() throws Exception {
        Path show = Files.createDirectories(dir.resolve("sea"));
        Files.writeString(show.resolve("show.json"), "{ \"title\": \"Sound at Sea\" }");
        Path good = Files.createDirectories(show.resolve("ep1"));
        Files.writeString(good.resolve("1.txt"), "Fog.\n");
        Path bad = Files.createDirectories(show.resolve("ep2"));
        Files.writeString(bad.resolve("1.txt"), "Bells.\n");
        Files.writeString(bad.resolve("episode.json"), "{ \"title\": \"Bells\",\n  \"date\": \"yesterday\" }");
        Path out = dir.resolve("out");

        Run run = recast("render", show.toString(), "-o", out.toString(), "--no-cache", "--format", "mp3,feed");

        assertEquals(2, run.exit(), run.err());
        assertEquals(out + "\n", run.out());
        assertTrue(run.err().contains("\nrecast: " + bad.resolve("episode.json") + ":2: "), run.err());
        assertTrue(run.err().contains("recast: 1 of 2 episodes failed (" + bad + "); the show's files list the 1"
                + " rendered\n"), run.err());
        assertEquals(1, run.err().split(Pattern.quote(RenderCommand.RELATIVE_LINKS_NOTE), -1).length - 1,
                "the note on relative links is said once: " + run.err());
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("<enclosure url=\"ep1/episode.mp3\""));
        assertTrue(Files.isRegularFile(out.resolve("ep1/episode.mp3")));
    }
}
