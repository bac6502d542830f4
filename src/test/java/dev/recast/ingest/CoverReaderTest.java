package dev.recast.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's cover: every rule podcast directories set, each broken once, in fixtures drawn here. */
class CoverReaderTest {

    @TempDir
    Path dir;

    /** A flat image with a stripe, so it is small and still a picture. */
    private Path image(String name, String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 60, 90));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(240, 200, 40));
        g.fillRect(0, height / 3, width, height / 3);
        g.dispose();
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(image, format, file.toFile()), format);
        return file;
    }

    private RecastException refused(Path file) {
        RecastException e = assertThrows(RecastException.class, () -> CoverReader.read(file));
        assertEquals(RecastException.Kind.INPUT, e.kind());
        assertEquals(file.toString(), e.location());
        return e;
    }

    @Test
    void anRgbPngWithinTheRulesIsTaken() throws Exception {
        Path file = image("cover.png", "png", 1400, 1400, BufferedImage.TYPE_INT_RGB);
        CoverArt cover = CoverReader.read(file);
        assertEquals(CoverArt.PNG, cover.mediaType());
        assertEquals(1400, cover.width());
        assertEquals(1400, cover.height());
        assertEquals("cover.png", cover.fileName());
        assertEquals(Files.size(file), cover.bytes().length);
    }

    @Test
    void aJpegIsToldByItsBytesNotItsName() throws Exception {
        Path file = image("cover.png", "jpg", 3000, 3000, BufferedImage.TYPE_INT_RGB);
        CoverArt cover = CoverReader.read(file);
        assertEquals(CoverArt.JPEG, cover.mediaType());
        assertEquals(3000, cover.width());
        assertEquals("cover.jpg", cover.fileName());
    }

    @Test
    void tooSmallNamesItsSize() throws Exception {
        Path file = image("cover.png", "png", 1200, 1200, BufferedImage.TYPE_INT_RGB);
        assertEquals("the cover is 1200x1200 px; podcast directories need 1400 to 3000 px square",
                refused(file).getMessage());
    }

    @Test
    void tooLargeAndNotSquareAreRefusedToo() throws Exception {
        assertEquals("the cover is 3200x3200 px; podcast directories need 1400 to 3000 px square",
                refused(image("big.jpg", "jpg", 3200, 3200, BufferedImage.TYPE_INT_RGB)).getMessage());
        assertEquals("the cover is 1600x1400 px; podcast directories need 1400 to 3000 px square",
                refused(image("wide.png", "png", 1600, 1400, BufferedImage.TYPE_INT_RGB)).getMessage());
    }

    @Test
    void anAlphaChannelIsNotRgb() throws Exception {
        assertEquals("the cover is a PNG with an alpha channel; podcast directories need RGB colour without"
                + " transparency", refused(image("a.png", "png", 1400, 1400, BufferedImage.TYPE_INT_ARGB))
                        .getMessage());
    }

    @Test
    void grayscaleIsNotRgb() throws Exception {
        assertEquals("the cover is a grayscale PNG; podcast directories need RGB colour without transparency",
                refused(image("g.png", "png", 1400, 1400, BufferedImage.TYPE_BYTE_GRAY)).getMessage());
        assertEquals("the cover is a grayscale JPEG; podcast directories need RGB colour without transparency",
                refused(image("g.jpg", "jpg", 1400, 1400, BufferedImage.TYPE_BYTE_GRAY)).getMessage());
    }

    @Test
    void overHalfAMegabyteNamesItsSize() throws Exception {
        // Noise does not compress: 1400 x 1400 RGB pixels of it are some 5.9 MB as a PNG.
        BufferedImage noise = new BufferedImage(1400, 1400, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(27);
        for (int y = 0; y < 1400; y++) {
            for (int x = 0; x < 1400; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        Path file = dir.resolve("noise.png");
        ImageIO.write(noise, "png", file.toFile());
        long size = Files.size(file);
        assertEquals(String.format(Locale.ROOT, "the cover is %,d bytes (%d KB); podcast directories take"
                + " at most 512 KB (524,288 bytes)", size, (size + 1023) / 1024), refused(file).getMessage());
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() throws Exception {
        String message = refused(image("small.png", "png", 1000, 900, BufferedImage.TYPE_INT_ARGB)).getMessage();
        assertEquals("the cover is 1000x900 px; podcast directories need 1400 to 3000 px square; the cover is a PNG"
                + " with an alpha channel; podcast directories need RGB colour without transparency", message);
    }

    @Test
    void aTransparentColourInAnIndexedPngIsRefused() throws Exception {
        Path file = image("indexed.png", "png", 1400, 1400, BufferedImage.TYPE_BYTE_INDEXED);
        assertEquals(CoverArt.PNG, CoverReader.read(file).mediaType());
        byte[] bytes = Files.readAllBytes(file);
        // A tRNS chunk right after IHDR (8 + 25 bytes in): one palette entry made transparent.
        byte[] trns = {0, 0, 0, 1, 't', 'R', 'N', 'S', 0, 0x40, (byte) 0xE6, (byte) 0xD8, 0x66};
        byte[] withTrns = new byte[bytes.length + trns.length];
        System.arraycopy(bytes, 0, withTrns, 0, 33);
        System.arraycopy(trns, 0, withTrns, 33, trns.length);
        System.arraycopy(bytes, 33, withTrns, 33 + trns.length, bytes.length - 33);
        Path transparent = dir.resolve("transparent.png");
        Files.write(transparent, withTrns);
        assertEquals("the cover is a PNG with a transparent colour (tRNS); podcast directories need RGB colour"
                + " without transparency", refused(transparent).getMessage());
    }

    @Test
    void otherFilesAndMissingOnesAreInputErrors() throws Exception {
        Path gif = image("cover.gif", "gif", 1400, 1400, BufferedImage.TYPE_INT_RGB);
        assertEquals("the cover is neither a PNG nor a JPEG (by its bytes); podcast directories take those two",
                refused(gif).getMessage());
        Path cut = dir.resolve("cut.png");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(image("whole.png", "png", 1400, 1400,
                BufferedImage.TYPE_INT_RGB)), 20));
        assertEquals("the cover's header is damaged; save it again as a PNG or a JPEG", refused(cut).getMessage());
        assertTrue(refused(dir.resolve("absent.png")).getMessage().startsWith("cannot read the cover: "));
    }

    @Test
    void aPngDamagedPastItsHeaderIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(image("whole.png", "png", 1400, 1400, BufferedImage.TYPE_INT_RGB));
        Path damaged = dir.resolve("damaged.png");
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length - 40));
        assertTrue(refused(damaged).getMessage().startsWith("the cover is a damaged PNG"));
    }
}
