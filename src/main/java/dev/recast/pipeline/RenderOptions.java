package dev.recast.pipeline;

import dev.recast.ingest.ShowInfo;
import dev.recast.publish.Format;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What to render and where. Start from {@link #defaults()} and change what differs with the
 * {@code with…} methods: every value has a name at the call site.
 *
 * @param input a section directory or text file; empty renders the bundled example
 * @param output the episode folder; empty means {@code output/<episode-slug>}
 * @param voice the narrator's voice profile (name or {@code .json} path); empty means the
 *     manifest's choice, else {@code narrator}
 * @param force write into a non-empty folder Recast did not create
 * @param formats the outputs to write besides render.json
 * @param mp3Bitrate the MP3's constant bitrate in kbit/s
 * @param loudness the integrated loudness to normalize to, in LUFS; empty leaves the level as synthesized
 * @param baseUrl the URL the episode folder is served at, for absolute links in the feed; empty for relative ones
 * @param jobs worker threads for synthesis and encoding, at least 1
 * @param cache the utterance cache folder; empty renders without a cache
 * @param show the show the episode is rendered as part of; empty for a lone episode, a show of its own
 *     whose fields its episode.json may give
 * @param timing where utterances go: one after another, or where the source recording said them;
 *     empty takes the episode.json's {@code "timing"}, else natural
 * @param maxSpeedup the most a timed utterance's rate is raised to fit its slot, from 1 to 2
 */
public record RenderOptions(Optional<Path> input, Optional<Path> output, Optional<String> voice, boolean force,
        Set<Format> formats, int mp3Bitrate, OptionalDouble loudness, Optional<String> baseUrl, int jobs,
        Optional<Path> cache, Optional<ShowInfo> show, Optional<Timing> timing, double maxSpeedup) {

    public static final int DEFAULT_MP3_BITRATE = 64;
    public static final double DEFAULT_LOUDNESS = -16.0;
    public static final double DEFAULT_MAX_SPEEDUP = 1.35;
    public static final double MIN_SPEEDUP = 1.0;
    public static final double MAX_SPEEDUP = 2.0;

    /** Where utterances are placed on the timeline. */
    public enum Timing {
        /** One after another, each followed by the narrator's pause. */
        NATURAL,
        /** Where the source recording said them, for text with source times. */
        SOURCE
    }

    public RenderOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(voice, "voice");
        formats = Set.copyOf(formats);
        Objects.requireNonNull(loudness, "loudness");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(timing, "timing");
        if (!(maxSpeedup >= MIN_SPEEDUP && maxSpeedup <= MAX_SPEEDUP)) {
            throw new IllegalArgumentException("the most speed-up is 1 to 2: " + maxSpeedup);
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
    }

    /** The bundled example into {@code output/<slug>}, with every default: a thread a core, no cache. */
    public static RenderOptions defaults() {
        return new RenderOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, Format.DEFAULTS,
                DEFAULT_MP3_BITRATE, OptionalDouble.of(DEFAULT_LOUDNESS), Optional.empty(),
                Runtime.getRuntime().availableProcessors(), Optional.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_MAX_SPEEDUP);
    }

    /** The defaults, reading {@code input} and writing {@code output}. */
    public static RenderOptions of(Path input, Path output) {
        return defaults().withInput(input).withOutput(output);
    }

    public RenderOptions withInput(Path path) {
        return new RenderOptions(Optional.of(path), output, voice, force, formats, mp3Bitrate, loudness, baseUrl,
                jobs, cache, show, timing, maxSpeedup);
    }

    public RenderOptions withOutput(Path path) {
        return new RenderOptions(input, Optional.of(path), voice, force, formats, mp3Bitrate, loudness, baseUrl,
                jobs, cache, show, timing, maxSpeedup);
    }

    public RenderOptions withVoice(String profile) {
        return new RenderOptions(input, output, Optional.of(profile), force, formats, mp3Bitrate, loudness, baseUrl,
                jobs, cache, show, timing, maxSpeedup);
    }

    public RenderOptions withForce(boolean overwrite) {
        return new RenderOptions(input, output, voice, overwrite, formats, mp3Bitrate, loudness, baseUrl, jobs,
                cache, show, timing, maxSpeedup);
    }

    public RenderOptions withFormats(Set<Format> chosen) {
        return new RenderOptions(input, output, voice, force, chosen, mp3Bitrate, loudness, baseUrl, jobs, cache, show, timing, maxSpeedup);
    }

    public RenderOptions withMp3Bitrate(int kbps) {
        return new RenderOptions(input, output, voice, force, formats, kbps, loudness, baseUrl, jobs, cache, show, timing, maxSpeedup);
    }

    /** @param target the integrated loudness to reach, in LUFS; empty leaves the level as synthesized */
    public RenderOptions withLoudness(OptionalDouble target) {
        return new RenderOptions(input, output, voice, force, formats, mp3Bitrate, target, baseUrl, jobs, cache, show, timing, maxSpeedup);
    }

    public RenderOptions withBaseUrl(String url) {
        return new RenderOptions(input, output, voice, force, formats, mp3Bitrate, loudness, Optional.of(url), jobs,
                cache, show, timing, maxSpeedup);
    }

    public RenderOptions withJobs(int threads) {
        return new RenderOptions(input, output, voice, force, formats, mp3Bitrate, loudness, baseUrl, threads, cache, show, timing, maxSpeedup);
    }

    /** @param part the show the episode belongs to, whose feed and cover its outputs carry */
    public RenderOptions withShow(ShowInfo part) {
        return new RenderOptions(input, output, voice, force, formats, mp3Bitrate, loudness, baseUrl, jobs, cache,
                Optional.of(part), timing, maxSpeedup);
    }

    /** @param folder the utterance cache; empty renders without one */
    public RenderOptions withCache(Optional<Path> folder) {
        return new RenderOptions(input, output, voice, force, formats, mp3Bitrate, loudness, baseUrl, jobs, folder, show, timing, maxSpeedup);
    }

    /** @param mode where utterances go; overrides the episode.json's {@code "timing"} */
    public RenderOptions withTiming(Timing mode) {
        return new RenderOptions(input, output, voice, force, formats, mp3Bitrate, loudness, baseUrl, jobs, cache, show,
                Optional.of(mode), maxSpeedup);
    }

    /** @param factor the most a timed utterance's rate is raised to fit its slot, 1 to 2 */
    public RenderOptions withMaxSpeedup(double factor) {
        return new RenderOptions(input, output, voice, force, formats, mp3Bitrate, loudness, baseUrl, jobs, cache, show,
                timing, factor);
    }
}
