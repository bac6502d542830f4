package dev.recast.clean;

import java.util.List;

/**
 * A cleaned section: its structure and a record of everything removed from it.
 *
 * @param index 1-based position in the episode
 * @param source the file it was read from
 * @param title the section's title (manifest title, else derived by the cleaner)
 */
public record Section(int index, String source, String title, List<Block> blocks, List<Removal> removals) {
    public Section {
        if (index < 1) {
            throw new IllegalArgumentException("section index starts at 1: " + index);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a section has a title");
        }
        blocks = List.copyOf(blocks);
        removals = List.copyOf(removals);
    }
}
