package dev.recast.audio;

/** A labelled position in a WAV file (a chapter start), in sample frames from the first frame. */
public record CuePoint(int id, long sampleOffset, String label) {
    public CuePoint {
        if (id < 1) {
            throw new IllegalArgumentException("cue ids start at 1: " + id);
        }
        if (sampleOffset < 0 || sampleOffset > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("cue offset out of range: " + sampleOffset);
        }
        if (label == null) {
            throw new IllegalArgumentException("a cue point has a label");
        }
    }
}
