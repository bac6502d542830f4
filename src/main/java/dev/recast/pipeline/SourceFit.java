package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.audio.Mp3Joins;
import dev.recast.audio.PcmFormat;
import dev.recast.clean.Section;
import dev.recast.episode.SourceTimedLayout;
import dev.recast.episode.SourceTiming;
import dev.recast.episode.Stitcher;
import dev.recast.episode.Timeline;
import dev.recast.ingest.EpisodeSource;
import dev.recast.pipeline.RenderOptions.Timing;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Utterance;
import dev.recast.storage.ClipFolder;
import dev.recast.synth.Casting;
import dev.recast.synth.Engines;
import dev.recast.synth.VoiceProfile;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fit stage: under {@code --timing source}, each timed utterance said faster where it would
 * overrun the next one's source start, and the clips then laid where the source said them;
 * otherwise the clips as synthesized, laid end to end.
 */
final class SourceFit {

    private final Engines engines;
    private final RenderProgress events;

    SourceFit(Engines engines, RenderProgress events) {
        this.engines = engines;
        this.events = events;
    }

    /** The clips as they will be laid, and, under source timing, the speed-ups that fitted them. */
    record Fitted(Synthesis clips, Optional<SourceTiming> timing) {

        /**
         * Lays the clips with one rhythm for the whole timeline, the narrator's pauses, whoever
         * speaks: end to end, sections on the MP3's part grid so an edit re-encodes only parts of
         * its own section; or, fitted to the source's times, where the source said them.
         */
        Timeline stitch(Casting casting, List<Section> sections, List<Utterance> utterances) {
            PcmFormat format = clips.format();
            if (timing.isPresent()) {
                return new SourceTimedLayout(casting.narrator().pauses())
                        .layout(format, sections, utterances, clips::length).withSourceTiming(timing.get());
            }
            return new Stitcher(casting.narrator().pauses(), Mp3Joins.sectionGrid(format.sampleRate()))
                    .layout(format, sections, utterances, clips::length);
        }
    }

    /**
     * The timing asked for, the options' else the manifest's; under source timing, one note naming
     * the sections without source times, which keep the natural timing.
     */
    Timing timing(RenderOptions options, EpisodeSource source, List<Section> sections,
            List<Utterance> utterances) {
        Timing timing = options.timing().orElse(source.sourceTiming() ? Timing.SOURCE : Timing.NATURAL);
        if (timing == Timing.SOURCE) {
            Set<Integer> timed = new TreeSet<>();
            utterances.stream().filter(u -> u.sourceTime().isPresent()).forEach(u -> timed.add(u.section()));
            List<String> untimed = sections.stream().filter(s -> !timed.contains(s.index()))
                    .map(Section::source).toList();
            if (!untimed.isEmpty()) {
                events.note("note: --timing source: " + (untimed.size() == sections.size() ? "the text has"
                        : untimed.size() + " of " + sections.size() + " sections (" + String.join(", ", untimed)
                                + ") have")
                        + " no source times, so " + (untimed.size() == 1 ? "it keeps" : "they keep")
                        + " the natural timing");
            }
        }
        return timing;
    }

    /**
     * Under source timing, says again, faster, every timed utterance longer than its slot: its
     * profile's rate raised by the factor it needs, at most {@code --max-speedup}, within the
     * engine's range. One more synthesis of those utterances only; the rate is in the cache key.
     */
    Fitted fit(Timing timing, Casting casting, List<Utterance> utterances, Lexicon lexicon,
            RenderOptions options, ClipFolder clipFolder, Synthesis clips) throws RecastException {
        if (timing != Timing.SOURCE || !SourceTimedLayout.anyTimed(utterances)) {
            return new Fitted(clips, Optional.empty());
        }
        Map<String, Double> needed = SourceTimedLayout.speedups(clips.format(), utterances, clips::length,
                options.maxSpeedup());
        Map<String, VoiceProfile> faster = new HashMap<>();
        Map<String, Double> factors = new LinkedHashMap<>();
        for (Utterance utterance : utterances) {
            Double factor = needed.get(utterance.id());
            if (factor != null) {
                VoiceProfile profile = casting.profileFor(utterance);
                VoiceProfile sped = engines.of(profile).withinRange(
                        profile.withProsody(profile.rate() * factor, profile.pitch()));
                if (sped.rate() > profile.rate()) {
                    faster.put(utterance.id(), sped);
                    factors.put(utterance.id(), sped.rate() / profile.rate());
                }
            }
        }
        if (faster.isEmpty()) {
            return new Fitted(clips, Optional.of(new SourceTiming(factors)));
        }
        List<Utterance> refit = utterances.stream().filter(u -> faster.containsKey(u.id())).toList();
        Synthesis refitted = new SynthesisPool(engines, lexicon, options.jobs(), events)
                .run(u -> faster.get(u.id()), refit, clipFolder);
        return new Fitted(clips.with(refitted), Optional.of(new SourceTiming(factors)));
    }

    /** The source timing's figures, in one line. */
    static String summary(Timeline timeline, SourceTiming timing) {
        SourceTiming.Summary summary = timing.summary(timeline);
        return String.format(Locale.ROOT, "timing source: %d of %d timed utterances start within %d ms of their"
                + " source start; %s; %s", summary.onTime(), summary.timed(),
                SourceTiming.ON_TIME_MILLIS,
                summary.largestDrift().map(drift -> String.format(Locale.ROOT,
                        "largest drift %.2f s at %s (source %s)", timeline.seconds(drift.samples()),
                        drift.utteranceId(), clock(drift.sourceStartMillis()))).orElse("no drift"),
                summary.spedUp() == 0 ? "none sped up"
                        : String.format(Locale.ROOT, "%d sped up, at most %.2f×", summary.spedUp(),
                                summary.largestSpeedup()));
    }

    /** A source time as a player shows it: {@code 1:02:03.450} or {@code 2:03.450}. */
    private static String clock(long millis) {
        long seconds = millis / 1000;
        String rest = String.format(Locale.ROOT, "%02d.%03d", seconds % 60, millis % 1000);
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%s", seconds / 3600, seconds / 60 % 60, rest)
                : String.format(Locale.ROOT, "%d:%s", seconds / 60, rest);
    }
}
