package dev.recast.episode;

import dev.recast.audio.PcmFormat;
import dev.recast.clean.Section;
import dev.recast.ingest.SourceTime;
import dev.recast.segment.Pauses;
import dev.recast.segment.Utterance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lays utterances where the source recording said them: each timed utterance starts at its source
 * start, silence between. Speech too long for its slot pushes what follows later by the least
 * amount, keeping {@link #MIN_GAP_MILLIS} of silence so words never run together, and the
 * following starts return to their source times as soon as a silence is long enough: an utterance
 * never starts before its source start. A section without times is laid as {@link Stitcher} lays
 * it, with the narrator's pauses. A timed section starts no earlier than the previous one ends:
 * its times are taken as absolute when its first one lies at or after that point (files that
 * continue one recording), else counted from it (each file timed from zero). An untimed utterance
 * among timed ones (a heading) ends, its pause after it, just before the next timed one when
 * there is room, else follows the one before as the natural layout would. Sections start where
 * the previous one ends, on no grid: exact times are worth more than re-encoding fewer MP3 parts.
 */
public final class SourceTimedLayout {

    /**
     * The least silence between two utterances' speech: about a short breath; less and the
     * next word sounds glued to the last one.
     */
    public static final long MIN_GAP_MILLIS = 80;

    private final Pauses pauses;

    public SourceTimedLayout(Pauses pauses) {
        this.pauses = pauses;
    }

    /** Whether any utterance carries a source time: else this layout is the natural one. */
    public static boolean anyTimed(List<Utterance> utterances) {
        return utterances.stream().anyMatch(u -> u.sourceTime().isPresent());
    }

    /**
     * The speed-up each timed utterance needs for its speech to end {@link #MIN_GAP_MILLIS} before
     * the next timed utterance of its section starts in the source, at most {@code maxSpeedup};
     * only those longer than their slot are listed, in utterance order.
     */
    public static Map<String, Double> speedups(PcmFormat format, List<Utterance> utterances,
            Function<Utterance, Long> speechSamples, double maxSpeedup) {
        Map<String, Double> needed = new LinkedHashMap<>();
        for (int i = 0; i + 1 < utterances.size(); i++) {
            Utterance utterance = utterances.get(i);
            Utterance next = utterances.get(i + 1);
            if (utterance.sourceTime().isEmpty() || next.sourceTime().isEmpty()
                    || next.section() != utterance.section()) {
                continue;
            }
            long slot = format.samplesFor(next.sourceTime().get().startMillis()
                    - utterance.sourceTime().get().startMillis() - MIN_GAP_MILLIS);
            long speech = speechSamples.apply(utterance);
            if (speech > slot) {
                double factor = slot <= 0 ? maxSpeedup : (double) speech / slot;
                needed.put(utterance.id(), Math.min(maxSpeedup, factor));
            }
        }
        return needed;
    }

    /**
     * @param sections the cleaned sections, in order
     * @param utterances every utterance of the episode, in order
     * @param speechSamples the length of each utterance's audio
     */
    public Timeline layout(PcmFormat format, List<Section> sections, List<Utterance> utterances,
            Function<Utterance, Long> speechSamples) {
        Map<Integer, List<Utterance>> bySection = utterances.stream()
                .collect(Collectors.groupingBy(Utterance::section));
        long minGap = format.samplesFor(MIN_GAP_MILLIS);
        List<SectionSpan> spans = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        long position = 0;
        for (Section section : sections) {
            List<Utterance> own = bySection.getOrDefault(section.index(), List.of());
            if (own.isEmpty()) {
                continue;
            }
            long sectionStart = position;
            if (!Stitcher.opensWithOwnTitle(section, own.get(0))) {
                chapters.add(new Chapter(section.title(), 1, sectionStart));
            }
            long offset = offset(format, own, sectionStart);
            long lastCueEnd = sectionStart;
            // Where the previous utterance's speech ended, and the earliest the next may start.
            long speechEnd = sectionStart;
            long earliest = sectionStart;
            long pendingStart = -1;
            Utterance pending = null;
            for (int i = 0; i < own.size(); i++) {
                Utterance utterance = own.get(i);
                long speech = speechSamples.apply(utterance);
                long start;
                if (utterance.sourceTime().isPresent()) {
                    SourceTime time = utterance.sourceTime().get();
                    start = Math.max(earliest, offset + format.samplesFor(time.startMillis()));
                    lastCueEnd = Math.max(lastCueEnd, offset + format.samplesFor(time.endMillis()));
                } else {
                    long pause = format.samplesFor(pauses.millis(utterance.after()));
                    Optional<Long> next = nextTarget(format, own, i, offset);
                    start = next.isPresent() ? Math.max(earliest, next.get() - speech - pause) : earliest;
                }
                if (pending != null) {
                    placed.add(new Placed(pending, pendingStart, speechEnd, start));
                }
                if (utterance.role().isHeading()) {
                    chapters.add(new Chapter(utterance.sourceText(), utterance.role().chapterLevel(), start));
                }
                pending = utterance;
                pendingStart = start;
                speechEnd = start + speech;
                earliest = utterance.sourceTime().isPresent() ? speechEnd + minGap
                        : speechEnd + format.samplesFor(pauses.millis(utterance.after()));
            }
            long end = Math.max(speechEnd + format.samplesFor(pauses.millis(pending.after())), lastCueEnd);
            placed.add(new Placed(pending, pendingStart, speechEnd, end));
            position = end;
            spans.add(new SectionSpan(section.index(), section.title(), section.source(), sectionStart, position));
        }
        return new Timeline(format, spans, placed, chapters, position);
    }

    /**
     * What a section's source times are counted from: nothing when its first time lies at or after
     * where the section starts, else the section's start.
     */
    static long offset(PcmFormat format, List<Utterance> own, long sectionStart) {
        Optional<SourceTime> first = own.stream().flatMap(u -> u.sourceTime().stream()).findFirst();
        if (first.isEmpty() || format.samplesFor(first.get().startMillis()) >= sectionStart) {
            return 0;
        }
        return sectionStart;
    }

    /** Where the first timed utterance after the {@code i}th would start in the source, if any. */
    private static Optional<Long> nextTarget(PcmFormat format, List<Utterance> own, int i, long offset) {
        for (int j = i + 1; j < own.size(); j++) {
            Optional<SourceTime> time = own.get(j).sourceTime();
            if (time.isPresent()) {
                return Optional.of(offset + format.samplesFor(time.get().startMillis()));
            }
        }
        return Optional.empty();
    }
}
