package dev.recast.ingest;

import dev.recast.RecastException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads the user's cover and checks it against what podcast directories (Apple's the strictest)
 * take: a PNG or a JPEG, told by its bytes, not its name; square, 1400 to 3000 pixels a side; RGB;
 * at most 512 KB. Every rule it breaks is named in one located input error.
 *
 * <p>RGB means the pixels are colours in RGB with nothing else: a truecolour PNG, an indexed PNG
 * without transparency, a three-component JPEG (YCbCr or RGB). Refused: an alpha channel or a
 * transparent colour (a directory shows it on a background of its choosing), grayscale (PNG or
 * JPEG; Apple asks for RGB) and four-component CMYK or YCCK JPEGs (browsers and players show them
 * wrongly or not at all).
 */
public final class CoverReader {

    public static final int SMALLEST_SIDE = 1400;
    public static final int LARGEST_SIDE = 3000;
    public static final int MOST_BYTES = 512 * 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int PNG_GRAY = 0;
    private static final int PNG_TRUECOLOUR = 2;
    private static final int PNG_INDEXED = 3;
    private static final int PNG_GRAY_ALPHA = 4;

    private CoverReader() {
    }

    /** The cover in {@code file}; an input error naming {@code file} for one that cannot be read or breaks a rule. */
    public static CoverArt read(Path file) throws RecastException {
        String where = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw RecastException.input(where, "cannot read the cover: " + e.getMessage());
        }
        Image image = identify(bytes, where);
        List<String> broken = new ArrayList<>();
        if (image.width() != image.height() || image.width() < SMALLEST_SIDE || image.width() > LARGEST_SIDE) {
            broken.add("the cover is " + image.width() + "x" + image.height() + " px; podcast directories need "
                    + SMALLEST_SIDE + " to " + LARGEST_SIDE + " px square");
        }
        image.notRgb().ifPresent(colour -> broken.add("the cover is " + colour
                + "; podcast directories need RGB colour without transparency"));
        if (bytes.length > MOST_BYTES) {
            broken.add(String.format(Locale.ROOT, "the cover is %,d bytes (%d KB); podcast directories take at most"
                    + " 512 KB (%,d bytes)", bytes.length, (bytes.length + 1023) / 1024, MOST_BYTES));
        }
        if (!broken.isEmpty()) {
            throw RecastException.input(where, String.join("; ", broken));
        }
        checkDecodes(bytes, image.mediaType(), where);
        return new CoverArt(bytes, image.mediaType(), image.width(), image.height());
    }

    /** What the file's header says: its kind, its size, and what keeps it from being RGB, if anything. */
    private record Image(String mediaType, int width, int height, Optional<String> notRgb) {
    }

    private static Image identify(byte[] bytes, String where) throws RecastException {
        try {
            if (bytes.length >= PNG_SIGNATURE.length
                    && Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
                return png(ByteBuffer.wrap(bytes));
            }
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                    && (bytes[2] & 0xFF) == 0xFF) {
                return jpeg(ByteBuffer.wrap(bytes));
            }
        } catch (RuntimeException e) {
            // A header cut short: its fields run past the end of the file.
            throw RecastException.input(where, "the cover's header is damaged; save it again as a PNG or a JPEG");
        }
        throw RecastException.input(where, "the cover is neither a PNG nor a JPEG (by its bytes); podcast"
                + " directories take those two");
    }

    /** IHDR's size and colour type, and whether a {@code tRNS} chunk comes before the image data. */
    private static Image png(ByteBuffer data) {
        data.position(PNG_SIGNATURE.length + 8); // IHDR comes first: its length and type
        int width = data.getInt();
        int height = data.getInt();
        data.get(); // bit depth
        int colourType = data.get() & 0xFF;
        data.position(PNG_SIGNATURE.length);
        boolean transparentColour = false;
        while (data.remaining() >= 8) {
            int length = data.getInt();
            byte[] type = new byte[4];
            data.get(type);
            String chunk = new String(type, StandardCharsets.US_ASCII);
            if (chunk.equals("IDAT") || chunk.equals("IEND")) {
                break;
            }
            transparentColour |= chunk.equals("tRNS");
            data.position(data.position() + length + 4); // the chunk's data and CRC
        }
        Optional<String> notRgb = switch (colourType) {
            case PNG_TRUECOLOUR, PNG_INDEXED -> transparentColour
                    ? Optional.of("a PNG with a transparent colour (tRNS)") : Optional.empty();
            case PNG_GRAY -> Optional.of("a grayscale PNG");
            case PNG_GRAY_ALPHA -> Optional.of("a grayscale PNG with an alpha channel");
            default -> Optional.of("a PNG with an alpha channel");
        };
        return new Image(CoverArt.PNG, width, height, notRgb);
    }

    /** The first start-of-frame marker's size and number of components. */
    private static Image jpeg(ByteBuffer data) {
        data.position(2);
        while (true) {
            int marker = data.get() & 0xFF;
            if (marker != 0xFF) {
                throw new IllegalStateException("no JPEG marker");
            }
            int kind = data.get() & 0xFF;
            while (kind == 0xFF) { // fill bytes
                kind = data.get() & 0xFF;
            }
            int length = data.getShort() & 0xFFFF;
            boolean startOfFrame = kind >= 0xC0 && kind <= 0xCF && kind != 0xC4 && kind != 0xC8 && kind != 0xCC;
            if (startOfFrame) {
                data.get(); // sample precision
                int height = data.getShort() & 0xFFFF;
                int width = data.getShort() & 0xFFFF;
                int components = data.get() & 0xFF;
                Optional<String> notRgb = switch (components) {
                    case 3 -> Optional.empty();
                    case 1 -> Optional.of("a grayscale JPEG");
                    case 4 -> Optional.of("a CMYK JPEG");
                    default -> Optional.of("a JPEG of " + components + " colour components");
                };
                return new Image(CoverArt.JPEG, width, height, notRgb);
            }
            data.position(data.position() + length - 2);
        }
    }

    /** Decodes the whole image once, so a file damaged past its header is refused here, not by a listener's app. */
    private static void checkDecodes(byte[] bytes, String mediaType, String where) throws RecastException {
        String kind = CoverArt.PNG.equals(mediaType) ? "PNG" : "JPEG";
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image != null) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            throw RecastException.input(where, "the cover is a damaged " + kind + ": " + e.getMessage());
        }
        throw RecastException.input(where, "the cover is a " + kind + " this Java cannot decode");
    }
}
