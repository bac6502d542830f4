package dev.recast.pipeline;

import dev.recast.audio.PcmFormat;
import dev.recast.episode.ClipSource;
import dev.recast.segment.Utterance;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The clips of one render: their lengths in memory, their samples in a {@link ClipFolder}, read
 * back one at a time as the audio is streamed.
 */
public final class Synthesis implements ClipSource {

    private final PcmFormat format;
    private final Map<String, String> keys;
    private final Map<String, Integer> lengths;
    private final UtteranceCache store;
    private final int cacheHits;
    private final int repeats;

    Synthesis(PcmFormat format, Map<String, String> keys, Map<String, Integer> lengths, UtteranceCache store,
            int cacheHits, int repeats) {
        this.format = format;
        this.keys = Map.copyOf(keys);
        this.lengths = Map.copyOf(lengths);
        this.store = store;
        this.cacheHits = cacheHits;
        this.repeats = repeats;
    }

    /**
     * These clips, but for the utterances {@code refitted} made again: theirs taken instead. The
     * counts stay this synthesis's, of the clips first asked for.
     */
    Synthesis with(Synthesis refitted) {
        Map<String, String> allKeys = new HashMap<>(keys);
        allKeys.putAll(refitted.keys);
        Map<String, Integer> allLengths = new HashMap<>(lengths);
        allLengths.putAll(refitted.lengths);
        return new Synthesis(format, allKeys, allLengths, store, cacheHits, repeats);
    }

    PcmFormat format() {
        return format;
    }

    long length(Utterance utterance) {
        return lengths.get(keys.get(utterance.id()));
    }

    /** Utterances whose clip came from the cache, found there before this render. */
    int cacheHits() {
        return cacheHits;
    }

    /** Utterances said once for all, their clip synthesized in this render for an identical one. */
    int repeats() {
        return repeats;
    }

    /** The clip's utterance cache key: its text, profile, lexicon and engine. */
    @Override
    public Optional<String> contentKey(Utterance utterance) {
        return Optional.ofNullable(keys.get(utterance.id()));
    }

    @Override
    public short[] samples(Utterance utterance) throws IOException {
        UtteranceCache.Entry entry = store.read(keys.get(utterance.id()));
        if (entry == null || entry.samples().length != length(utterance)) {
            throw new IOException("the cached clip of utterance " + utterance.id()
                    + " was removed or damaged during the render");
        }
        return entry.samples();
    }
}
