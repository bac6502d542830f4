package dev.recast.publish;

import dev.recast.clean.Section;
import dev.recast.episode.Timeline;
import dev.recast.synth.Casting;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the published files are made from, but the audio itself.
 *
 * @param formats the outputs chosen; a file may link to another only when that one is written too
 * @param baseUrl where the episode folder is served, for absolute links; empty for relative ones
 */
public record Publication(EpisodeInfo info, Timeline timeline, List<Section> sections, Casting casting,
        EpisodeFiles files, Set<Format> formats, Optional<String> baseUrl) {
    public Publication {
        sections = List.copyOf(sections);
        formats = Set.copyOf(formats);
    }

    public boolean has(Format format) {
        return formats.contains(format);
    }
}
