package dev.recast.publish;

import dev.recast.episode.Timeline;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One file a playlist lists: its path relative to the episode folder, its title and its length
 * in seconds (from {@link Seconds}, so lengths laid end to end add up to the episode's).
 */
public record PlaylistEntry(String path, String title, BigDecimal seconds) {

    // CSI (ESC [ … final byte), OSC and the other strings (ESC ] … BEL or ESC \\), ESC and one character.
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile(
            "\\x1B\\[[0-?]*[ -/]*[@-~]|\\x1B[\\]PX^_][^\\x07\\x1B]*(?:\\x07|\\x1B\\\\)?|\\x1B.?|\\x9B[0-?]*[ -/]*[@-~]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r]]");

    /**
     * What the playlists list, from {@link Publication#localAudio}: the section WAVs when the WAV is
     * written; otherwise the MP3 as one entry (a playlist of one file still opens in every player,
     * and points at the audio there is). Empty when neither is written; a render refuses playlists then.
     */
    public static List<PlaylistEntry> of(Publication publication) {
        Timeline timeline = publication.timeline();
        Optional<String> audio = publication.localAudio();
        if (audio.isEmpty()) {
            return List.of();
        }
        // The WAV is cut into sections too: an entry a section lets a player skip from one to the next.
        if (audio.get().equals(EpisodeFiles.EPISODE_WAV)) {
            return sections(timeline);
        }
        return List.of(new PlaylistEntry(audio.get(), publication.info().title(),
                Seconds.at(timeline, timeline.totalSamples())));
    }

    /** The section WAVs in play order. */
    public static List<PlaylistEntry> sections(Timeline timeline) {
        EpisodeFiles files = EpisodeFiles.of(timeline);
        return timeline.sections().stream()
                .map(span -> new PlaylistEntry(files.sectionWav(span), span.title(),
                        Seconds.between(timeline, span.startSample(), span.endSample())))
                .toList();
    }

    /**
     * Line breaks and surrounding space out of a title, for formats with one title per line; and
     * terminal escapes and other control characters out too, as these files are read with
     * {@code cat} as often as by players: an escape sequence goes whole, any other control
     * character becomes a space.
     */
    static String oneLine(String text) {
        return CONTROL.matcher(ESCAPE_SEQUENCE.matcher(text).replaceAll("")).replaceAll(" ")
                .strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
