package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.ingest.EpisodeSource;
import dev.recast.ingest.TitleOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An episode titled only after a name takes its opening heading instead; a title the user gave stays. */
class CleanedTitleTest {

    @TempDir
    Path dir;

    @Test
    void anOpeningHeadingBeatsAGenericFileName() throws Exception {
        Path talk = Files.createDirectories(dir.resolve("fog-talk"));
        Path file = Files.writeString(talk.resolve("transcript.md"), "# The Harbour Hour\n\n**Ada:** Welcome back.\n");

        Cleaned cleaned = Cleaned.read(Optional.of(file));

        assertEquals("The Harbour Hour", cleaned.source().title());
        assertEquals(TitleOrigin.HEADING, cleaned.source().titleOrigin());
        assertEquals("Fog talk", Cleaned.source(Optional.of(file)).name(), "a generic file name leaves the output folder to its title");
    }

    @Test
    void aHeadingLaterInTheTextIsNoTitle() throws Exception {
        Path file = Files.writeString(dir.resolve("fog-signals.txt"), "Welcome back.\n\n# The horn\n\nIt sounds.\n");

        EpisodeSource source = Cleaned.read(Optional.of(file)).source();

        assertEquals("Fog signals", source.title());
        assertEquals(TitleOrigin.FILE_NAME, source.titleOrigin());
    }

    @Test
    void theManifestsTitleStays() throws Exception {
        Files.writeString(dir.resolve("episode.json"), "{\"title\": \"Sound at Sea\"}");
        Files.writeString(dir.resolve("1.md"), "# The Harbour Hour\n\nWelcome back.\n");

        EpisodeSource source = Cleaned.read(Optional.of(dir)).source();

        assertEquals("Sound at Sea", source.title());
        assertEquals(TitleOrigin.MANIFEST, source.titleOrigin());
    }
}
