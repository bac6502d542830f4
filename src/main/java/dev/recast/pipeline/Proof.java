package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.audio.WavWriter;
import dev.recast.clean.Block;
import dev.recast.clean.Section;
import dev.recast.concurrent.Shutdown;
import dev.recast.ingest.EpisodeSource;
import dev.recast.ingest.LexiconReader;
import dev.recast.proof.ProofReport;
import dev.recast.proof.PronunciationAdvisor;
import dev.recast.proof.Recognizer;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Segmenter;
import dev.recast.segment.SegmenterConfig;
import dev.recast.segment.Utterance;
import dev.recast.storage.ClipFolder;
import dev.recast.storage.FileTrees;
import dev.recast.synth.Casting;
import dev.recast.synth.Engines;
import dev.recast.synth.FreeTtsEngine;
import dev.recast.synth.FreeTtsLexicon;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code recast proof}: proof-listening. A render's stages up to synthesis, then speech
 * recognition of every clip and the {@link ProofReport} of what was heard:
 *
 * <pre>
 * read → clean → segment → cast → synthesize → recognize → report
 * </pre>
 *
 * Here beside {@link Render} rather than in {@code proof/}: it runs the render's own stages (the
 * {@link Cast}, the {@link SynthesisPool} through a {@link ClipFolder}), so its clips are the
 * render's, under the same cache keys: a proof after a render synthesizes nothing, and a render
 * after a proof reuses its clips. What proof-listening adds, recognition and the report, is
 * {@code proof/}'s.
 */
public final class Proof {

    /** Clips written out for the recognizer at a time, so an episode's scratch WAVs stay a few minutes of audio. */
    private static final int CLIPS_AT_A_TIME = 400;

    private final Engines engines;
    private final Recognizer recognizer;
    private final Supplier<Map<String, List<String>>> dictionary;
    private final RenderProgress events;

    /**
     * @param dictionary the pronouncing dictionary lexicon lines are suggested from, lower-case word
     *        to phones; read only when a word is misheard consistently
     */
    public Proof(Engines engines, Recognizer recognizer, Supplier<Map<String, List<String>>> dictionary,
            RenderProgress events) {
        this.engines = engines;
        this.recognizer = recognizer;
        this.dictionary = dictionary;
        this.events = events;
    }

    /** An utterance and where its block starts, {@code file:line}. */
    private record Located(Utterance utterance, String location) {
    }

