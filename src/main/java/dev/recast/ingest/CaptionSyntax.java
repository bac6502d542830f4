package dev.recast.ingest;

import dev.recast.RecastException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What WebVTT and SRT files share: cue blocks, cue timings. */
final class CaptionSyntax {

    /** A cue's timing line: {@code start --> end}, white space around the arrow optional, then cue settings. */
    static final Pattern TIMING = Pattern.compile("\\s*(\\S+?)\\s*-->\\s*(\\S+)(?:\\s.*)?");
    private static final Pattern CUE_NUMBER = Pattern.compile("\\s*\\d+\\s*");
    // Past this a timestamp is a typo, not a recording: over a year.
    private static final long MAX_HOURS = 9_999;

    private CaptionSyntax() {
    }

    /**
     * The file's blocks, in order: runs of lines between separator lines. A second timing line
     * inside a run starts a new block (with the cue identifier just before it), since files
     * missing the separator between cues are common and "-->" never belongs to cue text.
     */
    static List<List<SourceLine>> blocks(List<SourceLine> lines, Predicate<String> separator) {
        List<List<SourceLine>> blocks = new ArrayList<>();
        List<SourceLine> block = new ArrayList<>();
        boolean timed = false;
        for (SourceLine line : lines) {
            boolean timing = TIMING.matcher(line.text()).matches();
            boolean separates = separator.test(line.text());
            if (separates || (timing && timed)) {
                SourceLine cueNumber = timing && isIdentifier(block) ? block.remove(block.size() - 1) : null;
                if (!block.isEmpty()) {
                    blocks.add(List.copyOf(block));
                }
                block.clear();
                timed = false;
                if (cueNumber != null) {
                    block.add(cueNumber);
                }
            }
            if (!separates) {
                block.add(line);
                timed |= timing;
            }
        }
        if (!block.isEmpty()) {
            blocks.add(List.copyOf(block));
        }
        return blocks;
    }

    /**
     * Whether the block's last line names the cue whose timing line comes next: a cue number, or
     * any line after a line of white space, the separator a careless tool wrote instead of an
     * empty one.
     */
    private static boolean isIdentifier(List<SourceLine> block) {
        int last = block.size() - 1;
        return last >= 0 && (CUE_NUMBER.matcher(block.get(last).text()).matches()
                || last >= 1 && block.get(last - 1).text().isBlank());
    }

    /** How a format writes a cue timing's timestamps. */
    enum Timestamps {
        /** WebVTT: hours optional, a full stop before the milliseconds. */
        WEBVTT("(?:(\\d+):)?", "[.]", "[hh:]mm:ss.ttt"),
        /**
         * SRT: hours given, a comma before the milliseconds; converters often write WebVTT's full
         * stop instead, which players read as well.
         */
        SRT("(\\d+):", "[,.]", "hh:mm:ss,ttt");

        private final Pattern pattern;
        private final String form;

        Timestamps(String hours, String millisSeparator, String form) {
            this.pattern = Pattern.compile(hours + "([0-5]\\d):([0-5]\\d)" + millisSeparator + "(\\d{3})");
            this.form = form;
        }
    }

    /**
     * A cue's time from its timing line, located at {@code where} when it is wrong. Hours take any
     * number of digits ({@code 0:00:09.900}).
     */
    static SourceTime time(Matcher timing, Timestamps format, String where) throws RecastException {
        long start = millis(timing.group(1), format, where);
        long end = millis(timing.group(2), format, where);
        // A cue ending before it starts is shown for no time; its words still count.
        return new SourceTime(start, Math.max(start, end));
    }

    private static long millis(String timestamp, Timestamps format, String where) throws RecastException {
        Matcher m = format.pattern.matcher(timestamp);
        if (!m.matches()) {
            throw RecastException.input(where, "bad timestamp '" + timestamp + "' (expected " + format.form + ")");
        }
        String h = m.group(1) == null ? "0" : m.group(1).replaceFirst("^0+(?=\\d)", "");
        if (h.length() > 4 || Long.parseLong(h) > MAX_HOURS) {
            throw RecastException.input(where, "bad timestamp '" + timestamp + "' (more than " + MAX_HOURS + " hours)");
        }
        return ((Long.parseLong(h) * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000
                + Long.parseLong(m.group(4));
    }
}
