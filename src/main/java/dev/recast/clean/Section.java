package dev.recast.clean;

import java.util.List;

/**
 * A cleaned section: its structure and a record of everything removed from it.
 *
 * @param index 1-based position in the episode
 * @param source the file it was read from
 * @param title the section's title (manifest title, else derived by the cleaner)
 * @param corrections the user's corrections made in its blocks, in the corrections file's order
 */
public record Section(int index, String source, String title, List<Block> blocks, List<Removal> removals,
        List<AppliedCorrection> corrections) {
    public Section(int index, String source, String title, List<Block> blocks, List<Removal> removals) {
        this(index, source, title, blocks, removals, List.of());
    }

    public Section {
        if (index < 1) {
            throw new IllegalArgumentException("section index starts at 1: " + index);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a section has a title");
        }
        blocks = List.copyOf(blocks);
        removals = List.copyOf(removals);
        corrections = List.copyOf(corrections);
    }
}
