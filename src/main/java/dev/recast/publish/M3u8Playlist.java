package dev.recast.publish;

import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import java.util.regex.Pattern;

/**
 * {@code episode.m3u8}: the section files in play order, as an extended M3U playlist in UTF-8
 * with LF line endings and no byte-order mark.
 *
 * <pre>
 * #EXTM3U
 * #PLAYLIST:Episode title
 * #EXTINF:12.345,Section title
 * sections/01-section-title.wav
 * </pre>
 *
 * <p>Each {@code #EXTINF} is the section file's length in seconds with three decimals, measured
 * between its start and end rounded to the millisecond (see {@link Seconds}), so the lengths add
 * up exactly to the episode's duration and each is within a millisecond of the file's length.
 * Paths are relative to the playlist, with {@code /}, and not percent-encoded (that is for URLs).
 */
public final class M3u8Playlist {

    // A line break inside a title would start a new playlist line.
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

    private M3u8Playlist() {
    }

    public static String render(EpisodeInfo info, Timeline timeline) {
        EpisodeFiles files = EpisodeFiles.of(timeline);
        StringBuilder playlist = new StringBuilder("#EXTM3U\n");
        playlist.append("#PLAYLIST:").append(oneLine(info.title())).append('\n');
        for (SectionSpan span : timeline.sections()) {
            playlist.append("#EXTINF:")
                    .append(Seconds.between(timeline, span.startSample(), span.endSample()).toPlainString())
                    .append(',').append(oneLine(span.title())).append('\n')
                    .append(files.sectionWav(span)).append('\n');
        }
        return playlist.toString();
    }

    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text.strip()).replaceAll(" ");
    }
}
