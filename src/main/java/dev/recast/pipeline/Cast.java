package dev.recast.pipeline;

import dev.recast.InputFolder;
import dev.recast.RecastException;
import dev.recast.ingest.EpisodeSource;
import dev.recast.ingest.VoiceMapping;
import dev.recast.segment.Utterance;
import dev.recast.synth.Casting;
import dev.recast.synth.Engines;
import dev.recast.synth.VoiceProfile;
import dev.recast.synth.VoiceProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The profiles named for roles and speakers, read before anything is written; part of a render's fingerprint. */
record Cast(VoiceProfile narrator, VoiceProfile quote, VoiceProfile heading, Map<String, VoiceProfile> speakers) {

    /** The profiles {@code options} and the input's manifest name, the input folder's own before the built-in ones. */
    static Cast read(RenderOptions options, EpisodeSource source, Engines engines) throws RecastException {
        Optional<Path> folder = options.input().filter(Files::isDirectory);
        VoiceProfiles profiles = folder.isPresent() ? VoiceProfiles.ofInput(InputFolder.of(folder.get()), engines)
                : new VoiceProfiles(List.of(), engines);
        VoiceMapping mapping = source.voices();
        Map<String, VoiceProfile> speakers = new LinkedHashMap<>();
        for (Map.Entry<String, String> speaker : mapping.speakers().entrySet()) {
            try {
                speakers.put(speaker.getKey(), profiles.findNamedByInput(speaker.getValue()));
            } catch (RecastException e) {
                throw e.location() != null ? e : new RecastException(e.kind(), null,
                        "speaker '" + speaker.getKey() + "': " + e.getMessage(), e);
            }
        }
        return new Cast(options.voice().isPresent() ? profiles.find(options.voice().get())
                        : profiles.findNamedByInput(mapping.narrator() != null ? mapping.narrator() : VoiceProfiles.NARRATOR),
                profiles.findNamedByInput(mapping.quote() != null ? mapping.quote() : VoiceProfiles.QUOTE),
                profiles.findNamedByInput(mapping.heading() != null ? mapping.heading() : VoiceProfiles.HEADING),
                speakers);
    }

    /** Gives each of the {@code sections}' utterances its voice, and says who speaks in {@code notes}. */
    Casting assign(List<Utterance> utterances, int sections, Engines engines, Consumer<String> notes) {
        Casting casting = Casting.of(narrator, quote, heading, speakers, utterances, engines);
        notes.accept("synthesizing " + utterances.size() + " utterances from " + sections
                + " sections with voice '" + casting.narrator().name() + "'");
        for (Map.Entry<String, VoiceProfile> speaker : casting.speakers().entrySet()) {
            notes.accept("speaker " + speaker.getKey() + ": " + describe(speaker.getValue())
                    + (casting.automatic().contains(speaker.getKey()) ? " (automatic)" : ""));
        }
        return casting;
    }

    /** Each profile by the role or speaker it is cast for, in a fixed order. */
    Map<String, VoiceProfile> byRole() {
        Map<String, VoiceProfile> byRole = new LinkedHashMap<>();
        byRole.put(VoiceProfiles.NARRATOR, narrator);
        byRole.put(VoiceProfiles.QUOTE, quote);
        byRole.put(VoiceProfiles.HEADING, heading);
        speakers.forEach((speaker, profile) -> byRole.put("speaker " + speaker, profile));
        return byRole;
    }

    /** {@code 'deep' (kevin16, 140 wpm, 82 Hz, range 11, volume 0.9)}, for the log. */
    static String describe(VoiceProfile p) {
        return String.format(Locale.ROOT, "'%s' (%s, %s wpm, %s Hz, range %s, volume %s)", p.name(), p.voice(),
                number(p.rate()), number(p.pitch()), number(p.pitchRange()), number(p.volume()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
