package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.concurrent.TaskFailure;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Utterance;
import dev.recast.storage.ClipFolder;
import dev.recast.synth.Casting;
import dev.recast.synth.Clip;
import dev.recast.synth.Engine;
import dev.recast.synth.Engines;
import dev.recast.synth.Synthesizer;
import dev.recast.synth.UtteranceCache;
import dev.recast.synth.VoiceProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Synthesizes a render's utterances on {@code jobs} worker threads. A synthesizer is not
 * thread-safe, so each worker opens its own, one per engine voice whatever the profiles, and
 * closes them when the work runs out. The profiles' voices must agree on one audio format, which
 * their engines say before anything is synthesized. Each clip goes to disk as soon as it is made,
 * so memory holds only lengths, and a clip depends on its utterance alone, so the outputs are the
 * same whatever the thread count.
 */
public final class SynthesisPool {

    private final Engines engines;
    private final Lexicon lexicon;
    private final int jobs;
    private final RenderProgress progress;

    /**
     * @param engines the engines the profiles name
     * @param lexicon said by every synthesizer the pool opens, and so part of every cache key
     */
    SynthesisPool(Engines engines, Lexicon lexicon, int jobs, RenderProgress progress) {
        this.engines = engines;
        this.lexicon = lexicon;
        this.jobs = jobs;
        this.progress = progress;
    }

    /** One distinct clip to make: the first utterance with its key, and that utterance's profile. */
    private record Work(String key, Utterance utterance, VoiceProfile profile) {
    }

    /** What a worker learned of one clip. */
    private record Made(PcmFormat format, int length, boolean cached) {
    }

    /** An engine's voice: a worker opens one synthesizer for each. */
    private record EngineVoice(Engine engine, String voice) {
    }

    /** Makes every utterance's clip, reading the ones a cache folder already holds. */
    Synthesis run(Casting casting, List<Utterance> utterances, ClipFolder folder) throws RecastException {
        return run(casting::profileFor, utterances, folder);
    }

