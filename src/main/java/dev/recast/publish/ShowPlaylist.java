package dev.recast.publish;

import dev.recast.ingest.ShowInfo;
import java.util.List;

/**
 * {@code show.m3u8}: every episode's audio, in the order the show lists them, as an extended M3U
 * playlist like {@code episode.m3u8}, each path relative to the show folder.
 */
public final class ShowPlaylist {

    public static final String FILE = "show.m3u8";

    private ShowPlaylist() {
    }

    public static String render(ShowInfo show, List<ShowEpisode> episodes) {
        List<PlaylistEntry> entries = episodes.stream().filter(episode -> episode.localAudio().isPresent())
                .map(episode -> new PlaylistEntry(episode.item().path(episode.localAudio().get()),
                        episode.item().info().title(), episode.item().seconds()))
                .toList();
        return M3u8Playlist.render(show.title(), entries);
    }
}
