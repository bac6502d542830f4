package dev.recast.ingest;

/**
 * Where a piece of text stood in the original recording, as a caption file times it.
 *
 * @param startMillis when it starts, in milliseconds from the recording's start
 * @param endMillis when it ends; never before it starts
 */
public record SourceTime(long startMillis, long endMillis) {
    public SourceTime {
        if (startMillis < 0 || endMillis < startMillis) {
            throw new IllegalArgumentException("a source time runs forward from zero: " + startMillis + " to " + endMillis);
        }
    }

    /** The span from this one's start to {@code later}'s end. */
    public SourceTime through(SourceTime later) {
        return new SourceTime(Math.min(startMillis, later.startMillis), Math.max(endMillis, later.endMillis));
    }
}
