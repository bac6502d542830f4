package dev.recast.episode;

/**
 * How an episode's level was set, for the report.
 *
 * @param targetLufs the integrated loudness aimed at
 * @param ceilingDbtp the highest true peak allowed
 * @param beforeLufs the loudness as synthesized (−∞ for silence)
 * @param beforePeakDbtp the true peak as synthesized
 * @param gainDb the gain applied to every clip before limiting
 * @param afterLufs the loudness of the levelled episode
 * @param afterPeakDbtp the true peak of the levelled episode
 */
public record Levels(double targetLufs, double ceilingDbtp, double beforeLufs, double beforePeakDbtp,
        double gainDb, double afterLufs, double afterPeakDbtp) {
}
