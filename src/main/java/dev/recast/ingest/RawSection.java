package dev.recast.ingest;

import java.util.List;

/**
 * A section as read from its file, before cleaning.
 *
 * @param index 1-based position in the episode
 * @param source the file name, as shown in messages and reports
 * @param title the title the manifest gives, else a caption file's header ({@code Title:}), or null
 * @param lines every line of the file, in order
 * @param decoding the lines that were not valid UTF-8 and how they were read
 */
public record RawSection(int index, String source, String title, List<SourceLine> lines,
        List<DecodingNote> decoding) {
    public RawSection(int index, String source, String title, List<SourceLine> lines) {
        this(index, source, title, lines, List.of());
    }

    public RawSection {
        if (index < 1) {
            throw new IllegalArgumentException("section index starts at 1: " + index);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a section names its source");
        }
        lines = List.copyOf(lines);
        decoding = List.copyOf(decoding);
    }
}
