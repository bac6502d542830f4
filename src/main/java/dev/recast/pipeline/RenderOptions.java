package dev.recast.pipeline;

import dev.recast.publish.Format;
import java.nio.file.Path;
import java.util.Set;

/**
 * What to render and where.
 *
 * @param input a section directory or text file; null renders the bundled example
 * @param output the episode folder; null means {@code output/<episode-slug>}
 * @param voice the narrator's voice profile (name or {@code .json} path); null means the
 *     manifest's choice, else {@code narrator}
 * @param force write into a non-empty folder Recast did not create
 * @param formats the outputs to write besides render.json
 * @param mp3Bitrate the MP3's constant bitrate in kbit/s
 * @param loudness the integrated loudness to normalize to, in LUFS; NaN leaves the level as synthesized
 * @param baseUrl the URL the episode folder is served at, for absolute links in the feed; null for relative ones
 * @param jobs worker threads for synthesis and encoding, at least 1
 * @param cache the utterance cache folder; null renders without a cache
 */
public record RenderOptions(Path input, Path output, String voice, boolean force, Set<Format> formats,
        int mp3Bitrate, double loudness, String baseUrl, int jobs, Path cache) {

    public static final int DEFAULT_MP3_BITRATE = 64;
    public static final double DEFAULT_LOUDNESS = -16.0;

    public RenderOptions {
        formats = Set.copyOf(formats);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
    }

    /** The defaults for everything but where from, where to, the voice and {@code --force}. */
    public RenderOptions(Path input, Path output, String voice, boolean force) {
        this(input, output, voice, force, Format.DEFAULTS, DEFAULT_MP3_BITRATE, DEFAULT_LOUDNESS, null,
                Runtime.getRuntime().availableProcessors(), null);
    }

    public RenderOptions withFormats(Set<Format> chosen) {
        return new RenderOptions(input, output, voice, force, chosen, mp3Bitrate, loudness, baseUrl, jobs, cache);
    }
}