    /**
     * Makes the clips of {@code utterances}, each said by the profile {@code profileFor} gives it,
     * reading the ones a cache folder already holds.
     */
    Synthesis run(Function<Utterance, VoiceProfile> profileFor, List<Utterance> utterances, ClipFolder folder)
            throws RecastException {
        Map<String, String> keys = new HashMap<>();
        Map<String, Work> distinct = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Utterance utterance : utterances) {
            VoiceProfile profile = profileFor.apply(utterance);
            String key = UtteranceCache.key(utterance.spokenText(), engines.soundKey(profile),
                    lexicon.soundKeyFor(utterance.spokenText()));
            keys.put(utterance.id(), key);
            distinct.putIfAbsent(key, new Work(key, utterance, profile));
            uses.merge(key, 1, Integer::sum);
        }
        List<Work> work = new ArrayList<>(distinct.values());
        PcmFormat format = format(work);
        UtteranceCache store = folder.store();
        if (folder.isCache()) {
            // Before any is read: a prune beside this render keeps them, however long synthesis takes.
            store.markInUse(distinct.keySet());
        }
        Made[] made = makeAll(work, store, folder.isCache(), folder.path());
        return collect(format, work, made, keys, uses, store);
    }

    /**
     * The one audio format of every profile's voice, as their engines give it: profiles whose
     * voices differ in sample rate are refused before any is opened.
     */
    private PcmFormat format(List<Work> work) throws RecastException {
        VoiceProfile formatSetBy = work.get(0).profile();
        PcmFormat format = formatOf(formatSetBy);
        for (Work item : work) {
            PcmFormat own = formatOf(item.profile());
            if (!format.equals(own)) {
                throw RecastException.input(null, "voice profiles '" + formatSetBy.name() + "' ("
                        + formatSetBy.voice() + ", " + format.sampleRate() + " Hz) and '" + item.profile().name()
                        + "' (" + item.profile().voice() + ", " + own.sampleRate()
                        + " Hz) give different audio formats; one episode needs one sample rate, so use "
                        + "the same engine voice in every profile");
            }
        }
        return format;
    }

    private PcmFormat formatOf(VoiceProfile profile) {
        return engines.of(profile).format(profile.voice());
    }

    private Made[] makeAll(List<Work> work, UtteranceCache store, boolean readCache, Path storeFolder)
            throws RecastException {
        progress.synthesisStarted(work.size());
        Made[] made = new Made[work.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        int workers = Math.max(1, Math.min(jobs, work.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "recast-synthesis");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    work(work, made, next, failed, store, readCache, storeFolder);
                    return null;
                }));
            }
            for (Future<Void> worker : running) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    failed.set(true);
                    throw TaskFailure.cause(e, RecastException.class);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecastException(RecastException.Kind.FAILURE, null, "interrupted while synthesizing", e);
        } finally {
            failed.set(true);
            pool.shutdown();
        }
        return made;
    }

    /** One worker: takes the next clip to make until none is left or another worker failed. */
    private void work(List<Work> work, Made[] made, AtomicInteger next, AtomicBoolean failed, UtteranceCache store,
            boolean readCache, Path storeFolder) throws RecastException {
        Map<EngineVoice, Synthesizer> open = new HashMap<>();
        try {
            for (int i = next.getAndIncrement(); i < work.size() && !failed.get(); i = next.getAndIncrement()) {
                Work item = work.get(i);
                UtteranceCache.Entry cached = readCache ? store.read(item.key()) : null;
                if (cached != null) {
                    made[i] = new Made(cached.format(), cached.samples().length, true);
                } else {
                    Clip clip = synthesizerFor(item.profile(), open).synthesize(item.utterance(), item.profile());
                    store.write(item.key(), clip.format(), clip.samples());
                    made[i] = new Made(clip.format(), clip.samples().length, false);
                }
                progress.utteranceDone(made[i].length(), made[i].format().sampleRate(), made[i].cached());
            }
        } catch (IOException e) {
            failed.set(true);
            throw new RecastException(RecastException.Kind.ENVIRONMENT, storeFolder.toString(),
                    "cannot use the utterance cache: " + e.getMessage(), e);
        } catch (RecastException | RuntimeException e) {
            failed.set(true);
            throw e;
        } finally {
            synchronized (SynthesisPool.class) {
                for (Synthesizer synthesizer : open.values()) {
                    synthesizer.close();
                }
            }
        }
    }

    private Synthesizer synthesizerFor(VoiceProfile profile, Map<EngineVoice, Synthesizer> open)
            throws RecastException {
        EngineVoice voice = new EngineVoice(engines.of(profile), profile.voice());
        Synthesizer synthesizer = open.get(voice);
        if (synthesizer == null) {
            // Opening and closing FreeTTS voices at once failed (an IndexOutOfBoundsException
            // in a render with two workers); the engine shares state between voices. One at a time.
            synchronized (SynthesisPool.class) {
                synthesizer = voice.engine().open(voice.voice(), lexicon);
            }
            open.put(voice, synthesizer);
        }
        return synthesizer;
    }

    /** Checks every clip came in the format its engine gave, in utterance order, and keeps the lengths. */
    private static Synthesis collect(PcmFormat format, List<Work> work, Made[] made, Map<String, String> keys,
            Map<String, Integer> uses, UtteranceCache store) throws RecastException {
        Map<String, Integer> lengths = new HashMap<>();
        int cacheHits = 0;
        int repeats = 0;
        for (int i = 0; i < work.size(); i++) {
            Work item = work.get(i);
            PcmFormat own = made[i].format();
            if (!format.equals(own)) {
                throw new RecastException(RecastException.Kind.FAILURE, item.utterance().id(),
                        "the engine gave audio in " + own + ", not the " + format + " of its voice");
            }
            lengths.put(item.key(), made[i].length());
            int used = uses.get(item.key());
            if (made[i].cached()) {
                cacheHits += used;
            } else {
                repeats += used - 1;
            }
        }
        return new Synthesis(format, keys, lengths, store, cacheHits, repeats);
    }
}
