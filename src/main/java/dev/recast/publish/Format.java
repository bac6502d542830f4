package dev.recast.publish;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A group of outputs a render can write, chosen with {@code --format}; render.json is always
 * written. A new text output is a constant here, its renderer in this package, and a line in
 * {@code export/Publisher}'s table of text outputs.
 */
public enum Format {
    /** episode.wav and one WAV per section. */
    WAV,
    /** episode.mp3, 44.1 kHz mono with ID3 chapters: the podcast deliverable. */
    MP3,
    /** episode.m4b, AAC with chapters, through ffmpeg. */
    M4B,
    /** M3U8, PLS and XSPF playlists and a CUE sheet. */
    PLAYLISTS,
    /** chapters.json (Podcasting 2.0) and a WebVTT chapters track. */
    CHAPTERS,
    /** WebVTT and SRT captions and a Podcasting 2.0 JSON transcript. */
    CAPTIONS,
    /** feed.xml, an RSS feed a podcast app can subscribe to. */
    FEED,
    /** index.html, a page to listen and read along. */
    PAGE;

    public static final Set<Format> DEFAULTS = Set.copyOf(EnumSet.complementOf(EnumSet.of(M4B)));

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code "wav,mp3"} → the formats; {@code "default"} stands for {@link #DEFAULTS}, {@code "all"} for every one. */
    public static Set<Format> parse(String list) {
        EnumSet<Format> formats = EnumSet.noneOf(Format.class);
        for (String item : list.split(",")) {
            String id = item.strip().toLowerCase(Locale.ROOT);
            switch (id) {
                case "default" -> formats.addAll(DEFAULTS);
                case "all" -> formats.addAll(EnumSet.allOf(Format.class));
                default -> formats.add(Stream.of(values()).filter(f -> f.id().equals(id)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown format '" + item.strip()
                                + "' (known: " + known() + ", default, all)")));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format given (known: " + known() + ", default, all)");
        }
        return Set.copyOf(formats);
    }

    /** {@code "wav, mp3, …"}: every format's id in order, for help and error texts. */
    public static String known() {
        return Stream.of(values()).map(Format::id).collect(Collectors.joining(", "));
    }
}
