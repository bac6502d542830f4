package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.ingest.TitleOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What render says when it titled the episode itself. */
class RenderTitleNoteTest {

    @TempDir
    Path dir;

    @Test
    void aTitleTheUserGaveGoesUnremarked() {
        assertEquals(Optional.empty(), RenderCommand.titleNote("The Horn", TitleOrigin.MANIFEST, Optional.of(dir)));
    }

    @Test
    void aTitleRecastChoseSaysWhereFromAndHowToChangeIt() throws Exception {
        assertEquals(Optional.of("recast: titled the episode \"Fog signals\" after its folder; give \"title\" in"
                + " episode.json to change it"), RenderCommand.titleNote("Fog signals", TitleOrigin.FOLDER_NAME, Optional.of(dir)));
        Path file = Files.writeString(dir.resolve("en.vtt"), "WEBVTT\n");
        assertEquals(Optional.of("recast: titled the episode \"Fog signals\" after its caption file's Title line;"
                + " give \"title\" in an episode.json beside it, and render its folder, to change it"),
                RenderCommand.titleNote("Fog signals", TitleOrigin.CAPTION_HEADER, Optional.of(file)));
    }
}
