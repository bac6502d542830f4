package dev.recast.ingest;

import java.util.Objects;

/**
 * A show's cover image, as it is embedded (MP3, M4B) and written beside the episode.
 *
 * @param bytes the PNG or JPEG file
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param width the width in pixels
 * @param height the height in pixels
 */
public record CoverArt(byte[] bytes, String mediaType, int width, int height) {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    public CoverArt {
        Objects.requireNonNull(bytes, "bytes");
        if (!PNG.equals(mediaType) && !JPEG.equals(mediaType)) {
            throw new IllegalArgumentException("a cover is a PNG or a JPEG: " + mediaType);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a cover has a size: " + width + "x" + height);
        }
    }

    /** The name the cover is written under in an episode or show folder. */
    public String fileName() {
        return PNG.equals(mediaType) ? "cover.png" : "cover.jpg";
    }
}
