package dev.recast.episode;

import dev.recast.audio.PeakLimiter;
import dev.recast.segment.Utterance;
import java.io.IOException;
import java.util.Optional;

/**
 * Clips at a new level: each scaled by one gain and peak-limited on its own. Every clip is
 * followed by a pause in silence, so limiting clip by clip gives the same samples as limiting
 * the whole episode, while holding only one clip in memory.
 */
public final class LevelledClips implements ClipSource {

    private final ClipSource clips;
    private final double gain;
    private final PeakLimiter limiter;
    private final Readings readings;

    /**
     * @param gainDb the gain for every clip, in dB
     * @param readings where each levelled clip's true peak, which the limiter measures anyway, is kept,
     *        and the clip's own peak as given, when the limiter read it on the way
     */
    public LevelledClips(ClipSource clips, double gainDb, PeakLimiter limiter, Readings readings) {
        this.clips = clips;
        this.gain = Math.pow(10, gainDb / 20);
        this.limiter = limiter;
        this.readings = readings;
    }

    @Override
    public short[] samples(Utterance utterance) throws IOException {
        PeakLimiter.Levelled levelled = limiter.apply(clips.samples(utterance), gain);
        Optional<String> sourceKey = clips.contentKey(utterance);
        if (sourceKey.isPresent()) {
            readings.record(EpisodeMeter.peakReading(levelledKey(sourceKey.get())), levelled.truePeak());
            if (levelled.sourcePeak().isPresent()) {
                readings.record(EpisodeMeter.peakReading(sourceKey.get()), levelled.sourcePeak().getAsDouble());
            }
        }
        return levelled.samples();
    }

    /** The clip's own key with the gain, to the bit, and the limiter that levelled it. */
    @Override
    public Optional<String> contentKey(Utterance utterance) {
        return clips.contentKey(utterance).map(this::levelledKey);
    }

    private String levelledKey(String sourceKey) {
        return ContentDigest.of("levelled", sourceKey, Long.toHexString(Double.doubleToLongBits(gain)),
                limiter.settings());
    }
}
