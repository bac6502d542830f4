package dev.recast.pipeline;

import java.nio.file.Path;

/**
 * What to render and where.
 *
 * @param input a section directory or text file; null renders the bundled example
 * @param output the episode folder; null means {@code output/<episode-slug>}
 * @param voice the narrator's voice profile (name or {@code .json} path); null means the
 *     manifest's choice, else {@code narrator}
 * @param force write into a non-empty folder Recast did not create
 */
public record RenderOptions(Path input, Path output, String voice, boolean force) {
}
