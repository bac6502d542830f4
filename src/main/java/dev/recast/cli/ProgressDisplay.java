package dev.recast.cli;

import dev.recast.pipeline.RenderProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows a render's progress on stderr: on a terminal one bar redrawn in place, otherwise a
 * plain line now and then (logs and CI keep every line), nothing at all when quiet.
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
        total = utterances;
        done = 0;
        audioSeconds = 0;
        started = clock.getAsLong();
        lastShown = started;
    }

    @Override
    public synchronized void utteranceDone(long samples, int sampleRate, boolean cached) {
        done++;
        audioSeconds += (double) samples / sampleRate;
        if (quiet) {
            return;
        }
        long now = clock.getAsLong();
        boolean last = done == total;
        if (terminal && (now - lastShown >= BAR_EVERY_NANOS || last)) {
            err.print("\r" + bar(now));
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
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + status(now);
    }

    private String status(long now) {
        double wall = Math.max((now - started) / 1e9, 1e-9);
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
