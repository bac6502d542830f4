package dev.recast.publish;

import dev.recast.clean.Section;
import dev.recast.episode.Timeline;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.ShowInfo;
import dev.recast.synth.Casting;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the published files are made from, but the audio itself; and which of the episode's
 * audio files each kind of link points at, decided here for every output.
 *
 * @param show the show the episode belongs to (itself, when it stands alone)
 * @param cover the show's cover image, when there is one
 * @param formats the outputs chosen; a file may link to another only when that one is written too
 * @param baseUrl where the episode folder is served, for absolute links; empty for relative ones
 */
public record Publication(EpisodeInfo info, ShowInfo show, Optional<CoverArt> cover, Timeline timeline,
        List<Section> sections, Casting casting, EpisodeFiles files, Set<Format> formats, Optional<String> baseUrl) {
    public Publication {
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(cover, "cover");
        sections = List.copyOf(sections);
        formats = Set.copyOf(formats);
    }

    /** An episode that is a show of its own, titled and authored as the episode, without a cover. */
    public Publication(EpisodeInfo info, Timeline timeline, List<Section> sections, Casting casting,
            EpisodeFiles files, Set<Format> formats, Optional<String> baseUrl) {
        this(info, ShowInfo.of(info.title(), Optional.ofNullable(info.author())), Optional.empty(), timeline,
                sections, casting, files, formats, baseUrl);
    }

    public boolean has(Format format) {
        return formats.contains(format);
    }

    /** Whether {@code formats} write an episode audio file other outputs can link to: the WAV or the MP3. */
    public static boolean writesLinkableAudio(Set<Format> formats) {
        return formats.contains(Format.WAV) || formats.contains(Format.MP3);
    }

    /**
     * Whether {@code formats} write a file that carries the cover (the MP3, the M4B) or links to
     * it (the feed, the page): otherwise no cover is made.
     */
    public static boolean showsCover(Set<Format> formats) {
        return formats.contains(Format.MP3) || formats.contains(Format.M4B) || formats.contains(Format.FEED)
                || formats.contains(Format.PAGE);
    }

    /**
     * The audio a browser or a podcast app streams (the page's player, the feed's enclosure): the
     * MP3 when it is written, a fraction of the WAV's size and what every podcast app plays; else the
     * WAV. Empty when neither is written.
     */
    public Optional<String> streamedAudio() {
        return streamedAudio(formats);
    }

    /** {@link #streamedAudio()} of any episode rendered with {@code formats}, such as a show's. */
    public static Optional<String> streamedAudio(Set<Format> formats) {
        return episodeMp3(formats).or(() -> episodeWav(formats));
    }

    /**
     * The audio local players and disc tools are pointed at (the playlists, the CUE sheet): the
     * lossless WAV, cut into section files too, when it is written; else the MP3. Empty when
     * neither is written.
     */
    public Optional<String> localAudio() {
        return localAudio(formats);
    }

    /** {@link #localAudio()} of any episode rendered with {@code formats}, such as a show's. */
    public static Optional<String> localAudio(Set<Format> formats) {
        return episodeWav(formats).or(() -> episodeMp3(formats));
    }

    /** The episode WAV when it is written: lossless audio an encoder (the M4B's) reads rather than writing its own. */
    public Optional<String> episodeWav() {
        return episodeWav(formats);
    }

    /**
     * The cover's file in the episode folder: written beside the feed and the page, which link to
     * it (the audio files carry their own copy). Empty without a cover or without either of them.
     */
    public Optional<String> coverFile() {
        return cover.filter(art -> has(Format.FEED) || has(Format.PAGE)).map(CoverArt::fileName);
    }

    private static Optional<String> episodeWav(Set<Format> formats) {
        return formats.contains(Format.WAV) ? Optional.of(EpisodeFiles.EPISODE_WAV) : Optional.empty();
    }

    private static Optional<String> episodeMp3(Set<Format> formats) {
        return formats.contains(Format.MP3) ? Optional.of(EpisodeFiles.EPISODE_MP3) : Optional.empty();
    }
}
