package dev.recast.episode;

/** A chapter start: level 1 for sections and headings, level 2 for subheadings. */
public record Chapter(String title, int level, long startSample) {
    public Chapter {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a chapter has a title");
        }
        if (level < 1 || startSample < 0) {
            throw new IllegalArgumentException("invalid chapter: level " + level + " at " + startSample);
        }
    }
}
