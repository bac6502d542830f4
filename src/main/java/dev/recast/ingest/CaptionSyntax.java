package dev.recast.ingest;

import dev.recast.RecastException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What WebVTT and SRT files share: blank-line-separated blocks, cue timings, inline markup. */
final class CaptionSyntax {

    /** A cue's timing line: {@code start --> end}, then optional cue settings. */
    static final Pattern TIMING = Pattern.compile("(\\S+)\\s+-->\\s+(\\S+)(?:\\s.*)?");
    // Tags (<i>, <c.x>, <00:00:01.000>, </v>) and SSA overrides ({\an8}) format text; they say nothing.
    private static final Pattern CUE_NUMBER = Pattern.compile("\\s*\\d+\\s*");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX](\\p{XDigit}{1,6})|(\\d{1,7}));");
    // "&amp;" last, so "&amp;lt;" reads as the text "&lt;", not as "<".
    private static final Map<String, String> NAMED_ENTITIES = Map.of(
            "&lt;", "<", "&gt;", ">", "&quot;", "\"", "&apos;", "'",
            "&nbsp;", " ", "&lrm;", "", "&rlm;", "");

    private CaptionSyntax() {
    }

    /**
     * The file's cue blocks, in order: runs of non-blank lines. A second timing line inside a run
     * starts a new block (with the cue number just before it), since files missing the blank line
     * between cues are common and "-->" never belongs to cue text.
     */
    static List<List<SourceLine>> blocks(List<SourceLine> lines) {
        List<List<SourceLine>> blocks = new ArrayList<>();
        List<SourceLine> block = new ArrayList<>();
        boolean timed = false;
        for (SourceLine line : lines) {
            boolean timing = TIMING.matcher(line.text().strip()).matches();
            if (line.text().isBlank() || (timing && timed)) {
                SourceLine cueNumber = timing && !block.isEmpty() && CUE_NUMBER.matcher(last(block).text()).matches()
                        ? block.remove(block.size() - 1)
                        : null;
                if (!block.isEmpty()) {
                    blocks.add(List.copyOf(block));
                }
                block.clear();
                timed = false;
                if (cueNumber != null) {
                    block.add(cueNumber);
                }
            }
            if (!line.text().isBlank()) {
                block.add(line);
                timed |= timing;
            }
        }
        if (!block.isEmpty()) {
            blocks.add(List.copyOf(block));
        }
        return blocks;
    }

    private static SourceLine last(List<SourceLine> block) {
        return block.get(block.size() - 1);
    }

    /**
     * A timestamp in milliseconds: {@code hh:mm:ss.ttt}, hours optional when {@code hoursOptional}.
     * {@code separator} is the one character the format puts before the milliseconds.
     */
    static long millis(String timestamp, char separator, boolean hoursOptional, String where)
            throws RecastException {
        String hours = hoursOptional ? "(?:(\\d{2,}):)?" : "(\\d{1,2}):";
        Matcher m = Pattern.compile(hours + "([0-5]\\d):([0-5]\\d)" + Pattern.quote(String.valueOf(separator))
                + "(\\d{3})").matcher(timestamp);
        if (!m.matches()) {
            String form = (hoursOptional ? "[hh:]" : "hh:") + "mm:ss" + separator + "ttt";
            throw RecastException.input(where, "bad timestamp '" + timestamp + "' (expected " + form + ")");
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return ((h * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000
                + Long.parseLong(m.group(4));
    }

    /** Text with its tags removed and its character references resolved. */
    static String plainText(String marked) {
        String text = TAG.matcher(marked).replaceAll("");
        Matcher m = NUMERIC_ENTITY.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            int codePoint = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            String character = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : m.group();
            m.appendReplacement(resolved, Matcher.quoteReplacement(character));
        }
        m.appendTail(resolved);
        text = resolved.toString();
        for (Map.Entry<String, String> entity : NAMED_ENTITIES.entrySet()) {
            text = text.replace(entity.getKey(), entity.getValue());
        }
        return text.replace("&amp;", "&");
    }
}
