package dev.recast.episode;

import dev.recast.audio.PcmSource;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The episode's audio as the timeline lays it out: each utterance's clip, then its pause in
 * silence. Any span of it streams, one clip in memory at a time.
 */
public final class EpisodeAudio {

    private final Timeline timeline;
    private final ClipSource clips;

    public EpisodeAudio(Timeline timeline, ClipSource clips) {
        this.timeline = timeline;
        this.clips = clips;
    }

    public Timeline timeline() {
        return timeline;
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

    /**
     * A name for samples {@code [start, end)} that changes whenever they would: the format, the
     * length, and the content key and place of each clip in the span (the rest is silence). Empty
     * when a clip in it has no key.
     */
    public Optional<String> contentKey(long start, long end) {
        ContentDigest digest = new ContentDigest().add("span " + timeline.format() + " " + (end - start));
        for (Placed p : timeline.utterances()) {
            if (p.speechEndSample() > start && p.startSample() < end) {
                Optional<String> key = clips.contentKey(p.utterance());
                if (key.isEmpty()) {
                    return Optional.empty();
                }
                digest.add((p.startSample() - start) + " " + (p.speechEndSample() - p.startSample()) + " " + key.get());
            }
        }
        return Optional.of(digest.hex());
    }

    /** The clip of a placed utterance, checked to be as long as the timeline placed it. */
    static short[] clip(ClipSource clips, Placed p) throws IOException {
        short[] clip = clips.samples(p.utterance());
        if (clip.length != p.speechEndSample() - p.startSample()) {
            throw new IOException("clip of " + p.utterance().id() + " has " + clip.length
                    + " samples, the timeline placed " + (p.speechEndSample() - p.startSample()));
        }
        return clip;
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
            if (position < p.startSample()) {
                // Silence before a section's first utterance, placed where the source said it.
                n = (int) Math.min(n, p.startSample() - position);
                Arrays.fill(buffer, offset, offset + n, (short) 0);
            } else if (position < p.speechEndSample()) {
                if (clip == null) {
                    clip = clip(clips, p);
                }
                n = (int) Math.min(n, p.speechEndSample() - position);
                int from = (int) (position - p.startSample());
                System.arraycopy(clip, from, buffer, offset, n);
            } else {
                Arrays.fill(buffer, offset, offset + n, (short) 0);
            }
            position += n;
            return n;
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