    /** Proof-listens to the episode {@code options} name, synthesizing through {@code options.cache()}. */
    public ProofReport run(RenderOptions options, Shutdown shutdown) throws RecastException {
        EpisodeSource source = Cleaned.source(options.input());
        Cast cast = Cast.read(options, source, engines);
        Lexicon lexicon = LexiconReader.forInput(options.input());
        List<Section> sections = Cleaned.clean(source).sections();
        List<Located> located = segment(sections, lexicon);
        if (located.isEmpty()) {
            throw RecastException.input(null, "nothing to say: every section is empty after cleaning");
        }
        List<Utterance> utterances = located.stream().map(Located::utterance).toList();
        Casting casting = cast.assign(utterances, sections.size(), engines, events::note);
        Map<String, List<String>> heard;
        try (ClipFolder clipFolder = ClipFolder.of(options.cache(), shutdown)) {
            Synthesis clips = new SynthesisPool(engines, lexicon, options.jobs(), events)
                    .run(casting, utterances, clipFolder);
            heard = recognize(clips, utterances, shutdown);
        }
        List<ProofReport.Heard> report = new ArrayList<>();
        for (Located l : located) {
            Utterance u = l.utterance();
            report.add(new ProofReport.Heard(u.id(), l.location(), u.spokenText(), heard.get(u.id())));
        }
        EngineWords engineWords = new EngineWords();
        try {
            return ProofReport.of(report, new PronunciationAdvisor(lexicon, engineWords, dictionary));
        } catch (UncheckedIOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null, e.getMessage(), e.getCause());
        } catch (EngineWords.NotLoaded e) {
            throw e.failure;
        }
    }

    /**
     * The phones FreeTTS says a word with, its dictionary loaded when first asked: only a word
     * misheard consistently is looked up, and most proofs have none.
     */
    private static final class EngineWords implements Function<String, List<String>> {
        private FreeTtsLexicon loaded;

        @Override
        public List<String> apply(String word) {
            if (loaded == null) {
                try {
                    loaded = FreeTtsLexicon.of(FreeTtsEngine.DEFAULT_VOICE);
                } catch (RecastException e) {
                    throw new NotLoaded(e);
                }
            }
            return loaded.phones(word);
        }

        /** Carries the dictionary's failure out of the predicate. */
        private static final class NotLoaded extends RuntimeException {
            private final RecastException failure;

            NotLoaded(RecastException failure) {
                super(failure);
                this.failure = failure;
            }
        }
    }

    /**
     * The utterances a render says, each with the line its block starts on: a section's utterances
     * are its blocks' in order, so segmenting each block alone counts off which are whose.
     */
    private static List<Located> segment(List<Section> sections, Lexicon lexicon) {
        Segmenter segmenter = new Segmenter(SegmenterConfig.DEFAULTS, lexicon.knownWords());
        List<Located> located = new ArrayList<>();
        for (Section section : sections) {
            List<Utterance> said = segmenter.segment(section);
            int next = 0;
            for (Block block : section.blocks()) {
                Section alone = new Section(section.index(), section.source(), section.title(), List.of(block),
                        List.of());
                int count = segmenter.segment(alone).size();
                for (int k = 0; k < count; k++) {
                    located.add(new Located(said.get(next++), section.source() + ":" + block.line()));
                }
            }
        }
        return located;
    }

    /**
     * What the recognizer heard of each utterance, by id: each distinct clip is written out as a
     * WAV file named after its first utterance and heard once.
     */
    private Map<String, List<String>> recognize(Synthesis clips, List<Utterance> utterances, Shutdown shutdown)
            throws RecastException {
        Map<String, Utterance> distinct = new LinkedHashMap<>();
        long samples = 0;
        for (Utterance u : utterances) {
            if (distinct.putIfAbsent(clips.contentKey(u).orElseThrow(), u) == null) {
                samples += clips.length(u);
            }
        }
        events.note("recognizing " + distinct.size() + " clips");
        events.stageStarted("recognizing speech", samples, clips.format().sampleRate());
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        Path scratch = scratchFolder();
        Shutdown.Registration onStop = shutdown.onStop(() -> FileTrees.deleteQuietly(scratch));
        try {
            List<Map.Entry<String, Utterance>> work = new ArrayList<>(distinct.entrySet());
            for (int from = 0; from < work.size(); from += CLIPS_AT_A_TIME) {
                List<Map.Entry<String, Utterance>> part = work.subList(from, Math.min(work.size(), from + CLIPS_AT_A_TIME));
                List<Path> wavs = new ArrayList<>();
                long partSamples = 0;
                for (Map.Entry<String, Utterance> entry : part) {
                    Path wav = scratch.resolve(entry.getValue().id() + ".wav");
                    short[] clip = clips.samples(entry.getValue());
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(wav))) {
                        WavWriter.write(out, clips.format(), List.of(), clip);
                    }
                    wavs.add(wav);
                    partSamples += clip.length;
                }
                List<List<String>> heard = recognizer.recognize(wavs);
                for (int k = 0; k < part.size(); k++) {
                    byKey.put(part.get(k).getKey(), heard.get(k));
                    Files.delete(wavs.get(k));
                }
                events.stageAdvanced(partSamples);
            }
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, scratch.toString(),
                    "speech recognition: " + e.getMessage(), e);
        } finally {
            onStop.withdraw();
            FileTrees.deleteQuietly(scratch);
        }
        Map<String, List<String>> byId = new LinkedHashMap<>();
        for (Utterance u : utterances) {
            byId.put(u.id(), byKey.get(clips.contentKey(u).orElseThrow()));
        }
        return byId;
    }

    private static Path scratchFolder() throws RecastException {
        try {
            return Files.createTempDirectory("recast-proof-clips");
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                    "cannot create a temporary folder for speech recognition: " + e.getMessage(), e);
        }
    }
}
