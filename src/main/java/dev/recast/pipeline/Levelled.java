package dev.recast.pipeline;

import dev.recast.RecastException;
import dev.recast.concurrent.WorkerPool;
import dev.recast.episode.ClipSource;
import dev.recast.episode.EpisodeAudio;
import dev.recast.episode.Levels;
import dev.recast.episode.LoudnessNormalizer;
import dev.recast.episode.Timeline;
import dev.recast.storage.ClipSpool;
import dev.recast.storage.KeptReadings;
import dev.recast.storage.OutputDirectory;
import dev.recast.synth.UtteranceCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * The level stage: the episode's audio as it is published, brought to the loudness asked for, or
 * as synthesized when none is. Levelling limits every clip, so the levelled clips are made once
 * and kept, in the cache or in a spool beside the outputs, open until this is closed.
 */
final class Levelled implements AutoCloseable {

    /** The spool the levelled clips are read from, and its file, named when it fails. */
    private record Spool(ClipSpool clips, Path file) {
    }

    private final EpisodeAudio audio;
    private final Optional<Levels> levels;
    private final Optional<Spool> spool;

    private Levelled(EpisodeAudio audio, Optional<Levels> levels, Optional<Spool> spool) {
        this.audio = audio;
        this.levels = levels;
        this.spool = spool;
    }

    /**
     * Levels the episode to {@code target} LUFS when one is given, and records for the next render
     * into {@code out} the gain that met it and where what was measured on the way is kept.
     *
     * @param cache where levelled clips are kept across renders; null for none
     */
    static Levelled level(Timeline timeline, ClipSource clips, OptionalDouble target, OutputDirectory out,
            UtteranceCache cache, WorkerPool workers, Consumer<String> progress) throws RecastException {
        if (target.isEmpty()) {
            return new Levelled(new EpisodeAudio(timeline, clips), Optional.empty(), Optional.empty());
        }
        Path spoolFile = out.scratchFile("levelled-clips");
        ClipSpool spool;
        try {
            spool = new ClipSpool(timeline, spoolFile, workers, cache);
        } catch (IOException e) {
            throw spoolNotWritable(spoolFile, e);
        }
        try {
            LoudnessNormalizer.Normalized normalized = normalize(timeline, clips, target.getAsDouble(), out, spool,
                    workers, cache, progress);
            return new Levelled(new EpisodeAudio(timeline, normalized.clips()), Optional.of(normalized.levels()),
                    Optional.of(new Spool(spool, spoolFile)));
        } catch (RecastException | RuntimeException e) {
            try {
                spool.close();
            } catch (IOException suppressed) {
                e.addSuppressed(spoolNotWritable(spoolFile, suppressed));
            }
            throw e;
        }
    }

    EpisodeAudio audio() {
        return audio;
    }

    /** How the audio was levelled; empty when it is as synthesized. */
    Optional<Levels> levels() {
        return levels;
    }

    @Override
    public void close() throws RecastException {
        if (spool.isPresent()) {
            try {
                spool.get().clips().close();
            } catch (IOException e) {
                throw spoolNotWritable(spool.get().file(), e);
            }
        }
    }

    private static LoudnessNormalizer.Normalized normalize(Timeline timeline, ClipSource clips, double target,
            OutputDirectory out, ClipSpool keeper, WorkerPool workers, UtteranceCache cache,
            Consumer<String> progress) throws RecastException {
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

    private static RecastException spoolNotWritable(Path file, IOException e) {
        return new RecastException(RecastException.Kind.ENVIRONMENT, file.toString(),
                OutputDirectory.notWritable(e), e);
    }
}
