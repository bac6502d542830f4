package dev.recast.synth;

import dev.recast.InvalidFieldException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The speech engines on offer, by name: which engine speaks a profile, and what of a profile goes
 * into a cache key, are answered here for every caller.
 */
public final class Engines {

    private final Map<String, Engine> byName;
    private final List<String> names;

    /** @param engines each under its own {@link Engine#name()} */
    public Engines(List<Engine> engines) {
        Map<String, Engine> named = new LinkedHashMap<>();
        for (Engine engine : engines) {
            if (named.put(engine.name(), engine) != null) {
                throw new IllegalArgumentException("two engines named " + engine.name());
            }
        }
        if (named.isEmpty()) {
            throw new IllegalArgumentException("no engines");
        }
        this.byName = Map.copyOf(named);
        this.names = List.copyOf(named.keySet());
    }

    /** The engines Recast ships with. */
    public static Engines standard() {
        return new Engines(List.of(new FreeTtsEngine()));
    }

    /** Every engine, in the order given. */
    public List<Engine> all() {
        return names.stream().map(byName::get).toList();
    }

    /**
     * The engine a profile file names.
     *
     * @throws InvalidFieldException for a name no engine has, located at the file's {@code "engine"}
     */
    public Engine named(String name) {
        Engine engine = byName.get(name);
        if (engine == null) {
            throw new InvalidFieldException("\"engine\" must be one of " + String.join(", ", names) + ", not \""
                    + name + "\"", "engine");
        }
        return engine;
    }

    /** The engine that speaks {@code profile}. */
    public Engine of(VoiceProfile profile) {
        return named(profile.engine());
    }

    /**
     * Everything of a profile that shapes its sound, the engine's build included: part of every
     * utterance cache key and of the render fingerprint. The profile's name and pauses are not:
     * two profiles that sound alike share their clips.
     */
    public String soundKey(VoiceProfile profile) {
        Engine engine = of(profile);
        return String.join("\u0000", engine.name() + "-" + engine.version(), profile.voice(),
                Double.toString(profile.rate()), Double.toString(profile.pitch()),
                Double.toString(profile.pitchRange()), Double.toString(profile.volume()));
    }
}
