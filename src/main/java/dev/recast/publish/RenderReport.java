package dev.recast.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recast.clean.Block;
import dev.recast.clean.Removal;
import dev.recast.clean.Section;
import dev.recast.episode.Chapter;
import dev.recast.episode.Levels;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.SourceTiming;
import dev.recast.episode.Timeline;
import dev.recast.segment.Utterance;
import dev.recast.synth.Casting;
import dev.recast.synth.VoiceProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code render.json}: the whole timeline, for users auditing a render and for tools building on
 * it. Positions are exact sample offsets ({@code *Sample}, end offsets exclusive); the few
 * {@code *Seconds} fields come from {@link Seconds}, the same rounding as the playlist and
 * chapters.json. Fields always appear, in a fixed order ({@code null} when unknown), but for an
 * utterance's {@code sourceStart} and {@code sourceEnd}: where its text was said in the original
 * recording, which only caption input tells, in seconds; a section's {@code paragraphs} list the
 * same for each paragraph and quote a caption file timed. Under source timing, a timed
 * utterance's {@code placedStart} (seconds) says where it was put, its {@code speedup} the rate
 * factor it was said at when it was said faster, and {@code timing} sums up how well the source's
 * times were kept. Enum values are lower-case names.
 */
public final class RenderReport {

    private RenderReport() {
    }

    /**
     * @param sections the cleaned sections the timeline was made from, for their removals; those
     *     with nothing to say (no span) are listed under {@code skippedSections}
     * @throws IllegalArgumentException if a span has no cleaned section
     */
    public static String render(EpisodeInfo info, Timeline timeline, List<Section> sections) {
        return render(info, timeline, sections, null);
    }

    /**
     * @param casting who read what, written as {@code voices}: the role profiles and every
     *     speaker's; null (a report without voices) gives an empty object
     */
    public static String render(EpisodeInfo info, Timeline timeline, List<Section> sections, Casting casting) {
        return render(info, timeline, sections, casting, null);
    }

    /**
     * @param levels how the level was set, written as {@code loudness} (LUFS, dB, dBTP, rounded
     *     to 0.01); null when the episode kept its synthesized level
     */
    public static String render(EpisodeInfo info, Timeline timeline, List<Section> sections, Casting casting,
            Levels levels) {
        Map<Integer, Section> sectionsByIndex = byIndex(sections, timeline);
        EpisodeFiles files = EpisodeFiles.of(timeline);

        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("title", info.title());
        root.put("author", info.author());
        ObjectNode format = root.putObject("format");
        format.put("sampleRate", timeline.format().sampleRate());
        format.put("bitsPerSample", timeline.format().bitsPerSample());
        format.put("channels", timeline.format().channels());
        root.put("totalSamples", timeline.totalSamples());
        root.set("durationSeconds", DecimalNode.valueOf(Seconds.at(timeline, timeline.totalSamples())));
        putVoices(root.putObject("voices"), casting);
        putLevels(root, levels);
        putTiming(root.putObject("timing"), timeline);

        ArrayNode sectionArray = root.putArray("sections");
        for (SectionSpan span : timeline.sections()) {
            ObjectNode section = sectionArray.addObject();
            section.put("index", span.index());
            section.put("title", span.title());
            section.put("source", span.source());
            section.put("file", files.sectionWav(span));
            section.put("startSample", span.startSample());
            section.put("endSample", span.endSample());
            putRemovals(section, sectionsByIndex.get(span.index()));
            putTimedBlocks(section, sectionsByIndex.get(span.index()));
        }

        // A section with nothing left to say has no audio, but its removals are still accounted for.
        ArrayNode skipped = root.putArray("skippedSections");
        for (Section cleaned : sections) {
            if (timeline.sections().stream().noneMatch(span -> span.index() == cleaned.index())) {
                ObjectNode section = skipped.addObject();
                section.put("index", cleaned.index());
                section.put("title", cleaned.title());
                section.put("source", cleaned.source());
                putRemovals(section, cleaned);
            }
        }

        ArrayNode chapters = root.putArray("chapters");
        for (Chapter chapter : timeline.chapters()) {
            ObjectNode entry = chapters.addObject();
            entry.put("title", chapter.title());
            entry.put("level", chapter.level());
            entry.put("startSample", chapter.startSample());
            entry.set("startSeconds", DecimalNode.valueOf(Seconds.at(timeline, chapter.startSample())));
        }

        ArrayNode utterances = root.putArray("utterances");
        for (Placed placed : timeline.utterances()) {
            Utterance utterance = placed.utterance();
            ObjectNode entry = utterances.addObject();
            entry.put("id", utterance.id());
            entry.put("section", utterance.section());
            entry.put("role", lowerCase(utterance.role()));
            entry.put("speaker", utterance.speaker());
            entry.put("sourceText", utterance.sourceText());
            utterance.sourceTime().ifPresent(time -> {
                entry.set("sourceStart", DecimalNode.valueOf(Seconds.ofMillis(time.startMillis())));
                entry.set("sourceEnd", DecimalNode.valueOf(Seconds.ofMillis(time.endMillis())));
                if (timeline.sourceTiming().isPresent()) {
                    entry.set("placedStart", DecimalNode.valueOf(Seconds.at(timeline, placed.startSample())));
                }
            });
            timeline.sourceTiming().map(timing -> timing.speedups().get(utterance.id()))
                    .ifPresent(factor -> entry.set("speedup", DecimalNode.valueOf(rounded(factor))));
            entry.put("spokenText", utterance.spokenText());
            entry.put("pause", lowerCase(utterance.after()));
            entry.put("startSample", placed.startSample());
            entry.put("speechEndSample", placed.speechEndSample());
            entry.put("endSample", placed.endSample());
        }
        return PrettyJson.write(root);
    }

