package dev.recast.synth;

import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who reads what: a profile for every utterance. In order, a speaker the manifest maps to a
 * profile; a quotation's or heading's role profile; a speaker the manifest does not map, who gets
 * an automatic variant of the narrator; else the narrator.
 *
 * <p>Unmapped speakers are given variants in the order they first speak, from a fixed table of
 * pitch and rate offsets, skipping any that would sound like a mapped speaker, a role profile or
 * an earlier speaker, so the same input always casts the same way and no two speakers sound alike.
 *
 * @param narrator the narrator, whose pauses the timeline uses
 * @param speakers every speaker that speaks, in order of first appearance, with their profile
 * @param automatic the speakers whose profile is an automatic variant
 */
public record Casting(VoiceProfile narrator, VoiceProfile quote, VoiceProfile heading,
        Map<String, VoiceProfile> speakers, List<String> automatic) {

    /** Pitch (Hz) and rate (wpm) offsets from the narrator, in the order speakers get them. */
    private static final double[][] VARIANTS = {
        {0, 0}, {-18, -8}, {22, 6}, {-32, 10}, {38, -12}, {-10, 16}, {12, -18}, {50, 2}, {-44, -4},
    };
    private static final int MAX_TRIES = 1000;

    public Casting {
        speakers = Collections.unmodifiableMap(new LinkedHashMap<>(speakers));
        automatic = List.copyOf(automatic);
    }

    /**
     * @param mapped the profiles the manifest names for speakers
     * @param utterances the episode's utterances, in order
     * @param engines the narrator's among them keeps automatic variants in its range
     */
    public static Casting of(VoiceProfile narrator, VoiceProfile quote, VoiceProfile heading,
            Map<String, VoiceProfile> mapped, List<Utterance> utterances, Engines engines) {
        Engine narratorEngine = engines.of(narrator);
        Map<String, VoiceProfile> speakers = new LinkedHashMap<>();
        List<String> automatic = new ArrayList<>();
        List<VoiceProfile> taken = new ArrayList<>(List.of(quote, heading));
        taken.addAll(mapped.values());
        int next = 0;
        for (Utterance utterance : utterances) {
            String speaker = utterance.speaker();
            if (speaker == null || speakers.containsKey(speaker)) {
                continue;
            }
            VoiceProfile profile = mapped.get(speaker);
            if (profile == null) {
                VoiceProfile candidate = variant(narrator, narratorEngine, next++);
                for (int tries = 0; tries < MAX_TRIES && soundsLikeAny(candidate, taken); tries++) {
                    candidate = variant(narrator, narratorEngine, next++);
                }
                profile = candidate;
                automatic.add(speaker);
                taken.add(profile);
            }
            speakers.put(speaker, profile);
        }
        return new Casting(narrator, quote, heading, speakers, automatic);
    }

    /** A cast with only a narrator, for one voice throughout. */
    public static Casting narratorOnly(VoiceProfile narrator) {
        return new Casting(narrator, narrator, narrator, Map.of(), List.of());
    }

    public VoiceProfile profileFor(Utterance utterance) {
        String speaker = utterance.speaker();
        if (speaker != null && speakers.containsKey(speaker) && !automatic.contains(speaker)) {
            return speakers.get(speaker);
        }
        if (utterance.role() == Role.QUOTE) {
            return quote;
        }
        if (utterance.role().isHeading()) {
            return heading;
        }
        if (speaker != null && speakers.containsKey(speaker)) {
            return speakers.get(speaker);
        }
        return narrator;
    }

    /** The i-th automatic variant; past the table, the table again, shifted a little further. */
    static VoiceProfile variant(VoiceProfile narrator, Engine engine, int i) {
        double[] offsets = VARIANTS[i % VARIANTS.length];
        int round = i / VARIANTS.length;
        double pitch = offsets[0] + 4 * round * Math.signum(offsets[0] == 0 ? 1 : offsets[0]);
        double rate = offsets[1] - 2 * round;
        if (pitch == 0 && rate == 0) {
            return narrator;
        }
        String name = String.format(Locale.ROOT, "%s%+.0fHz%+.0fwpm", narrator.name(), pitch, rate);
        return engine.withinRange(narrator.variant(name, pitch, rate));
    }

    private static boolean soundsLikeAny(VoiceProfile candidate, List<VoiceProfile> taken) {
        return taken.stream().anyMatch(candidate::soundsLike);
    }
}
