package dev.recast.export;

import dev.recast.RecastException;
import dev.recast.RecastVersion;
import dev.recast.audio.CuePoint;
import dev.recast.audio.LevelOverview;
import dev.recast.audio.PcmSource;
import dev.recast.audio.WavWriter;
import dev.recast.episode.Chapter;
import dev.recast.episode.ContentDigest;
import dev.recast.episode.EpisodeAudio;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Timeline;
import dev.recast.pipeline.RenderFingerprint;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.EpisodeInfo;
import dev.recast.publish.Publication;
import dev.recast.storage.OutputDirectory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WAV outputs: one file per section, and the episode with every chapter as a cue point; each
 * with LIST INFO tags from the episode's info. Each is named by what it is made of (the build,
 * its tags and cues, and the clips in it), so a re-render after an edit leaves the sections whose
 * audio did not change in place, unwritten.
 */
public final class WavExport {

    private static final int BUFFER_SAMPLES = 1 << 15;

    private WavExport() {
    }

    /**
     * Reserves the WAVs, to be written side by side on the workers: the episode's first, the
     * longest. The episode's samples are also fed to {@code overview} (null for none) as they are
     * written; an episode WAV left in place unwritten feeds it nothing.
     */
    public static OutputDirectory.Reserved reserve(Publication publication, EpisodeAudio audio, OutputDirectory out,
            LevelOverview.Builder overview) throws RecastException {
        Timeline timeline = publication.timeline();
        EpisodeInfo episode = publication.info();
        List<OutputDirectory.Output> wavs = new ArrayList<>();
        wavs.add(output(EpisodeFiles.EPISODE_WAV, audio, 0, timeline.totalSamples(), cues(timeline, null),
                info(episode.title(), null, episode), overview));
        for (SectionSpan span : timeline.sections()) {
            wavs.add(output(publication.files().sectionWav(span), audio, span.startSample(), span.endSample(),
                    cues(timeline, span), info(span.title(), episode.title(), episode), null));
        }
        return out.reserve(wavs);
    }

    /** LIST INFO texts: a section's file is titled by the section, with the episode as its album. */
    private static Map<String, String> info(String title, String album, EpisodeInfo episode) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("INAM", title);
        putIfGiven(info, "IART", episode.author());
        putIfGiven(info, "IPRD", album);
        putIfGiven(info, "ICMT", episode.description());
        putIfGiven(info, "ICRD", episode.date());
        info.put("ISFT", "recast " + RecastVersion.current());
        return info;
    }

    private static void putIfGiven(Map<String, String> info, String id, String text) {
        if (text != null && !text.isBlank()) {
            info.put(id, text);
        }
    }

    /** Chapter starts as cue points: all of them for the episode, a section's own relative to it. */
    private static List<CuePoint> cues(Timeline timeline, SectionSpan span) {
        List<CuePoint> cues = new ArrayList<>();
        for (Chapter chapter : timeline.chapters()) {
            long start = chapter.startSample();
            if (span == null) {
                cues.add(new CuePoint(cues.size() + 1, start, chapter.title()));
            } else if (start >= span.startSample() && start < span.endSample()) {
                cues.add(new CuePoint(cues.size() + 1, start - span.startSample(), chapter.title()));
            }
        }
        return cues;
    }

    /**
     * The WAV of samples {@code [start, end)}, read when it is written (a reader holds a clip, so
     * none is made before), and fed to {@code overview} too unless it is null.
     */
    private static OutputDirectory.Output output(String name, EpisodeAudio audio, long start, long end,
            List<CuePoint> cues, Map<String, String> info, LevelOverview.Builder overview) {
        String contentKey = audio.contentKey(start, end).map(samples -> ContentDigest.of("wav",
                RecastVersion.current(), RenderFingerprint.build(), cues.toString(), info.toString(), samples))
                .orElse(null);
        return new OutputDirectory.Output(name, contentKey, stream -> {
            try (WavWriter wav = WavWriter.open(stream, audio.timeline().format(), cues, info, end - start)) {
                PcmSource source = audio.span(start, end);
                copy(overview == null ? source : (buffer, offset, length) -> {
                    int n = source.read(buffer, offset, length);
                    if (n > 0) {
                        overview.add(buffer, offset, n);
                    }
                    return n;
                }, wav);
            }
        });
    }

    private static void copy(PcmSource source, WavWriter wav) throws IOException {
        short[] buffer = new short[BUFFER_SAMPLES];
        for (int n = source.read(buffer, 0, buffer.length); n >= 0; n = source.read(buffer, 0, buffer.length)) {
            wav.writeSamples(buffer, 0, n);
        }
    }
}
