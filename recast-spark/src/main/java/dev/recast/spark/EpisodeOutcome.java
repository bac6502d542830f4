package dev.recast.spark;

import java.io.Serializable;
import java.util.Optional;

/**
 * What one task did with one episode, sent back to the driver: a line of the catalogue's report,
 * and what the show's feed and page list of the episode.
 *
 * @param folder the episode's folder in the show
 * @param slug the folder it is rendered into under the output
 * @param audioSeconds the episode's length; 0 when it failed
 * @param wallSeconds how long the task took, staging and upload included
 * @param utterances the utterances rendered; 0 when the episode was up to date
 * @param cacheHits of those, the ones whose clip came from the cache instead of the synthesizer
 * @param error why it failed, as the CLI says it; null unless it failed
 * @param listing what the show lists of it; null when it failed or wrote no audio
 */
record EpisodeOutcome(String folder, String slug, Status status, double audioSeconds, double wallSeconds,
        int utterances, int cacheHits, String error, Listing listing) implements Serializable {

    enum Status {
        RENDERED("rendered"), UP_TO_DATE("up-to-date"), FAILED("failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * An episode's part of the show's files.
     *
     * @param date the episode's date as its input gives it, or null
     * @param description its description as its input gives it, or null
     * @param report its render.json
     * @param audioBytes the size of the audio the feed links to
     */
    record Listing(String date, String description, String report, long audioBytes) implements Serializable {
    }

    static EpisodeOutcome failed(String folder, String slug, double wallSeconds, String error) {
        return new EpisodeOutcome(folder, slug, Status.FAILED, 0, wallSeconds, 0, 0, error, null);
    }

    Optional<Listing> listed() {
        return Optional.ofNullable(listing);
    }
}
