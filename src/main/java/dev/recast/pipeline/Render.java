package dev.recast.pipeline;

import dev.recast.InputFolder;
import dev.recast.RecastException;
import dev.recast.clean.Removal;
import dev.recast.clean.RemovalReason;
import dev.recast.clean.Section;
import dev.recast.concurrent.Shutdown;
import dev.recast.concurrent.WorkerPool;
import dev.recast.episode.Timeline;
import dev.recast.episode.Workers;
import dev.recast.export.Publisher;
import dev.recast.ingest.CoverArt;
import dev.recast.ingest.DecodingNote;
import dev.recast.ingest.EpisodeSource;
import dev.recast.ingest.LexiconReader;
import dev.recast.ingest.RawSection;
import dev.recast.ingest.ShowInfo;
import dev.recast.ingest.ShowReader;
import dev.recast.ingest.SourceLine;
import dev.recast.publish.EpisodeFiles;
import dev.recast.publish.EpisodeInfo;
import dev.recast.publish.Publication;
import dev.recast.publish.Slug;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Segmenter;
import dev.recast.segment.SegmenterConfig;
import dev.recast.segment.Utterance;
import dev.recast.storage.ClipFolder;
import dev.recast.storage.OutputDirectory;
import dev.recast.synth.Casting;
import dev.recast.synth.Engines;
import dev.recast.synth.SharedCache;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders an episode: the stages in order, each one call, then every output staged and
 * committed at once.
 *
 * <pre>
 * read → clean → segment → cast → synthesize → fit → stitch → level → publish → commit
 * </pre>
 *
 * Before any long work, {@link #run} refuses what cannot succeed (formats that link to no audio,
 * a missing tool, an output folder inside the input) and skips a render whose inputs have not
 * changed since the last one into the same folder.
 */
public final class Render {

    private final Engines engines;
    private final RenderProgress events;
    private final Consumer<String> progress;
    private final Publisher publisher;
    private final SourceFit sourceFit;
    private final Optional<SharedCache> shared;

    /**
     * @param engines the engines the voice profiles may name ({@link Engines#standard()}; tests pass fakes)
     * @param events where notes and per-utterance progress go
     */
    public Render(Engines engines, RenderProgress events) {
        this(engines, events, "ffmpeg");
    }

    /** @param ffmpeg the ffmpeg program for the M4B; tests name a missing one */
    public Render(Engines engines, RenderProgress events, String ffmpeg) {
        this(engines, events, ffmpeg, Optional.empty());
    }

    /** @param shared a cache shared with other machines, behind the options' cache folder, which it needs */
    public Render(Engines engines, RenderProgress events, Optional<SharedCache> shared) {
        this(engines, events, "ffmpeg", shared);
    }

    private Render(Engines engines, RenderProgress events, String ffmpeg, Optional<SharedCache> shared) {
        this.engines = engines;
        this.events = events;
        this.progress = events::note;
        this.publisher = new Publisher(ffmpeg, events);
        this.sourceFit = new SourceFit(engines, events);
        this.shared = shared;
    }

    /** Renders with no stop to clean up after: in-process, where the JVM's end is not the render's. */
    public RenderResult run(RenderOptions options) throws RecastException {
        return run(options, Shutdown.manual());
    }

