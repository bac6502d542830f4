package dev.recast.ingest;

import dev.recast.RecastException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an SRT file's cues: blocks between blank lines (white space alone counts as blank), each a
 * cue number, a timing line and text. Cue numbers and timings are the format's and are left out,
 * as is markup ({@code <i>}, {@code <font color=…>}, {@code {\an8}}); a line starting with a dash
 * starts a new speaker's turn, and the dash goes.
 */
final class SrtReader {

    private static final Pattern CUE_NUMBER = Pattern.compile("\\s*\\d+\\s*");

    private SrtReader() {
    }

    static CaptionFile read(String file, List<SourceLine> lines) throws RecastException {
        List<CaptionCue> cues = new ArrayList<>();
        for (List<SourceLine> block : CaptionSyntax.blocks(lines, String::isBlank)) {
            SourceLine first = block.get(0);
            // Some tools leave the cue number out; the timing line then opens the block.
            int timingAt = CaptionSyntax.TIMING.matcher(first.text()).matches() ? 0 : 1;
            if (timingAt == 1 && !CUE_NUMBER.matcher(first.text()).matches()) {
                throw RecastException.input(RecastException.at(file, first.number()),
                        "expected a cue number, found '" + first.text().strip() + "'");
            }
            String where = RecastException.at(file, block.size() <= timingAt ? first.number() : block.get(timingAt).number());
            Matcher timing = block.size() <= timingAt ? null : CaptionSyntax.TIMING.matcher(block.get(timingAt).text());
            if (timing == null || !timing.matches()) {
                throw RecastException.input(where, "expected a cue timing line 'start --> end' after cue " + first.text().strip());
            }
            SourceTime time = CaptionSyntax.time(timing, CaptionSyntax.Timestamps.SRT, where);
            cues.add(CaptionCue.read(block.get(timingAt).number(), time, block.subList(timingAt + 1, block.size())));
        }
        return new CaptionFile(Optional.empty(), cues);
    }
}
