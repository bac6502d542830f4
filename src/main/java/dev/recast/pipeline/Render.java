package dev.recast.pipeline;

import dev.recast.InputFolder;
import dev.recast.RecastException;
import dev.recast.audio.CuePoint;
import dev.recast.audio.LevelOverview;
import dev.recast.audio.Mp3Joins;
import dev.recast.audio.PcmFormat;
import dev.recast.audio.WavWriter;
import dev.recast.clean.Removal;
import dev.recast.clean.RemovalReason;
import dev.recast.clean.Section;
import dev.recast.concurrent.SideTask;
import dev.recast.concurrent.WorkerPool;
import dev.recast.episode.ClipKeeper;
import dev.recast.episode.ClipSource;
import dev.recast.episode.EpisodeAudio;
import dev.recast.episode.Levels;
import dev.recast.episode.LoudnessNormalizer;
import dev.recast.episode.Placed;
import dev.recast.episode.SectionSpan;
import dev.recast.episode.Stitcher;
import dev.recast.episode.Timeline;
import dev.recast.episode.Workers;
import dev.recast.export.FeedEnclosure;
import dev.recast.export.M4bExport;
import dev.recast.export.Mp3Export;
import dev.recast.export.WavExport;
import dev.recast.ingest.DecodingNote;
import dev.recast.ingest.EpisodeSource;
import dev.recast.ingest.LexiconReader;
import dev.recast.ingest.RawSection;
import dev.recast.ingest.SourceLine;
import dev.recast.ingest.VoiceMapping;
import dev.recast.publish.CueSheet;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.EpisodeInfo;
import dev.recast.publish.EpisodePage;
import dev.recast.publish.Format;
import dev.recast.publish.M3u8Playlist;
import dev.recast.publish.PlsPlaylist;
import dev.recast.publish.PodcastChapters;
import dev.recast.publish.PodcastFeed;
import dev.recast.publish.PodcastTranscript;
import dev.recast.publish.Publication;
import dev.recast.publish.RenderReport;
import dev.recast.publish.Slug;
import dev.recast.publish.SrtCaptions;
import dev.recast.publish.WebVttCaptions;
import dev.recast.publish.WebVttChapters;
import dev.recast.publish.XspfPlaylist;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Segmenter;
import dev.recast.segment.SegmenterConfig;
import dev.recast.segment.Utterance;
import dev.recast.storage.ClipFolder;
import dev.recast.storage.ClipSpool;
import dev.recast.storage.KeptReadings;
import dev.recast.storage.OutputDirectory;
import dev.recast.synth.Casting;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.UtteranceCache;
import dev.recast.synth.VoiceProfile;
import dev.recast.synth.VoiceProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Opens a synthesizer for an engine voice (a profile's {@code voice}), saying the lexicon's
     * words as it gives them; tests pass a fake one.
     */
    public interface SynthesizerFactory {
        Synthesizer open(String voice, Lexicon lexicon) throws RecastException;
    }

    /** Names the engine in cache keys when the caller does not: a cache shared with FreeTTS never serves these clips. */
    static final String UNNAMED_ENGINE = "unnamed";

    private final SynthesizerFactory synthesizers;
    private final String engine;
    private final RenderProgress events;
    private final Consumer<String> progress;
    private final M4bExport m4b;

    public Render(SynthesizerFactory synthesizers, Consumer<String> progress) {
        this(synthesizers, UNNAMED_ENGINE, progress::accept);
    }

    /**
     * @param engine the engine and its version, part of every cache key
     * @param events where notes and per-utterance progress go
     */
    public Render(SynthesizerFactory synthesizers, String engine, RenderProgress events) {
        this(synthesizers, engine, events, "ffmpeg");
    }

    /** @param ffmpeg the ffmpeg program for the M4B; tests name a missing one */
    public Render(SynthesizerFactory synthesizers, Consumer<String> progress, String ffmpeg) {
        this(synthesizers, UNNAMED_ENGINE, progress::accept, ffmpeg);
    }

    private Render(SynthesizerFactory synthesizers, String engine, RenderProgress events, String ffmpeg) {
        this.synthesizers = synthesizers;
        this.engine = engine;
        this.events = events;
        this.progress = events::note;
        this.m4b = new M4bExport(ffmpeg);
    }

    public RenderResult run(RenderOptions options) throws RecastException {
        requireAudioFor(options.formats());
        EpisodeSource source = Cleaned.source(options.input());
        for (RawSection section : source.sections()) {
            for (DecodingNote note : section.decoding()) {
                progress.accept(section.source() + ":" + note.line() + ": " + note.repair());
            }
        }
        Path outputDir = outputFolder(options, source);
        if (options.input().isPresent() && isInside(outputDir, options.input().get())) {
            throw RecastException.input(outputDir.toString(), "output directory is inside the input directory");
        }
        Cast cast = cast(options, source);
        if (options.formats().contains(Format.M4B)) {
            m4b.checkAvailable();
        }
        Lexicon lexicon = LexiconReader.forInput(options.input());
        try (OutputDirectory out = OutputDirectory.claim(outputDir, options.force(), progress);
                ClipFolder clipFolder = ClipFolder.of(options.cache().orElse(null))) {
            out.refuseLinks();
            String fingerprint = fingerprint(options, cast, lexicon);
            Optional<String> unchanged = out.lastRenderIf(fingerprint);
            if (unchanged.isPresent()) {
                progress.accept("nothing changed since the last render into " + out.root() + ": its "
                        + out.lastRenderFiles() + " files are kept as they are");
                return RenderResult.unchanged(out.root(), unchanged.get(), source.titleOrigin());
            }
            return render(source, cast, options, out, lexicon, clipFolder, fingerprint);
        }
    }

    /**
     * How much a render of {@code options} has to do, judged before it starts.
     *
     * @param characters the characters of the input's sections, cleaning not yet done
     * @param fresh whether nothing is to be taken from a last render: there is no cache, or the
     *        output folder holds no render yet
     */
    public record Workload(long characters, boolean fresh) {
    }

    /** Reads the input (the bundled example when there is none) to judge the render's {@link Workload}. */
    public static Workload workload(RenderOptions options) throws RecastException {
        EpisodeSource source = Cleaned.source(options.input());
        long characters = 0;
        for (RawSection section : source.sections()) {
            for (SourceLine line : section.lines()) {
                characters += line.text().length();
            }
        }
        boolean rendered = Files.isRegularFile(outputFolder(options, source).resolve(OutputDirectory.MARKER));
        return new Workload(characters, options.cache().isEmpty() || !rendered);
    }

    private static Path outputFolder(RenderOptions options, EpisodeSource source) {
        return options.output().orElseGet(() -> Path.of("output", Slug.of(source.name())));
    }

    private String fingerprint(RenderOptions options, Cast cast, Lexicon lexicon) throws RecastException {
        try {
            return RenderFingerprint.of(options, engine, cast.toString(), lexicon);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, options.input().map(Path::toString).orElse(null),
                    "cannot read the input: " + e.getMessage(), e);
        }
    }

    private RenderResult render(EpisodeSource source, Cast cast, RenderOptions options, OutputDirectory out,
            Lexicon lexicon, ClipFolder clipFolder, String fingerprint) throws RecastException {
        try (WorkerPool workers = new WorkerPool(options.jobs())) {
            return render(source, cast, options, out, lexicon, clipFolder, fingerprint, workers);
        }
    }

    /** One line a section for the runs cleaning left unsaid as too long to be words: text the user may miss. */
    private void warnOfLongTokens(List<Section> sections) {
        for (Section section : sections) {
            List<Removal> dropped = section.removals().stream()
                    .filter(removal -> removal.reason() == RemovalReason.LONG_TOKEN).toList();
            if (!dropped.isEmpty()) {
                int characters = dropped.stream().mapToInt(removal -> removal.text().length()).sum();
                progress.accept(section.source() + ":" + dropped.get(0).line() + ": warning: left out "
                        + (dropped.size() == 1 ? "a run of " + characters + " characters without a space"
                                : dropped.size() + " runs of " + characters + " characters in all without a space,"
                                        + " the first here")
                        + ", too long to be words; render.json lists " + (dropped.size() == 1 ? "it" : "them"));
            }
        }
    }

    private RenderResult render(EpisodeSource read, Cast cast, RenderOptions options, OutputDirectory out,
            Lexicon lexicon, ClipFolder clipFolder, String fingerprint, WorkerPool workers) throws RecastException {

        Cleaned cleaned = Cleaned.clean(read);
        EpisodeSource source = cleaned.source(); // titled as cleaning found best
        List<Section> sections = cleaned.sections();
        warnOfLongTokens(sections);
        List<Utterance> utterances = new ArrayList<>();
        List<List<Utterance>> segmented = segment(sections, lexicon, workers);
        for (int i = 0; i < sections.size(); i++) {
            if (segmented.get(i).isEmpty()) {
                progress.accept("section " + sections.get(i).source() + " has nothing to say after cleaning; skipped");
            }
            utterances.addAll(segmented.get(i));
        }
        if (utterances.isEmpty()) {
            throw RecastException.input(null, "nothing to say: every section is empty after cleaning");
        }

        Casting casting = Casting.of(cast.narrator(), cast.quote(), cast.heading(), cast.speakers(), utterances);
        progress.accept("synthesizing " + utterances.size() + " utterances from " + sections.size()
                + " sections with voice '" + casting.narrator().name() + "'");
        for (Map.Entry<String, VoiceProfile> speaker : casting.speakers().entrySet()) {
            progress.accept("speaker " + speaker.getKey() + ": " + describe(speaker.getValue())
                    + (casting.automatic().contains(speaker.getKey()) ? " (automatic)" : ""));
        }
        Synthesis clips = new SynthesisPool(synthesizers, engine, lexicon, options.jobs(), events)
                .run(casting, utterances, clipFolder);
        PcmFormat format = clips.format();
        Function<Utterance, Long> lengths = clips::length;
        // One rhythm for the whole timeline: the narrator's pauses, whoever speaks.
        // Sections start on the MP3's part grid, so an edit re-encodes only parts of its own section.
        Timeline timeline = new Stitcher(casting.narrator().pauses(), Mp3Joins.sectionGrid(format.sampleRate()))
                .layout(format, sections, utterances, lengths);

        EpisodeInfo info = new EpisodeInfo(source.title(), source.author(), source.date(), source.description());
        Publication publication = new Publication(info, timeline, sections, casting, EpisodeFiles.of(timeline),
                options.formats(), options.baseUrl());
        UtteranceCache cache = clipFolder.isCache() ? clipFolder.store() : null;
        if (options.loudness().isEmpty()) {
            publish(publication, new EpisodeAudio(timeline, clips), null, options, out, cache, workers);
        } else {
            // Levelling limits every clip: the levelled clips are made once, kept in the cache or beside the outputs.
            Path spoolFile = out.scratchFile("levelled-clips");
            try (ClipSpool spool = new ClipSpool(timeline, spoolFile, workers, cache)) {
                LoudnessNormalizer.Normalized normalized = normalize(timeline, clips,
                        options.loudness().getAsDouble(), out, spool,
                        workers, cache);
                publish(publication, new EpisodeAudio(timeline, normalized.clips()), normalized.levels(),
                        options, out, cache, workers);
            } catch (IOException e) {
                throw new RecastException(RecastException.Kind.ENVIRONMENT, spoolFile.toString(),
                        OutputDirectory.notWritable(e), e);
            }
        }
        out.commit(fingerprint, source.title());
        progress.accept(clips.cacheHits() + " of " + utterances.size() + " utterances from the cache"
                + (clips.repeats() == 0 ? "" : " and " + clips.repeats() + " repeating an earlier one") + "; "
                + out.unchanged() + " of " + out.committed() + " files unchanged");
        int removals = sections.stream().mapToInt(s -> s.removals().size()).sum();
        return new RenderResult(out.root(), source.title(), source.titleOrigin(), timeline, removals, clips.cacheHits(),
                cache == null ? 0 : cache.bytesStored());
    }

    /**
     * Each section's utterances, in order, the sections segmented side by side on the workers:
     * segmenting the bench's hour takes some 50 ms on one core.
     */
    private static List<List<Utterance>> segment(List<Section> sections, Lexicon lexicon, Workers workers)
            throws RecastException {
        Segmenter segmenter = new Segmenter(SegmenterConfig.DEFAULTS, lexicon.knownWords());
        List<List<Utterance>> segmented = new ArrayList<>();
        try {
            workers.inOrder(sections.size(), i -> () -> segmenter.segment(sections.get(i)), segmented::add);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.FAILURE, null, "segmenting failed: " + e.getMessage(), e);
        }
        return segmented;
    }

    /**
     * Levels the episode, and records for the next render into {@code out} the gain that met the
     * target and where what was measured on the way is kept.
     */
    private LoudnessNormalizer.Normalized normalize(Timeline timeline, ClipSource clips, double target,
            OutputDirectory out, ClipKeeper keeper, Workers workers, UtteranceCache cache) throws RecastException {
        try {
            KeptReadings readings = KeptReadings.load(cache, out.lastReadings());
            LoudnessNormalizer.Normalized normalized = LoudnessNormalizer.normalize(timeline, clips, target,
                    out.lastGainDb(target), keeper, workers, readings);
            out.recordGain(target, normalized.levels().gainDb());
            readings.store().ifPresent(out::recordReadings);
            Levels l = normalized.levels();
            progress.accept(String.format(Locale.ROOT,
                    "loudness %.1f LUFS, true peak %.1f dBTP as synthesized; gain %+.1f dB -> %.1f LUFS, %.1f dBTP"
                            + " (target %.1f LUFS, ceiling %.1f dBTP)",
                    l.beforeLufs(), l.beforePeakDbtp(), l.gainDb(), l.afterLufs(), l.afterPeakDbtp(), l.targetLufs(),
                    l.ceilingDbtp()));
            return normalized;
        } catch (UtteranceCache.WriteFailure e) {
            throw e.asRecastException();
        } catch (ClipSpool.WriteFailure e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, e.path().toString(),
                    OutputDirectory.notWritable((IOException) e.getCause()), e);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.FAILURE, null,
                    "cannot measure the episode's loudness: " + e.getMessage(), e);
        }
    }

    /** The profiles named for roles and speakers, read before anything is written. */
    private record Cast(VoiceProfile narrator, VoiceProfile quote, VoiceProfile heading,
            Map<String, VoiceProfile> speakers) {
    }

    private static Cast cast(RenderOptions options, EpisodeSource source) throws RecastException {
        Optional<Path> folder = options.input().filter(Files::isDirectory);
        VoiceProfiles profiles = folder.isPresent() ? VoiceProfiles.ofInput(InputFolder.of(folder.get()))
                : new VoiceProfiles(List.of());
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

    /** {@code 'deep' (kevin16, 140 wpm, 82 Hz, range 11, volume 0.9)}, for the log. */
    public static String describe(VoiceProfile p) {
        return String.format(Locale.ROOT, "'%s' (%s, %s wpm, %s Hz, range %s, volume %s)", p.name(), p.voice(),
                number(p.rate()), number(p.pitch()), number(p.pitchRange()), number(p.volume()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /**
     * Writes the chosen outputs, in an order where each can read what it needs of the ones before.
     * The WAVs are written on a thread of their own beside the MP3 and the text outputs: the
     * episode's WAV is one file for one thread, and a re-render's MP3 is mostly the one part an
     * edit changed, so each alone leaves a core idle.
     */
    private void publish(Publication publication, EpisodeAudio audio, Levels levels, RenderOptions options,
            OutputDirectory out, UtteranceCache cache, WorkerPool workers) throws RecastException {
        EpisodeInfo info = publication.info();
        Timeline timeline = publication.timeline();
        LevelOverview.Builder overview = publication.has(Format.PAGE)
                ? new LevelOverview.Builder(timeline.totalSamples(), EpisodePage.OVERVIEW_WIDTH)
                : null;
        OutputDirectory.Reserved wavs = publication.has(Format.WAV)
                ? WavExport.reserve(publication, audio, out, overview)
                : null;
        try (SideTask wavWriting = wavs == null ? null : SideTask.start("recast-wav", () -> wavs.write(workers))) {
            if (publication.has(Format.MP3)) {
                Mp3Export.stage(publication, audio, options, out, cache, workers, events);
            }
            if (publication.has(Format.M4B)) {
                m4b.stage(publication, audio, out);
            }
            if (publication.has(Format.PLAYLISTS)) {
                out.stage(EpisodeFiles.PLAYLIST, M3u8Playlist.render(publication));
                out.stage(EpisodeFiles.PLS_PLAYLIST, PlsPlaylist.render(publication));
                out.stage(EpisodeFiles.XSPF_PLAYLIST, XspfPlaylist.render(publication));
                out.stage(EpisodeFiles.CUE_SHEET, CueSheet.render(publication));
            }
            if (publication.has(Format.CHAPTERS)) {
                out.stage(EpisodeFiles.CHAPTERS, PodcastChapters.render(info, timeline));
                out.stage(EpisodeFiles.CHAPTERS_VTT, WebVttChapters.render(timeline));
            }
            if (publication.has(Format.CAPTIONS)) {
                out.stage(EpisodeFiles.CAPTIONS_VTT, WebVttCaptions.render(timeline));
                out.stage(EpisodeFiles.CAPTIONS_SRT, SrtCaptions.render(timeline));
                out.stage(EpisodeFiles.TRANSCRIPT, PodcastTranscript.render(timeline));
            }
            // The feed may measure the episode's WAV, and the page takes the overview fed as it is written.
            if (wavWriting != null) {
                wavWriting.join();
            }
        }
        if (publication.has(Format.FEED)) {
            out.stage(EpisodeFiles.FEED, PodcastFeed.render(publication, FeedEnclosure.measure(publication, out)));
        }
        if (publication.has(Format.PAGE)) {
            out.stage(EpisodeFiles.PAGE, EpisodePage.render(publication, overview(audio, overview)));
        }
        out.stage(EpisodeFiles.REPORT, RenderReport.render(info, timeline, publication.sections(),
                publication.casting(), levels));
    }

    /**
     * Playlists, the CUE sheet and the feed point at audio, so one of WAV and MP3 must be chosen with
     * them; refused before any work, as a usage error, rather than writing links to nothing.
     */
    private static void requireAudioFor(Set<Format> formats) throws RecastException {
        if (formats.contains(Format.WAV) || formats.contains(Format.MP3)) {
            return;
        }
        for (Format needsAudio : List.of(Format.PLAYLISTS, Format.FEED)) {
            if (formats.contains(needsAudio)) {
                throw RecastException.input(null, "--format " + needsAudio.id()
                        + " links to the episode's audio: add wav or mp3 to --format");
            }
        }
    }

    /** The page's overview: made on the way as the episode's WAV was written, or else in a pass of its own. */
    private static LevelOverview overview(EpisodeAudio audio, LevelOverview.Builder fedOnTheWay)
            throws RecastException {
        try {
            if (fedOnTheWay.isComplete()) {
                return fedOnTheWay.build();
            }
            return LevelOverview.of(audio.episode(), audio.timeline().totalSamples(), EpisodePage.OVERVIEW_WIDTH);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.FAILURE, null,
                    "could not measure the episode's levels: " + e.getMessage(), e);
        }
    }

    /** Whether {@code output} lies in the input folder, both taken by real path: an alias is caught. */
    private static boolean isInside(Path output, Path input) throws RecastException {
        return Files.isDirectory(input) && InputFolder.of(input).holds(output);
    }
}