    private static void putVoices(ObjectNode voices, Casting casting) {
        if (casting == null) {
            return;
        }
        putProfile(voices.putObject("narrator"), casting.narrator());
        putProfile(voices.putObject("quote"), casting.quote());
        putProfile(voices.putObject("heading"), casting.heading());
        ObjectNode speakers = voices.putObject("speakers");
        for (Map.Entry<String, VoiceProfile> speaker : casting.speakers().entrySet()) {
            ObjectNode entry = speakers.putObject(speaker.getKey());
            putProfile(entry, speaker.getValue());
            entry.put("automatic", casting.automatic().contains(speaker.getKey()));
        }
    }

    /**
     * How the utterances were placed: {@code natural}, or {@code source} with how well they kept
     * the source's times (see {@link SourceTiming#summary}).
     */
    private static void putTiming(ObjectNode timing, Timeline timeline) {
        if (timeline.sourceTiming().isEmpty()) {
            timing.put("mode", "natural");
            return;
        }
        SourceTiming.Summary summary = timeline.sourceTiming().get().summary(timeline);
        timing.put("mode", "source");
        timing.put("timed", summary.timed());
        timing.put("onTime", summary.onTime());
        timing.put("onTimeMillis", SourceTiming.ON_TIME_MILLIS);
        if (summary.largestDrift().isPresent()) {
            SourceTiming.Drift drift = summary.largestDrift().get();
            ObjectNode entry = timing.putObject("largestDrift");
            entry.set("seconds", DecimalNode.valueOf(Seconds.at(timeline, drift.samples())));
            entry.put("utterance", drift.utteranceId());
            entry.set("sourceStart", DecimalNode.valueOf(Seconds.ofMillis(drift.sourceStartMillis())));
        } else {
            timing.putNull("largestDrift");
        }
        timing.put("spedUp", summary.spedUp());
        timing.set("largestSpeedup", DecimalNode.valueOf(rounded(summary.largestSpeedup())));
    }

    /** A rate factor to the thousandth, enough to tell 1.35 from its neighbours. */
    private static BigDecimal rounded(double factor) {
        return BigDecimal.valueOf(factor).setScale(3, RoundingMode.HALF_EVEN);
    }

    private static void putLevels(ObjectNode root, Levels levels) {
        if (levels == null) {
            root.putNull("loudness");
            return;
        }
        ObjectNode loudness = root.putObject("loudness");
        putLevel(loudness, "targetLufs", levels.targetLufs());
        putLevel(loudness, "ceilingDbtp", levels.ceilingDbtp());
        putLevel(loudness, "synthesizedLufs", levels.beforeLufs());
        putLevel(loudness, "synthesizedTruePeakDbtp", levels.beforePeakDbtp());
        putLevel(loudness, "gainDb", levels.gainDb());
        putLevel(loudness, "lufs", levels.afterLufs());
        putLevel(loudness, "truePeakDbtp", levels.afterPeakDbtp());
    }

    /** Two decimals, or null for the −∞ of silence, which JSON cannot hold. */
    private static void putLevel(ObjectNode entry, String name, double value) {
        if (Double.isFinite(value)) {
            entry.set(name, DecimalNode.valueOf(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN)));
        } else {
            entry.putNull(name);
        }
    }

    private static void putProfile(ObjectNode entry, VoiceProfile profile) {
        entry.put("profile", profile.name());
        entry.put("voice", profile.voice());
        entry.put("rate", profile.rate());
        entry.put("pitch", profile.pitch());
        entry.put("pitchRange", profile.pitchRange());
        entry.put("volume", profile.volume());
    }

    /** The paragraphs and quotes a caption file timed, by the line they start on, for auditing against the source. */
    private static void putTimedBlocks(ObjectNode section, Section cleaned) {
        ArrayNode paragraphs = section.putArray("paragraphs");
        for (Block block : cleaned.blocks()) {
            block.sourceTime().ifPresent(time -> {
                ObjectNode entry = paragraphs.addObject();
                entry.put("line", block.line());
                entry.set("sourceStart", DecimalNode.valueOf(Seconds.ofMillis(time.startMillis())));
                entry.set("sourceEnd", DecimalNode.valueOf(Seconds.ofMillis(time.endMillis())));
            });
        }
    }

    private static void putRemovals(ObjectNode section, Section cleaned) {
        ArrayNode removals = section.putArray("removals");
        for (Removal removal : cleaned.removals()) {
            ObjectNode entry = removals.addObject();
            entry.put("line", removal.line());
            entry.put("reason", lowerCase(removal.reason()));
            entry.put("text", removal.text());
        }
    }

    private static Map<Integer, Section> byIndex(List<Section> sections, Timeline timeline) {
        Map<Integer, Section> byIndex = new HashMap<>();
        for (Section section : sections) {
            if (byIndex.put(section.index(), section) != null) {
                throw new IllegalArgumentException("two sections have index " + section.index());
            }
        }
        for (SectionSpan span : timeline.sections()) {
            if (!byIndex.containsKey(span.index())) {
                throw new IllegalArgumentException("no cleaned section for section span " + span.index());
            }
        }
        return byIndex;
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
