package dev.recast.synth;

import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.segment.Lexicon;
import java.util.List;

/**
 * Engines for tests that fake the audio: each of Recast's engines as it is (its name, voices,
 * ranges and formats, so profiles read and check as in production), except that every voice is
 * opened by the test's own synthesizer. Its version is its own, so a cache never mixes its clips
 * with an engine's real ones.
 */
public final class FakeEngines {

    /** Opens a synthesizer for an engine voice, saying the lexicon's words. */
    @FunctionalInterface
    public interface Opener {
        Synthesizer open(String voice, Lexicon lexicon) throws RecastException;
    }

    private FakeEngines() {
    }

    /** Every standard engine, each of its voices opened by {@code opener}. */
    public static Engines opening(Opener opener) {
        return new Engines(Engines.standard().all().stream().<Engine>map(real -> new StandIn(real, opener)).toList());
    }

    /** Every standard engine, each of its voices a {@link FakeSynthesizer}. */
    public static Engines tones() {
        return opening((voice, lexicon) -> new FakeSynthesizer());
    }

    /** The one engine, but for its voices' audio and its version. */
    private record StandIn(Engine real, Opener opener) implements Engine {

        @Override
        public Synthesizer open(String voice, Lexicon lexicon) throws RecastException {
            return opener.open(voice, lexicon);
        }

        @Override
        public String version() {
            return "stand-in";
        }

        @Override
        public String name() {
            return real.name();
        }

        @Override
        public List<String> voices() {
            return real.voices();
        }

        @Override
        public String defaultVoice() {
            return real.defaultVoice();
        }

        @Override
        public PcmFormat format(String voice) {
            return real.format(voice);
        }

        @Override
        public void check(VoiceProfile profile) {
            real.check(profile);
        }

        @Override
        public VoiceProfile withinRange(VoiceProfile profile) {
            return real.withinRange(profile);
        }
    }
}
