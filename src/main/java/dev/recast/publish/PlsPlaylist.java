package dev.recast.publish;

import java.math.RoundingMode;
import java.util.List;

/**
 * {@code episode.pls}: the same entries as the M3U8 in the PLS format, version 2, UTF-8 with LF
 * line endings and no byte-order mark.
 *
 * <pre>
 * [playlist]
 * File1=sections/01-intro.wav
 * Title1=Intro
 * Length1=13
 * NumberOfEntries=1
 * Version=2
 * </pre>
 *
 * <p>PLS lengths are whole seconds: each entry's {@link Seconds} length rounded half up. Paths are
 * relative and written as they are, like the M3U8's.
 */
public final class PlsPlaylist {

    private PlsPlaylist() {
    }

    public static String render(Publication publication) {
        return render(PlaylistEntry.of(publication));
    }

    static String render(List<PlaylistEntry> entries) {
        StringBuilder pls = new StringBuilder("[playlist]\n");
        for (int i = 0; i < entries.size(); i++) {
            PlaylistEntry entry = entries.get(i);
            int n = i + 1;
            pls.append("File").append(n).append('=').append(entry.path()).append('\n')
                    .append("Title").append(n).append('=').append(PlaylistEntry.oneLine(entry.title())).append('\n')
                    .append("Length").append(n).append('=')
                    .append(entry.seconds().setScale(0, RoundingMode.HALF_UP).toPlainString()).append('\n');
        }
        pls.append("NumberOfEntries=").append(entries.size()).append('\n');
        pls.append("Version=2\n");
        return pls.toString();
    }
}
