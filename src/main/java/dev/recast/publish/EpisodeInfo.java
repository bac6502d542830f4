package dev.recast.publish;

/**
 * What the published files say about the episode as a whole.
 *
 * @param title the episode's title
 * @param author who made it, or null when unknown
 */
public record EpisodeInfo(String title, String author) {
    public EpisodeInfo {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an episode has a title");
        }
    }
}
