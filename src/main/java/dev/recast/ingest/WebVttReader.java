package dev.recast.ingest;

import dev.recast.RecastException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a WebVTT file's cues as a browser's WebVTT parser does: only an empty line ends a block
 * (YouTube puts a line holding one space inside its cues); the {@code WEBVTT} line and its header
 * ({@code Kind: captions}, {@code Language: en}), NOTE, STYLE and REGION blocks, cue identifiers,
 * timings and cue settings are the format's, not the transcript's, and are left out. A header's
 * {@code Title:} line titles the file.
 */
final class WebVttReader {

    private static final Pattern HEADER = Pattern.compile("WEBVTT(?:[ \\t].*)?");
    private static final Pattern NON_CUE_BLOCK = Pattern.compile("(?:NOTE|STYLE|REGION)(?:[ \\t].*)?");
    // Header metadata tools write ("Kind: captions", "X-TIMESTAMP-MAP=LOCAL:…"); other lines outside
    // a cue are not known to be anything but text, and are reported rather than dropped.
    private static final Pattern METADATA = Pattern.compile("(?i)\\s*(?:kind|language|title|author|copyright|source"
            + "|description|date|x-timestamp-map)\\s*[:=].*");
    private static final Pattern TITLE = Pattern.compile("(?i)\\s*title\\s*:\\s*(.*)");

    private WebVttReader() {
    }

    static CaptionFile read(String file, List<SourceLine> lines) throws RecastException {
        if (lines.isEmpty() || !HEADER.matcher(lines.get(0).text()).matches()) {
            throw RecastException.input(RecastException.at(file, 1),
                    "not a WebVTT file: the first line must be 'WEBVTT'");
        }
        List<List<SourceLine>> blocks = new ArrayList<>(CaptionSyntax.blocks(lines, String::isEmpty));
        // The header runs to the first empty line, or to a timing line that starts the first cue.
        List<SourceLine> header = blocks.remove(0);
        int firstTiming = 1;
        while (firstTiming < header.size() && !header.get(firstTiming).text().contains("-->")) {
            firstTiming++;
        }
        if (firstTiming < header.size()) {
            blocks.add(0, header.subList(firstTiming, header.size()));
        }
        Optional<String> title = title(header.subList(1, firstTiming));
        List<CaptionCue> cues = new ArrayList<>();
        for (List<SourceLine> block : blocks) {
            if (NON_CUE_BLOCK.matcher(block.get(0).text()).matches()) {
                continue;
            }
            int timingAt = block.get(0).text().contains("-->") ? 0 : 1;
            if (timingAt < block.size() && block.get(timingAt).text().contains("-->")) {
                cues.add(cue(file, block.get(timingAt), block.subList(timingAt + 1, block.size())));
            } else if (cues.isEmpty() && block.stream().allMatch(line -> METADATA.matcher(line.text()).matches())) {
                title = title.or(() -> title(block)); // header lines a tool wrote after an empty line
            } else {
                SourceLine at = block.get(Math.min(timingAt, block.size() - 1));
                throw RecastException.input(RecastException.at(file, at.number()),
                        "expected a cue timing line 'start --> end'");
            }
        }
        return new CaptionFile(title, cues);
    }

    private static Optional<String> title(List<SourceLine> header) {
        return header.stream()
                .map(line -> TITLE.matcher(line.text()))
                .filter(Matcher::matches)
                .map(m -> CharacterReferences.resolve(m.group(1)).strip())
                .filter(title -> !title.isEmpty())
                .findFirst();
    }

    private static CaptionCue cue(String file, SourceLine timing, List<SourceLine> text) throws RecastException {
        String where = RecastException.at(file, timing.number());
        Matcher m = CaptionSyntax.TIMING.matcher(timing.text());
        if (!m.matches()) {
            throw RecastException.input(where, "expected a cue timing line 'start --> end'");
        }
        SourceTime time = CaptionSyntax.time(m, CaptionSyntax.Timestamps.WEBVTT, where);
        return CaptionCue.read(timing.number(), time, text);
    }
}
