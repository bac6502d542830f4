package dev.recast.episode;

import dev.recast.audio.PcmFormat;
import dev.recast.clean.Section;
import dev.recast.segment.Pauses;
import dev.recast.segment.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lays utterances end to end, each followed by its pause, and marks chapters: one at the start of
 * every section (its title), one at every heading. A section that opens with a heading of its own
 * title gets one chapter there, not two. Sections may be made to start on a grid, their last pause
 * lengthened to the next multiple of it, so that what is made of a section (an MP3 part) comes
 * out the same wherever an edit before it moves it.
 */
public final class Stitcher {

    private final Pauses pauses;
    private final long sectionGrid;

    /** A stitcher whose sections start wherever the one before ends. */
    public Stitcher(Pauses pauses) {
        this(pauses, 1);
    }

    /** @param sectionGrid every section starts on a multiple of this many samples */
    public Stitcher(Pauses pauses, long sectionGrid) {
        if (sectionGrid < 1) {
            throw new IllegalArgumentException("section grid must be at least one sample: " + sectionGrid);
        }
        this.pauses = pauses;
        this.sectionGrid = sectionGrid;
    }

    /**
     * @param sections the cleaned sections, in order
     * @param utterances every utterance of the episode, in order
     * @param speechSamples the length of each utterance's audio, by utterance id
     */
    public Timeline layout(PcmFormat format, List<Section> sections, List<Utterance> utterances,
            Function<Utterance, Long> speechSamples) {
        Map<Integer, List<Utterance>> bySection = utterances.stream()
                .collect(Collectors.groupingBy(Utterance::section));
        List<SectionSpan> spans = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        long position = 0;
        for (Section section : sections) {
            List<Utterance> own = bySection.getOrDefault(section.index(), List.of());
            if (own.isEmpty()) {
                continue; // nothing to say: no audio, no chapter, no playlist entry
            }
            long sectionStart = position;
            if (!opensWithOwnTitle(section, own.get(0))) {
                chapters.add(new Chapter(section.title(), 1, sectionStart));
            }
            for (Utterance utterance : own) {
                if (utterance.role().isHeading()) {
                    chapters.add(new Chapter(utterance.sourceText(), utterance.role().chapterLevel(), position));
                }
                long speechEnd = position + speechSamples.apply(utterance);
                long end = speechEnd + format.samplesFor(pauses.millis(utterance.after()));
                if (utterance == own.get(own.size() - 1)) {
                    end = -Math.floorDiv(-end, sectionGrid) * sectionGrid;
                }
                placed.add(new Placed(utterance, position, speechEnd, end));
                position = end;
            }
            spans.add(new SectionSpan(section.index(), section.title(), section.source(), sectionStart, position));
        }
        return new Timeline(format, spans, placed, chapters, position);
    }

    /** Whether a section's first utterance is a heading of its title: its one chapter, not two. */
    static boolean opensWithOwnTitle(Section section, Utterance first) {
        return first.role().isHeading() && first.sourceText().equals(section.title());
    }
}
