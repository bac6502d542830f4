package dev.recast.episode;

import dev.recast.segment.Utterance;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a source-timed layout went: which utterances were said faster to fit their slot, and by
 * how much; the rest of its figures are read off the timeline in {@link #summary}.
 *
 * @param speedups the rate factor of each utterance said faster, by utterance id
 */
public record SourceTiming(Map<String, Double> speedups) {

    /** An utterance starting this close to its source start is on time. */
    public static final long ON_TIME_MILLIS = 50;

    public SourceTiming {
        speedups = Map.copyOf(speedups);
    }

    /**
     * @param timed utterances with a source time
     * @param onTime of those, the ones starting within {@link #ON_TIME_MILLIS} of it
     * @param largestDrift the latest start after its source start, in samples; empty with no drift
     * @param spedUp utterances said faster
     * @param largestSpeedup the largest rate factor, 1 when none was sped up
     */
    public record Summary(int timed, int onTime, Optional<Drift> largestDrift, int spedUp, double largestSpeedup) {
    }

    /** How late an utterance starts after where the source said it. */
    public record Drift(String utteranceId, long sourceStartMillis, long samples) {
    }

    /**
     * The figures of {@code timeline}: drift is measured from where each utterance would start
     * were nothing pushed, its section's start and offset aside, so how far the placement is
     * behind the source.
     */
    public Summary summary(Timeline timeline) {
        int timed = 0;
        int onTime = 0;
        Drift largest = null;
        long onTimeSamples = timeline.format().samplesFor(ON_TIME_MILLIS);
        for (Placed placed : timeline.utterances()) {
            if (placed.utterance().sourceTime().isEmpty()) {
                continue;
            }
            timed++;
            long drift = drift(timeline, placed);
            if (drift <= onTimeSamples) {
                onTime++;
            }
            if (drift > 0 && (largest == null || drift > largest.samples())) {
                largest = new Drift(placed.utterance().id(), placed.utterance().sourceTime().get().startMillis(),
                        drift);
            }
        }
        double factor = speedups.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        return new Summary(timed, onTime, Optional.ofNullable(largest), speedups.size(), factor);
    }

    /**
     * How much later a timed utterance starts than its source start, counted from where its
     * section's times begin: zero when its section's first timed utterance is on time.
     */
    public static long drift(Timeline timeline, Placed placed) {
        long origin = origin(timeline, placed.utterance().section());
        return placed.startSample() - origin
                - timeline.format().samplesFor(placed.utterance().sourceTime().orElseThrow().startMillis());
    }

    /** Where a section's source time zero lies on the timeline. */
    private static long origin(Timeline timeline, int section) {
        SectionSpan span = timeline.sections().stream().filter(s -> s.index() == section).findFirst().orElseThrow();
        List<Utterance> own = timeline.utterances().stream().map(Placed::utterance)
                .filter(u -> u.section() == section).toList();
        return SourceTimedLayout.offset(timeline.format(), own, span.startSample());
    }
}
