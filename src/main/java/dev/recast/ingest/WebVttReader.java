package dev.recast.ingest;

import dev.recast.RecastException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a WebVTT file's cues into caption lines: the {@code WEBVTT} header, NOTE, STYLE and REGION
 * blocks, cue identifiers, timings and settings are the format's, not the transcript's, and are
 * left out; a {@code <v Speaker>} tag names the speaker of the cue's text from there on.
 */
final class WebVttReader {

    private static final Pattern HEADER = Pattern.compile("WEBVTT(?:[ \\t].*)?");
    private static final Pattern NON_CUE_BLOCK = Pattern.compile("(?:NOTE|STYLE|REGION)(?:[ \\t].*)?");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]+)*[ \\t]+([^>]+)>");

    private WebVttReader() {
    }

    static List<CaptionLine> read(String file, List<SourceLine> lines) throws RecastException {
        if (lines.isEmpty() || !HEADER.matcher(lines.get(0).text()).matches()) {
            throw RecastException.input(RecastException.at(file, 1),
                    "not a WebVTT file: the first line must be 'WEBVTT'");
        }
        List<List<SourceLine>> blocks = CaptionSyntax.blocks(lines);
        List<CaptionLine> captions = new ArrayList<>();
        // The first block is the header and its metadata.
        for (List<SourceLine> block : blocks.subList(1, blocks.size())) {
            if (NON_CUE_BLOCK.matcher(block.get(0).text()).matches()) {
                continue;
            }
            int timingAt = block.get(0).text().contains("-->") ? 0 : 1;
            if (timingAt >= block.size() || !block.get(timingAt).text().contains("-->")) {
                SourceLine at = block.get(Math.min(timingAt, block.size() - 1));
                throw RecastException.input(RecastException.at(file, at.number()),
                        "expected a cue timing line 'start --> end'");
            }
            captions.addAll(cue(file, block.get(timingAt), block.subList(timingAt + 1, block.size())));
        }
        return captions;
    }

    private static List<CaptionLine> cue(String file, SourceLine timing, List<SourceLine> text)
            throws RecastException {
        String where = RecastException.at(file, timing.number());
        Matcher m = CaptionSyntax.TIMING.matcher(timing.text().strip());
        if (!m.matches()) {
            throw RecastException.input(where, "expected a cue timing line 'start --> end'");
        }
        long start = CaptionSyntax.millis(m.group(1), '.', true, where);
        long end = CaptionSyntax.millis(m.group(2), '.', true, where);
        List<CaptionLine> lines = new ArrayList<>();
        String speaker = null;
        for (SourceLine line : text) {
            Matcher voice = VOICE.matcher(line.text());
            if (voice.find()) {
                speaker = voice.group(1).strip();
            }
            String plain = CaptionSyntax.plainText(line.text());
            if (!plain.isBlank()) {
                lines.add(new CaptionLine(line.number(), start, end, speaker, false, plain));
            }
        }
        return lines;
    }
}
