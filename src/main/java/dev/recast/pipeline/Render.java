package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.audio.CuePoint;
import dev.recast.audio.PcmFormat;
import dev.recast.audio.WavWriter;
import dev.recast.clean.Section;
import dev.recast.episode.Chapter;
import dev.recast.episode.Pauses;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Stitcher;
import dev.recast.episode.Timeline;
import dev.recast.ingest.EpisodeSource;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.EpisodeInfo;
import dev.recast.publish.M3u8Playlist;
import dev.recast.publish.PodcastChapters;
import dev.recast.publish.RenderReport;
import dev.recast.publish.Slug;
import dev.recast.segment.Segmenter;
import dev.recast.segment.Utterance;
import dev.recast.synth.Clip;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.VoiceProfile;
import dev.recast.synth.VoiceProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Renders an episode: the stages in order, then every output staged and committed at once.
 *
 * <pre>
 * read → clean → segment → synthesize → stitch → publish
 * </pre>
 */
public final class Render {

    /** Opens a synthesizer for a voice profile; tests pass a fake one. */
    public interface SynthesizerFactory {
        Synthesizer open(VoiceProfile profile) throws RecastException;
    }

    private final SynthesizerFactory synthesizers;
    private final Consumer<String> progress;

    public Render(SynthesizerFactory synthesizers, Consumer<String> progress) {
        this.synthesizers = synthesizers;
        this.progress = progress;
    }

    public RenderResult run(RenderOptions options) throws RecastException {
        EpisodeSource source = Cleaned.source(options.input());
        Path outputDir = options.output() != null ? options.output() : Path.of("output", Slug.of(source.name()));
        if (options.input() != null && isInside(outputDir, options.input())) {
            throw RecastException.input(outputDir.toString(), "output directory is inside the input directory");
        }
        VoiceProfile voice = voiceProfile(options, source);
        try (OutputDirectory out = OutputDirectory.claim(outputDir, options.force())) {
            return render(source, voice, out);
        }
    }

    private RenderResult render(EpisodeSource source, VoiceProfile voice, OutputDirectory out) throws RecastException {

        List<Section> sections = Cleaned.clean(source).sections();
        Segmenter segmenter = new Segmenter();
        List<Utterance> utterances = new ArrayList<>();
        for (Section section : sections) {
            List<Utterance> own = segmenter.segment(section);
            if (own.isEmpty()) {
                progress.accept("section " + section.source() + " has nothing to say after cleaning; skipped");
            }
            utterances.addAll(own);
        }
        if (utterances.isEmpty()) {
            throw RecastException.input(null, "nothing to say: every section is empty after cleaning");
        }

        progress.accept("synthesizing " + utterances.size() + " utterances from " + sections.size()
                + " sections with voice '" + voice.name() + "'");
        Map<String, Clip> clips = synthesize(voice, utterances);
        PcmFormat format = clips.get(utterances.get(0).id()).format();
        Function<Utterance, Long> lengths = u -> (long) clips.get(u.id()).samples().length;
        Timeline timeline = new Stitcher(Pauses.DEFAULTS).layout(format, sections, utterances, lengths);

        EpisodeInfo info = new EpisodeInfo(source.title(), source.author());
        EpisodeFiles files = EpisodeFiles.of(timeline);
        for (SectionSpan span : timeline.sections()) {
            List<Placed> own = timeline.utterances().stream()
                    .filter(p -> p.utterance().section() == span.index()).toList();
            stageWav(out, files.sectionWav(span), format, cues(timeline, span), span.lengthSamples(), own, clips);
        }
        stageWav(out, EpisodeFiles.EPISODE_WAV, format, cues(timeline, null), timeline.totalSamples(),
                timeline.utterances(), clips);
        out.stage(EpisodeFiles.PLAYLIST, M3u8Playlist.render(info, timeline));
        out.stage(EpisodeFiles.CHAPTERS, PodcastChapters.render(info, timeline));
        out.stage(EpisodeFiles.REPORT, RenderReport.render(info, timeline, sections));
        out.commit();
        int removals = sections.stream().mapToInt(s -> s.removals().size()).sum();
        return new RenderResult(out.root(), source.title(), timeline, removals);
    }

    private static VoiceProfile voiceProfile(RenderOptions options, EpisodeSource source) throws RecastException {
        List<Path> folders = options.input() != null && Files.isDirectory(options.input())
                ? List.of(options.input().resolve("voices"))
                : List.of();
        String name = options.voice() != null ? options.voice()
                : source.voice() != null ? source.voice() : VoiceProfiles.NARRATOR;
        return new VoiceProfiles(folders).find(name);
    }

    private Map<String, Clip> synthesize(VoiceProfile voice, List<Utterance> utterances) throws RecastException {
        Map<String, Clip> clips = new HashMap<>();
        PcmFormat format = null;
        try (Synthesizer synthesizer = synthesizers.open(voice)) {
            for (Utterance utterance : utterances) {
                Clip clip = synthesizer.synthesize(utterance);
                if (format == null) {
                    format = clip.format();
                } else if (!format.equals(clip.format())) {
                    throw new RecastException(RecastException.Kind.FAILURE, utterance.id(),
                            "the engine changed audio format mid-episode: " + clip.format() + " after " + format);
                }
                clips.put(utterance.id(), clip);
            }
        }
        return clips;
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

    private static void stageWav(OutputDirectory out, String name, PcmFormat format, List<CuePoint> cues,
            long frames, List<Placed> placed, Map<String, Clip> clips) throws RecastException {
        out.stage(name, stream -> {
            try (WavWriter wav = WavWriter.open(stream, format, cues, frames)) {
                for (Placed p : placed) {
                    short[] samples = clips.get(p.utterance().id()).samples();
                    wav.writeSamples(samples, 0, samples.length);
                    wav.writeSilence(p.pauseSamples());
                }
            }
        });
    }

    private static boolean isInside(Path output, Path input) {
        try {
            Path in = input.toRealPath();
            Path out = output.toAbsolutePath().normalize();
            return Files.isDirectory(in) && out.startsWith(in);
        } catch (IOException e) {
            return false;
        }
    }
}
