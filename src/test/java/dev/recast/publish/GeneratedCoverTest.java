package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.ingest.CoverArt;
import dev.recast.ingest.CoverReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated cover: a 3000 px square the cover rules accept, the same bytes in any JVM, with or without fonts. */
class GeneratedCoverTest {

    private static final String TITLE = "Sound at Sea: Fog Signals and the Lighthouses of the North";
    private static final Optional<String> AUTHOR = Optional.of("Harbour Radio");

    @TempDir
    Path dir;

    @Test
    void aSquareRgbPngTheCoverRulesAccept() throws Exception {
        CoverArt cover = GeneratedCover.draw(TITLE, AUTHOR);
        assertEquals(CoverArt.PNG, cover.mediaType());
        assertEquals(3000, cover.width());
        assertEquals(3000, cover.height());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(cover.bytes()));
        assertEquals(3000, decoded.getWidth());
        assertEquals(3000, decoded.getHeight());
        // The corner is the plain background, and the middle holds ink somewhere.
        assertEquals(GeneratedCover.background(TITLE), decoded.getRGB(0, 0) & 0xFFFFFF);
        Path file = dir.resolve("cover.png");
        Files.write(file, cover.bytes());
        CoverArt reread = CoverReader.read(file);
        assertEquals(cover.bytes().length, reread.bytes().length);
        assertTrue(cover.bytes().length < CoverReader.MOST_BYTES, cover.bytes().length + " bytes");
    }

    @Test
    void theSameTitleGivesTheSameBytesAnotherTitleOthers() {
        byte[] first = GeneratedCover.draw(TITLE, AUTHOR).bytes();
        assertArrayEquals(first, GeneratedCover.draw(TITLE, AUTHOR).bytes());
        assertFalse(Arrays.equals(first, GeneratedCover.draw("Tides", AUTHOR).bytes()));
    }

    /**
     * A second JVM, headless and with a fontconfig that knows no fonts (a fresh machine's), draws
     * the same bytes: the bundled font is all the cover depends on.
     */
    @Test
    @Tag("slow")
    void anotherJvmWithoutSystemFontsDrawsTheSameBytes() throws Exception {
        Path config = dir.resolve("fonts.conf");
        Files.writeString(config, "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>" + dir.resolve("fc-cache")
                + "</cachedir></fontconfig>\n");
        Path drawn = dir.resolve("other.png");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Draw.class.getName(), drawn.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("jvm.log").toFile());
        builder.environment().put("FONTCONFIG_FILE", config.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the second JVM finished");
        assertEquals(0, process.exitValue(), () -> read(dir.resolve("jvm.log")));
        assertArrayEquals(GeneratedCover.draw(TITLE, AUTHOR).bytes(), Files.readAllBytes(drawn));
    }

    /** What the second JVM runs. */
    static final class Draw {
        public static void main(String[] args) throws Exception {
            Files.write(Path.of(args[0]), GeneratedCover.draw(TITLE, AUTHOR).bytes());
        }
    }

    @Test
    void linesAreBalancedAndLongWordsBroken() {
        GeneratedCover.Widths widths = new GeneratedCover.Widths();
        // Greedy filling would leave "North" alone on a last line; balanced, the lines are even.
        float size = (float) Math.floor(2400 / widths.of("The Lighthouses of the", 1));
        assertEquals(List.of("The Lighthouses of the", "North"),
                GeneratedCover.wrap("The Lighthouses of the North", widths, size, 2400));
        assertEquals(List.of("The Lighthouses", "of the North"),
                GeneratedCover.balanced("The Lighthouses of the North", widths, size, 6));
        List<String> broken = GeneratedCover.wrap("Supercalifragilisticexpialidocious", widths, 200, 2400);
        assertTrue(broken.size() > 1, broken::toString);
        assertEquals("Supercalifragilisticexpialidocious", String.join("", broken));
        for (String line : broken) {
            assertTrue(widths.of(line, 200) <= 2400, line);
        }
        List<String> cut = GeneratedCover.fitted("word ".repeat(200).strip(), widths, 200, 3);
        assertEquals(3, cut.size());
        assertTrue(cut.get(2).endsWith("…"), cut::toString);
    }

    @Test
    void aLongTitleAndNoAuthorStillMakeACover() throws Exception {
        CoverArt cover = GeneratedCover.draw("A title that goes on ".repeat(30).strip(), Optional.empty());
        assertEquals(3000, ImageIO.read(new ByteArrayInputStream(cover.bytes())).getWidth());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
