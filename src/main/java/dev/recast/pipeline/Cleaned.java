package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.clean.Block;
import dev.recast.clean.CleaningRules;
import dev.recast.clean.Heading;
import dev.recast.clean.Section;
import dev.recast.clean.SlowCorrectionException;
import dev.recast.clean.TranscriptCleaner;
import dev.recast.ingest.BundledExample;
import dev.recast.ingest.EpisodeReader;
import dev.recast.ingest.EpisodeSource;
import dev.recast.ingest.TitleOrigin;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** An input read and cleaned, for the commands that audit text without rendering it. */
public record Cleaned(EpisodeSource source, List<Section> sections) {
    public Cleaned {
        sections = List.copyOf(sections);
    }

    /** Reads {@code input} (the bundled example when empty) and cleans it as {@link Render} does. */
    public static Cleaned read(Optional<Path> input) throws RecastException {
        return clean(source(input));
    }

    /** Reads {@code input}, or the bundled example when it is empty. */
    public static EpisodeSource source(Optional<Path> input) throws RecastException {
        EpisodeReader reader = new EpisodeReader();
        return input.isPresent() ? reader.read(input.get()) : BundledExample.read(reader);
    }

    /**
     * Cleans with the default rules and the input's own corrections. An episode titled only after a
     * file or folder name takes its first section's opening heading as its title instead.
     */
    static Cleaned clean(EpisodeSource source) throws RecastException {
        List<Section> sections;
        try {
            sections = new TranscriptCleaner(CleaningRules.defaults(), source.corrections()).clean(source.sections());
        } catch (SlowCorrectionException e) {
            throw RecastException.input(e.correction().location(), "the pattern takes too long on this text ("
                    + e.source() + ":" + e.line() + "): make it more specific, e.g. without a repeat inside a repeat");
        }
        Optional<String> heading = sections.get(0).blocks().stream().findFirst()
                .flatMap(Block::asHeading).filter(h -> h.level() == 1).map(Heading::title);
        return new Cleaned(heading.isPresent() && source.titleOrigin().fromName()
                ? source.titled(heading.get(), TitleOrigin.HEADING)
                : source, sections);
    }
}
