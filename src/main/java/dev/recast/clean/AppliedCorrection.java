package dev.recast.clean;

import dev.recast.ingest.Correction;

/** A correction the cleaner made in a section, and how many times. */
public record AppliedCorrection(Correction correction, int count) {
    public AppliedCorrection {
        if (correction == null || count < 1) {
            throw new IllegalArgumentException("an applied correction was applied at least once");
        }
    }
}
