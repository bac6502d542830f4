package dev.recast.clean;

import dev.recast.ingest.Correction;

/**
 * A regex correction that took more steps on a block's text than {@link TranscriptCleaner} allows
 * it: a pattern such as {@code (.*a){30}} backtracks for longer than any render would last.
 * Unchecked, as it leaves the cleaning stage from inside its stream of blocks; the pipeline reports
 * it at the correction's line.
 */
public final class SlowCorrectionException extends RuntimeException {

    private final transient Correction correction;
    private final String source;
    private final int line;

    SlowCorrectionException(Correction correction, String source, int line) {
        super(correction.from() + " took too long on " + source + ":" + line);
        this.correction = correction;
        this.source = source;
        this.line = line;
    }

    /** The correction, whose location is where to report it. */
    public Correction correction() {
        return correction;
    }

    /** The section file whose text it ran on. */
    public String source() {
        return source;
    }

    /** The line its block starts at. */
    public int line() {
        return line;
    }
}
