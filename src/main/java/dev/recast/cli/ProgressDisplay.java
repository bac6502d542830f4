package dev.recast.cli;

import dev.recast.pipeline.RenderProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows a render's progress on stderr, over the utterances as they are synthesized, then over the
 * audio of a stage that goes through the whole episode (the MP3's encoding, the longest): on a
 * terminal one bar redrawn in place, otherwise a plain line now and then (logs and CI keep every
 * line), nothing at all when quiet.
 */
final class ProgressDisplay implements RenderProgress {

    private static final int BAR_WIDTH = 24;
    private static final long BAR_EVERY_NANOS = 100_000_000L;
    private static final long LINE_EVERY_NANOS = 10_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final boolean quiet;
    private final LongSupplier clock;
    private int total;
    private int done;
    private double audioSeconds;
    /** The stage after synthesis being shown, or null while synthesizing. */
    private String stage;
    private long stageSamples;
    private long stageDone;
    private int stageRate;
    private long started;
    private long lastShown;
    private boolean barShown;

    ProgressDisplay(PrintStream err, boolean terminal, boolean quiet, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.clock = clock;
    }

    @Override
    public synchronized void note(String message) {
        if (!quiet) {
            endBar();
            err.println("recast: " + message);
        }
    }

    @Override
    public synchronized void synthesisStarted(int utterances) {
        stage = null;
        total = utterances;
        done = 0;
        audioSeconds = 0;
        restart();
    }

    @Override
    public synchronized void utteranceDone(long samples, int sampleRate, boolean cached) {
        done++;
        audioSeconds += (double) samples / sampleRate;
        show(done == total);
    }

    @Override
    public synchronized void stageStarted(String stage, long samples, int sampleRate) {
        endBar();
        this.stage = stage;
        stageSamples = samples;
        stageDone = 0;
        stageRate = sampleRate;
        restart();
    }

    @Override
    public synchronized void stageAdvanced(long samples) {
        stageDone += samples;
        show(stageDone >= stageSamples);
    }

    private void restart() {
        started = clock.getAsLong();
        lastShown = started;
    }

    private void show(boolean last) {
        if (quiet) {
            return;
        }
        long now = clock.getAsLong();
        if (terminal && (now - lastShown >= BAR_EVERY_NANOS || last)) {
            TerminalText.redraw(err, bar(now));
            err.flush();
            barShown = true;
            lastShown = now;
            if (last) {
                endBar();
            }
        } else if (!terminal && now - lastShown >= LINE_EVERY_NANOS) {
            err.println("recast: " + status(now));
            lastShown = now;
        }
    }

    private String bar(long now) {
        double fraction = stage != null ? (stageSamples == 0 ? 1 : (double) stageDone / stageSamples)
                : total == 0 ? 1 : (double) done / total;
        int filled = (int) (BAR_WIDTH * Math.min(1, fraction));
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + status(now);
    }

    private String status(long now) {
        double wall = Math.max((now - started) / 1e9, 1e-9);
        if (stage != null) {
            double doneSeconds = (double) stageDone / stageRate;
            double eta = stageDone == 0 ? 0 : wall * (stageSamples - stageDone) / stageDone;
            return String.format(Locale.ROOT, "%s: %s of %s, %.0fx real time, ETA %s", stage,
                    RenderCommand.clock(doneSeconds), RenderCommand.clock((double) stageSamples / stageRate),
                    doneSeconds / wall, RenderCommand.clock(eta));
        }
        double eta = done == 0 ? 0 : wall * (total - done) / done;
        return String.format(Locale.ROOT, "%d/%d utterances, %s of audio, %.0fx real time, ETA %s",
                done, total, RenderCommand.clock(audioSeconds), audioSeconds / wall, RenderCommand.clock(eta));
    }

    private void endBar() {
        if (barShown) {
            err.println();
            barShown = false;
        }
    }
}
