package dev.recast.publish;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One episode as a feed lists it.
 *
 * @param folder the episode folder's path from the feed, ending in {@code /}; empty for the feed's own folder
 * @param audio the enclosure, its path relative to the episode folder
 * @param seconds the episode's length, rounded to the millisecond by {@link Seconds}
 * @param chapters whether the folder holds {@code chapters.json}
 * @param captions whether it holds the captions and {@code transcript.json}
 * @param persons the speakers known by name, in order of first appearance
 */
public record FeedItem(EpisodeInfo info, String folder, Enclosure audio, BigDecimal seconds, boolean chapters,
        boolean captions, List<String> persons) {

    // The labels transcription tools give speakers they cannot name: "Speaker 2", "SPEAKER_00", "Speaker B".
    private static final Pattern UNNAMED = Pattern.compile("(?i)speaker[ _]?[0-9a-z]{0,3}");

    public FeedItem {
        Objects.requireNonNull(info, "info");
        if (!folder.isEmpty() && !folder.endsWith("/")) {
            throw new IllegalArgumentException("a folder ends in /: " + folder);
        }
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(seconds, "seconds");
        persons = List.copyOf(persons);
    }

    /** The publication's episode in a feed of its own folder. */
    public static FeedItem of(Publication publication, Enclosure audio) {
        return new FeedItem(publication.info(), "", audio,
                Seconds.at(publication.timeline(), publication.timeline().totalSamples()),
                publication.has(Format.CHAPTERS), publication.has(Format.CAPTIONS),
                publication.casting() == null ? List.of() : persons(publication.casting().speakers().keySet()));
    }

    /** The speakers a listener would know by name: not blank, not a tool's numbered label. */
    public static List<String> persons(Iterable<String> speakers) {
        List<String> named = new java.util.ArrayList<>();
        for (String speaker : speakers) {
            if (speaker != null && !speaker.isBlank() && !UNNAMED.matcher(speaker.strip()).matches()) {
                named.add(speaker.strip());
            }
        }
        return named;
    }

    /** {@code relative}, a path in the episode folder, from the feed. */
    String path(String relative) {
        return folder + relative;
    }
}
