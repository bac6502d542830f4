package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.audio.PcmFormat;
import dev.recast.concurrent.TaskFailure;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Utterance;
import dev.recast.storage.ClipFolder;
import dev.recast.synth.Casting;
import dev.recast.synth.Clip;
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

/**
 * Synthesizes a render's utterances on {@code jobs} worker threads. A synthesizer is not
 * thread-safe, so each worker opens its own, one per engine voice whatever the profiles, and
 * closes them when the work runs out. Each clip goes to disk as soon as it is made, so memory
 * holds only lengths, and a clip depends on its utterance alone, so the outputs are the same
 * whatever the thread count.
 */
public final class SynthesisPool {

    private final Render.SynthesizerFactory synthesizers;
    private final String engine;
    private final Lexicon lexicon;
    private final int jobs;
    private final RenderProgress progress;

    /** @param lexicon said by every synthesizer the pool opens, and so part of every cache key */
    SynthesisPool(Render.SynthesizerFactory synthesizers, String engine, Lexicon lexicon, int jobs,
            RenderProgress progress) {
        this.synthesizers = synthesizers;
        this.engine = engine;
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

    /** Makes every utterance's clip, reading the ones a cache folder already holds. */
    Synthesis run(Casting casting, List<Utterance> utterances, ClipFolder folder) throws RecastException {
        Map<String, String> keys = new HashMap<>();
        Map<String, Work> distinct = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Utterance utterance : utterances) {
            VoiceProfile profile = casting.profileFor(utterance);
            String key = UtteranceCache.key(utterance.spokenText(), profile, lexicon.toString(), engine);
            keys.put(utterance.id(), key);
            distinct.putIfAbsent(key, new Work(key, utterance, profile));
            uses.merge(key, 1, Integer::sum);
        }
        UtteranceCache store = folder.store();
        if (folder.isCache()) {
            // Before any is read: a prune beside this render keeps them, however long synthesis takes.
            store.markInUse(distinct.keySet());
        }
        List<Work> work = new ArrayList<>(distinct.values());
        Made[] made = makeAll(work, store, folder.isCache(), folder.path());
        return collect(work, made, keys, uses, store);
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
        Map<String, Synthesizer> open = new HashMap<>();
        try {
            for (int i = next.getAndIncrement(); i < work.size() && !failed.get(); i = next.getAndIncrement()) {
                Work item = work.get(i);
                UtteranceCache.Entry cached = readCache ? store.read(item.key()) : null;
                if (cached != null) {
                    made[i] = new Made(cached.format(), cached.samples().length, true);
                } else {
                    Clip clip = synthesizerFor(item.profile().voice(), open).synthesize(item.utterance(),
                            item.profile());
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

    private Synthesizer synthesizerFor(String voice, Map<String, Synthesizer> open) throws RecastException {
        Synthesizer synthesizer = open.get(voice);
        if (synthesizer == null) {
            // Opening and closing FreeTTS voices at once failed (an IndexOutOfBoundsException
            // in a render with two workers); the engine shares state between voices. One at a time.
            synchronized (SynthesisPool.class) {
                synthesizer = synthesizers.open(voice, lexicon);
            }
            open.put(voice, synthesizer);
        }
        return synthesizer;
    }

    /** Checks every clip came in one format, in utterance order, and keeps the lengths. */
    private static Synthesis collect(List<Work> work, Made[] made, Map<String, String> keys,
            Map<String, Integer> uses, UtteranceCache store) throws RecastException {
        Map<String, Integer> lengths = new HashMap<>();
        PcmFormat format = made[0].format();
        VoiceProfile formatSetBy = work.get(0).profile();
        int cacheHits = 0;
        int repeats = 0;
        for (int i = 0; i < work.size(); i++) {
            Work item = work.get(i);
            PcmFormat own = made[i].format();
            if (!format.equals(own)) {
                if (!item.profile().soundsLike(formatSetBy)) {
                    throw RecastException.input(null, "voice profiles '" + formatSetBy.name() + "' ("
                            + formatSetBy.voice() + ", " + format.sampleRate() + " Hz) and '" + item.profile().name()
                            + "' (" + item.profile().voice() + ", " + own.sampleRate()
                            + " Hz) give different audio formats; one episode needs one sample rate, so use "
                            + "the same engine voice in every profile");
                }
                throw new RecastException(RecastException.Kind.FAILURE, item.utterance().id(),
                        "the engine changed audio format mid-episode: " + own + " after " + format);
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
