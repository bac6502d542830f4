package dev.recast.publish;

import dev.recast.episode.Timeline;
import java.util.List;

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

    private M3u8Playlist() {
    }

    /** The playlist of the publication's entries (see {@link PlaylistEntry#of}). */
    public static String render(Publication publication) {
        return render(publication.info(), PlaylistEntry.of(publication));
    }

    /** The playlist of the timeline's section WAVs. */
    public static String render(EpisodeInfo info, Timeline timeline) {
        return render(info, PlaylistEntry.sections(timeline));
    }

    static String render(EpisodeInfo info, List<PlaylistEntry> entries) {
        return render(info.title(), entries);
    }

    /** The playlist titled {@code title} of {@code entries}. */
    static String render(String title, List<PlaylistEntry> entries) {
        StringBuilder playlist = new StringBuilder("#EXTM3U\n");
        playlist.append("#PLAYLIST:").append(PlaylistEntry.oneLine(title)).append('\n');
        for (PlaylistEntry entry : entries) {
            playlist.append("#EXTINF:").append(entry.seconds().toPlainString())
                    .append(',').append(PlaylistEntry.oneLine(entry.title())).append('\n')
                    .append(entry.path()).append('\n');
        }
        return playlist.toString();
    }
}
