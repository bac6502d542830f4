package dev.recast.publish;

/**
 * What the published files say about the episode as a whole.
 *
 * @param title the episode's title
 * @param author who made it, or null when unknown
 * @param date the publication date as ISO {@code yyyy-MM-dd}, or null when the user gave none
 * @param description a sentence or two about the episode, or null
 */
public record EpisodeInfo(String title, String author, String date, String description) {
    public EpisodeInfo {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an episode has a title");
        }
    }

    public EpisodeInfo(String title, String author) {
        this(title, author, null, null);
    }
}