    /** @param shutdown the process's stop, which removes what the render has not committed */
    public RenderResult run(RenderOptions options, Shutdown shutdown) throws RecastException {
        Publisher.requireAudioFor(options.formats());
        EpisodeSource source = read(options);
        Path outputDir = outputFolder(options, source);
        if (options.input().isPresent() && isInside(outputDir, options.input().get())) {
            throw RecastException.input(outputDir.toString(), "output directory is inside the input directory");
        }
        ShowInfo show = show(options, source);
        Cast cast = Cast.read(options, source, engines);
        publisher.requireToolsFor(options.formats());
        Lexicon lexicon = LexiconReader.forInput(options.input());
        try (OutputDirectory out = OutputDirectory.claim(outputDir, options.force(), progress, shutdown);
                ClipFolder clipFolder = ClipFolder.of(options.cache(), shared, shutdown)) {
            out.refuseLinks();
            String fingerprint = fingerprint(options, show, cast, lexicon);
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
     * The digest of everything a render of {@code options} follows from ({@link RenderFingerprint}):
     * equal digests give equal outputs, so a render whose outputs were made under this one
     * elsewhere need not run again.
     */
    public String fingerprint(RenderOptions options) throws RecastException {
        EpisodeSource source = Cleaned.source(options.input());
        return fingerprint(options, show(options, source), Cast.read(options, source, engines),
                LexiconReader.forInput(options.input()));
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

    /** The show the episode belongs to: the options', else the one its episode.json gives of itself. */
    private static ShowInfo show(RenderOptions options, EpisodeSource source) throws RecastException {
        return options.show().isPresent() ? options.show().get() : ShowReader.forEpisode(options.input(), source);
    }

    private String fingerprint(RenderOptions options, ShowInfo show, Cast cast, Lexicon lexicon)
            throws RecastException {
        try {
            return RenderFingerprint.of(options, show, cast.byRole(), engines, lexicon);
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

    /** The stages after reading, in order, each one call. */
    private RenderResult render(EpisodeSource read, Cast cast, RenderOptions options, OutputDirectory out,
            Lexicon lexicon, ClipFolder clipFolder, String fingerprint, WorkerPool workers) throws RecastException {
        Cleaned cleaned = clean(read);
        // Read again after cleaning: a lone episode's show takes the title cleaning settled on.
        ShowInfo show = show(options, cleaned.source());
        UtteranceCache cache = clipFolder.isCache() ? clipFolder.store() : null;
        Optional<CoverArt> cover = Publication.showsCover(options.formats())
                ? Optional.of(Covers.forShow(show, Optional.ofNullable(cache))) : Optional.empty();
        List<Section> sections = cleaned.sections();
        List<Utterance> utterances = segment(sections, lexicon, workers);
        Casting casting = cast.assign(utterances, sections.size(), engines, progress);
        Synthesis synthesized = synthesize(casting, utterances, lexicon, options, clipFolder);
        SourceFit.Fitted fitted = sourceFit.fit(sourceFit.timing(options, cleaned.source(), sections, utterances),
                casting, utterances, lexicon, options, clipFolder, synthesized);
        Synthesis clips = fitted.clips();
        Timeline timeline = fitted.stitch(casting, sections, utterances);
        timeline.sourceTiming().ifPresent(timing -> progress.accept(SourceFit.summary(timeline, timing)));
        try (Levelled levelled = Levelled.level(timeline, clips, options.loudness(), out, cache, workers, progress)) {
            publisher.publish(publication(cleaned.source(), show, cover, timeline, sections, casting, options),
                    levelled.audio(), levelled.levels(), options, out, cache, workers);
        }
        return commit(out, fingerprint, cleaned.source(), sections, timeline, utterances.size(), clips, cache);
    }

    /** Reads the input, the bundled example when there is none, with a note for each repaired decoding. */
    private EpisodeSource read(RenderOptions options) throws RecastException {
        EpisodeSource source = Cleaned.source(options.input());
        for (RawSection section : source.sections()) {
            for (DecodingNote note : section.decoding()) {
                progress.accept(section.source() + ":" + note.line() + ": " + note.repair());
            }
        }
        return source;
    }

    /**
     * Cleans the sections, titling the episode as cleaning found best, with one line a section for
     * the runs left unsaid as too long to be words: text the user may miss.
     */
    private Cleaned clean(EpisodeSource read) throws RecastException {
        Cleaned cleaned = Cleaned.clean(read);
        for (Section section : cleaned.sections()) {
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
        return cleaned;
    }

    /**
     * The sections' utterances, in order, the sections segmented side by side on the workers:
     * segmenting the bench's hour takes some 50 ms on one core. A section left empty is noted.
     */
    private List<Utterance> segment(List<Section> sections, Lexicon lexicon, Workers workers)
            throws RecastException {
        Segmenter segmenter = new Segmenter(SegmenterConfig.DEFAULTS, lexicon.knownWords());
        List<List<Utterance>> segmented = new ArrayList<>();
        try {
            workers.inOrder(sections.size(), i -> () -> segmenter.segment(sections.get(i)), segmented::add);
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.FAILURE, null, "segmenting failed: " + e.getMessage(), e);
        }
        List<Utterance> utterances = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            if (segmented.get(i).isEmpty()) {
                progress.accept("section " + sections.get(i).source() + " has nothing to say after cleaning; skipped");
            }
            utterances.addAll(segmented.get(i));
        }
        if (utterances.isEmpty()) {
            throw RecastException.input(null, "nothing to say: every section is empty after cleaning");
        }
        return utterances;
    }

    private Synthesis synthesize(Casting casting, List<Utterance> utterances, Lexicon lexicon, RenderOptions options,
            ClipFolder clipFolder) throws RecastException {
        return new SynthesisPool(engines, lexicon, options.jobs(), events)
                .run(casting, utterances, clipFolder);
    }

    private static Publication publication(EpisodeSource source, ShowInfo show, Optional<CoverArt> cover,
            Timeline timeline, List<Section> sections, Casting casting, RenderOptions options) {
        EpisodeInfo info = new EpisodeInfo(source.title(), source.author(), source.date(), source.description());
        return new Publication(info, show, cover, timeline, sections, casting, EpisodeFiles.of(timeline),
                options.formats(), options.baseUrl());
    }

    /** Moves the staged outputs into place at once, and says what was reused. */
    private RenderResult commit(OutputDirectory out, String fingerprint, EpisodeSource source, List<Section> sections,
            Timeline timeline, int utterances, Synthesis clips, UtteranceCache cache) throws RecastException {
        out.commit(fingerprint, source.title());
        progress.accept(clips.cacheHits() + " of " + utterances + " utterances from the cache"
                + (clips.repeats() == 0 ? "" : " and " + clips.repeats() + " repeating an earlier one") + "; "
                + out.unchanged() + " of " + out.committed() + " files unchanged");
        int removals = sections.stream().mapToInt(s -> s.removals().size()).sum();
        return new RenderResult(out.root(), source.title(), source.titleOrigin(), timeline, removals, clips.cacheHits(),
                cache == null ? 0 : cache.bytesStored());
    }

    /** Whether {@code output} lies in the input folder, both taken by real path: an alias is caught. */
    private static boolean isInside(Path output, Path input) throws RecastException {
        return Files.isDirectory(input) && InputFolder.of(input).holds(output);
    }
}
