package dev.recast.ingest;

import dev.recast.RecastException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an SRT file's cues into caption lines: cue numbers and timings are the format's and are
 * left out, as are inline tags ({@code <i>}, {@code {\an8}}); a line starting with a dash starts a
 * new speaker's turn, and the dash goes.
 */
final class SrtReader {

    private static final Pattern CUE_NUMBER = Pattern.compile("\\d+");
    private static final Pattern TURN_DASH = Pattern.compile("^\\s*-[ \\t]*(?=[^\\d\\s])");

    private SrtReader() {
    }

    static List<CaptionLine> read(String file, List<SourceLine> lines) throws RecastException {
        List<CaptionLine> captions = new ArrayList<>();
        for (List<SourceLine> block : CaptionSyntax.blocks(lines)) {
            SourceLine number = block.get(0);
            if (!CUE_NUMBER.matcher(number.text().strip()).matches()) {
                throw RecastException.input(RecastException.at(file, number.number()),
                        "expected a cue number, found '" + number.text().strip() + "'");
            }
            String where = RecastException.at(file, block.size() < 2 ? number.number() : block.get(1).number());
            Matcher timing = block.size() < 2 ? null : CaptionSyntax.TIMING.matcher(block.get(1).text().strip());
            if (timing == null || !timing.matches()) {
                throw RecastException.input(where, "expected a cue timing line 'start --> end' after cue " + number.text().strip());
            }
            long start = CaptionSyntax.millis(timing.group(1), ',', false, where);
            long end = CaptionSyntax.millis(timing.group(2), ',', false, where);
            for (SourceLine line : block.subList(2, block.size())) {
                String plain = CaptionSyntax.plainText(line.text());
                Matcher dash = TURN_DASH.matcher(plain);
                boolean newTurn = dash.find();
                String text = newTurn ? plain.substring(dash.end()) : plain;
                if (!text.isBlank()) {
                    captions.add(new CaptionLine(line.number(), start, end, null, newTurn, text));
                }
            }
        }
        return captions;
    }
}
