package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.ShowInfo;
import dev.recast.publish.GeneratedCover;
import dev.recast.synth.UtteranceCache;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which cover a show gets: its own when it names one (checked), else the one drawn from its title. */
class CoversTest {

    @TempDir
    Path dir;

    private static ShowInfo show(Optional<Path> cover) {
        ShowInfo plain = ShowInfo.of("Sound at Sea", Optional.of("Harbour Radio"));
        return new ShowInfo(plain.title(), plain.author(), plain.owner(), plain.description(), plain.language(),
                List.of(), false, cover, plain.link(), plain.copyright(), plain.type());
    }

    @Test
    void theShowsOwnCoverWhenItNamesOne() throws Exception {
        Path file = dir.resolve("art.jpg");
        ImageIO.write(new BufferedImage(1500, 1500, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
        CoverArt cover = Covers.forShow(show(Optional.of(file)), Optional.empty());
        assertEquals(CoverArt.JPEG, cover.mediaType());
        assertArrayEquals(Files.readAllBytes(file), cover.bytes());
    }

    @Test
    void aCoverBreakingTheRulesIsAnInputError() throws Exception {
        Path file = dir.resolve("cover.png");
        ImageIO.write(new BufferedImage(1200, 1200, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        RecastException e = assertThrows(RecastException.class,
                () -> Covers.forShow(show(Optional.of(file)), Optional.empty()));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals(file.toString(), e.location());
        assertEquals("the cover is 1200x1200 px; podcast directories need 1400 to 3000 px square", e.getMessage());
    }

    @Test
    void elseOneDrawnFromTheTitleAndAuthor() throws Exception {
        CoverArt cover = Covers.forShow(show(Optional.empty()), Optional.empty());
        assertArrayEquals(GeneratedCover.draw("Sound at Sea", Optional.of("Harbour Radio")).bytes(), cover.bytes());
        assertEquals("cover.png", cover.fileName());
    }

    @Test
    void aDrawnCoverIsKeptInTheCacheAndTakenFromItNextTime() throws Exception {
        UtteranceCache cache = new UtteranceCache(dir.resolve("cache"));
        CoverArt drawn = Covers.forShow(show(Optional.empty()), Optional.of(cache));
        assertTrue(cache.bytesStored() > drawn.bytes().length, "stored with its header");
        UtteranceCache again = new UtteranceCache(dir.resolve("cache"));
        assertArrayEquals(drawn.bytes(), Covers.forShow(show(Optional.empty()), Optional.of(again)).bytes());
        assertEquals(0, again.bytesStored(), "taken from the cache, not drawn and stored again");
    }
}
