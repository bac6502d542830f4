package dev.recast.episode;

import dev.recast.audio.PcmSource;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The episode's audio as the timeline lays it out: each utterance's clip, then its pause in
 * silence. Any span of it streams, one clip in memory at a time, with a gain applied.
 */
public final class EpisodeAudio {

    private final Timeline timeline;
    private final ClipSource clips;
    private final double gain;

    public EpisodeAudio(Timeline timeline, ClipSource clips) {
        this(timeline, clips, 1.0);
    }

    private EpisodeAudio(Timeline timeline, ClipSource clips, double gain) {
        if (!(gain > 0) || Double.isInfinite(gain)) {
            throw new IllegalArgumentException("gain must be positive: " + gain);
        }
        this.timeline = timeline;
        this.clips = clips;
        this.gain = gain;
    }

    public Timeline timeline() {
        return timeline;
    }

    public double gain() {
        return gain;
    }

    /** The same audio scaled by {@code linear} (on top of this one's gain); samples saturate at full scale. */
    public EpisodeAudio withGain(double linear) {
        return new EpisodeAudio(timeline, clips, gain * linear);
    }

    public PcmSource episode() {
        return span(0, timeline.totalSamples());
    }

    public PcmSource section(SectionSpan section) {
        return span(section.startSample(), section.endSample());
    }

    /** Samples {@code [start, end)} of the episode. */
    public PcmSource span(long start, long end) {
        if (start < 0 || end < start || end > timeline.totalSamples()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " is outside the episode (0.."
                    + timeline.totalSamples() + ")");
        }
        return new Reader(start, end);
    }

    /** Walks the placed utterances from the one holding {@code start}, loading one clip at a time. */
    private final class Reader implements PcmSource {
        private final List<Placed> placed = timeline.utterances();
        private long position;
        private final long end;
        private int index;
        private short[] clip;

        Reader(long start, long end) {
            this.position = start;
            this.end = end;
            this.index = firstEndingAfter(start);
        }

        @Override
        public int read(short[] buffer, int offset, int length) throws IOException {
            if (position >= end) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            while (placed.get(index).endSample() <= position) {
                index++;
                clip = null;
            }
            Placed p = placed.get(index);
            int n = (int) Math.min(length, Math.min(end, p.endSample()) - position);
            if (position < p.speechEndSample()) {
                if (clip == null) {
                    clip = clips.samples(p.utterance());
                    if (clip.length != p.speechEndSample() - p.startSample()) {
                        throw new IOException("clip of " + p.utterance().id() + " has " + clip.length
                                + " samples, the timeline placed " + (p.speechEndSample() - p.startSample()));
                    }
                }
                n = (int) Math.min(n, p.speechEndSample() - position);
                int from = (int) (position - p.startSample());
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = scale(clip[from + i]);
                }
            } else {
                Arrays.fill(buffer, offset, offset + n, (short) 0);
            }
            position += n;
            return n;
        }

        private short scale(short sample) {
            if (gain == 1.0) {
                return sample;
            }
            long scaled = Math.round(sample * gain);
            return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, scaled));
        }

        private int firstEndingAfter(long sample) {
            int lo = 0;
            int hi = placed.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (placed.get(mid).endSample() <= sample) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
