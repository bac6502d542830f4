package dev.recast.publish;

import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import java.util.Locale;

/**
 * The layout of an episode's output directory, in one place. Paths are relative to that
 * directory, with {@code /} as separator, as playlists and reports write them.
 */
public final class EpisodeFiles {

    public static final String EPISODE_WAV = "episode.wav";
    public static final String EPISODE_MP3 = "episode.mp3";
    public static final String EPISODE_M4B = "episode.m4b";
    public static final String PLAYLIST = "episode.m3u8";
    public static final String PLS_PLAYLIST = "episode.pls";
    public static final String XSPF_PLAYLIST = "episode.xspf";
    public static final String CUE_SHEET = "episode.cue";
    public static final String CHAPTERS = "chapters.json";
    public static final String CHAPTERS_VTT = "chapters.vtt";
    public static final String CAPTIONS_VTT = "episode.vtt";
    public static final String CAPTIONS_SRT = "episode.srt";
    public static final String TRANSCRIPT = "transcript.json";
    public static final String FEED = "feed.xml";
    public static final String REPORT = "render.json";
    public static final String PAGE = "index.html";
    public static final String SECTIONS_DIR = "sections";

    // Two digits at least, so names sort in play order in any file browser.
    private static final int MIN_INDEX_DIGITS = 2;

    private final int indexDigits;

    private EpisodeFiles(int indexDigits) {
        this.indexDigits = indexDigits;
    }

    /** The layout for this timeline: the index width fits its largest section index. */
    public static EpisodeFiles of(Timeline timeline) {
        int largestIndex = timeline.sections().stream().mapToInt(SectionSpan::index).max().orElse(1);
        return new EpisodeFiles(Math.max(MIN_INDEX_DIGITS, String.valueOf(largestIndex).length()));
    }

    /**
     * The section's own WAV, e.g. {@code sections/01-cafe-the-long-count.wav}; the index prefix
     * keeps names unique when titles slug alike.
     */
    public String sectionWav(SectionSpan span) {
        return String.format(Locale.ROOT, "%s/%0" + indexDigits + "d-%s.wav", SECTIONS_DIR, span.index(),
                Slug.of(span.title()));
    }
}
