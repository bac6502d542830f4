package dev.recast.audio;

/**
 * A chapter as an MP3 tag states it: an element id unique in the tag, a title, and its span in
 * whole milliseconds.
 */
public record ChapterMark(String id, String title, long startMillis, long endMillis) {

    public ChapterMark {
        if (id == null || id.isEmpty() || !id.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("a chapter id is printable ASCII without spaces: " + id);
        }
        if (title == null) {
            throw new IllegalArgumentException("a chapter has a title");
        }
        if (startMillis < 0 || endMillis < startMillis || endMillis > 0xFFFF_FFFEL) {
            throw new IllegalArgumentException("chapter " + id + " spans " + startMillis + " to " + endMillis + " ms");
        }
    }
}
