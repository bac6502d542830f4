package dev.recast.publish;

/**
 * The audio file a feed item carries, as measured once it is written.
 *
 * @param path relative to the episode folder, e.g. {@code episode.mp3}
 * @param type its MIME type, e.g. {@code audio/mpeg}
 * @param bytes its length in bytes, which RSS's {@code <enclosure length>} asks for
 */
public record Enclosure(String path, String type, long bytes) {

    public static final String MP3_TYPE = "audio/mpeg";
    public static final String WAV_TYPE = "audio/wav";

    public Enclosure {
        if (path == null || type == null || bytes < 0) {
            throw new IllegalArgumentException("invalid enclosure: " + path + " " + type + " " + bytes);
        }
    }

    /** The type of the episode audio file {@code path}, as the feed declares it. */
    public static String typeOf(String path) {
        return path.endsWith(".mp3") ? MP3_TYPE : WAV_TYPE;
    }
}
