package dev.recast.publish;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * An 8-bit indexed PNG from its pixels and palette. ImageIO's writer tries every row filter on
 * every row, some 70 ms for a 3000 × 3000 cover; a generated cover is flat colour and anti-aliased
 * edges, which deflate compresses as well unfiltered, in a fraction of that. No time or text
 * chunk, so the same pixels give the same bytes.
 */
final class IndexedPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int COLOUR_TYPE_INDEXED = 3;
    private static final int FILTER_NONE = 0;

    private IndexedPng() {
    }

    /**
     * @param pixels one palette index a pixel, row by row
     * @param palette red, green and blue of each index, three bytes an entry
     */
    static byte[] write(byte[] pixels, int width, int height, byte[] palette) {
        if (pixels.length != width * height || palette.length % 3 != 0 || palette.length > 3 * 256) {
            throw new IllegalArgumentException("pixels or palette do not fit " + width + "x" + height);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (DataOutputStream fields = new DataOutputStream(header)) {
            fields.writeInt(width);
            fields.writeInt(height);
            fields.writeByte(8);
            fields.writeByte(COLOUR_TYPE_INDEXED);
            fields.writeByte(0); // deflate
            fields.writeByte(0); // adaptive filtering, each row's filter named in the row
            fields.writeByte(0); // not interlaced
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "PLTE", palette);
        chunk(png, "IDAT", deflated(pixels, width, height));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static byte[] deflated(byte[] pixels, int width, int height) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            byte[] row = new byte[width + 1];
            row[0] = FILTER_NONE;
            for (int y = 0; y < height; y++) {
                System.arraycopy(pixels, y * width, row, 1, width);
                out.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        writeInt(png, data.length);
        png.writeBytes(name);
        png.writeBytes(data);
        writeInt(png, (int) crc.getValue());
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
