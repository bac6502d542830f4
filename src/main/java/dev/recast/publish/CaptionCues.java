package dev.recast.publish;

import dev.recast.episode.Placed;
import dev.recast.episode.Timeline;
import dev.recast.segment.Utterance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The caption cues {@link WebVttCaptions} and {@link SrtCaptions} both write, so cue <i>n</i> is the same
 * words at the same time in each: an utterance's words laid out in lines of at most {@value #MAX_LINE}
 * characters, at most two lines a cue, in as few cues as that allows.
 *
 * <p>A long utterance's cues are filled evenly (no one-word tail), a break after punctuation being
 * preferred when the cues stay nearly even; a cue that fits on one line keeps to one. A word longer
 * than a line gets a line of its own. A speaker's name is shown in the first cue of a turn (a change
 * of speaker, or a new section) and is laid out as part of its first line, so the SRT's
 * {@code Name: } never pushes a line over the limit.
 *
 * <p>Times: the first cue starts where the utterance's speech starts and the last ends where it ends;
 * the times in between are interpolated by <em>characters</em>: a cue lasts its share of the
 * utterance's characters. Characters follow speaking time far better than a count of words ("a" and
 * "unquestionably" are not the same length to say), and unlike a syllable estimate they need no
 * rules of one language. Cues of an utterance touch and never overlap, and never reach into the pause
 * after it.
 */
final class CaptionCues {

    /** Characters a caption line holds: what podcast apps and broadcasters' caption guidelines use. */
    static final int MAX_LINE = 42;
    static final int MAX_LINES = 2;

    /**
     * What a break after punctuation is worth, in characters of imbalance: moving a cue break by
     * {@code d} characters costs about {@code 2d²} against this squared, so a clause ends a cue when
     * the two come out within about 10 characters of even; a line break, costing {@code 4d²}, within
     * about 7.
     */
    private static final long PUNCTUATION_SLACK = 14;

    private CaptionCues() {
    }

    /**
     * One cue.
     *
     * @param speaker who says its words, when known
     * @param labelled whether the cue is the first of a turn, which shows the speaker's name
     * @param lines one or two lines, without the name
     */
    record Cue(Optional<String> speaker, boolean labelled, List<String> lines, long startSample, long endSample) {
        Cue {
            Objects.requireNonNull(speaker, "speaker");
            lines = List.copyOf(lines);
            if (lines.size() > MAX_LINES || startSample > endSample || labelled && speaker.isEmpty()) {
                throw new IllegalArgumentException(
                        "invalid cue " + lines + " at " + startSample + ".." + endSample + " by " + speaker);
            }
        }

        /** {@code Name: } for the first cue of a speaker's turn, else nothing. */
        String label() {
            return labelled ? CaptionCues.label(speaker.orElseThrow()) : "";
        }
    }

    static List<Cue> of(Timeline timeline) {
        List<Cue> cues = new ArrayList<>();
        Optional<String> previousSpeaker = Optional.empty();
        int previousSection = 0;
        for (Placed placed : timeline.utterances()) {
            Utterance utterance = placed.utterance();
            Optional<String> speaker = Optional.ofNullable(utterance.speaker()).map(PlaylistEntry::oneLine)
                    .filter(name -> !name.isEmpty());
            boolean labelled = speaker.isPresent()
                    && (!speaker.equals(previousSpeaker) || utterance.section() != previousSection);
            List<List<String>> layout = layout(labelled ? label(speaker.get()) : "", words(utterance.sourceText()));
            long[] bounds = bounds(placed.startSample(), placed.speechEndSample(), layout);
            for (int i = 0; i < layout.size(); i++) {
                cues.add(new Cue(speaker, labelled && i == 0, layout.get(i), bounds[i], bounds[i + 1]));
            }
            previousSpeaker = speaker;
            previousSection = utterance.section();
        }
        return cues;
    }

    static String label(String speaker) {
        return speaker + ": ";
    }

    static List<String> words(String text) {
        String line = PlaylistEntry.oneLine(text);
        return line.isEmpty() ? List.of() : List.of(line.split("\\s+"));
    }

    /**
     * {@code words} as cues of lines, the first line of the first cue starting with {@code label}.
     * No words make one empty cue: the utterance still has its time.
     */
    static List<List<String>> layout(String label, List<String> words) {
        if (words.isEmpty()) {
            return List.of(List.of());
        }
        // The label is glued to the first word: no line or cue may end right after a name.
        List<String> tokens = new ArrayList<>(words);
        tokens.set(0, label + words.get(0));
        Tokens t = new Tokens(tokens);
        List<List<String>> cues = new ArrayList<>();
        for (int[] cue : t.balancedCues()) {
            List<String> lines = new ArrayList<>();
            int[] breaks = t.lines(cue[0], cue[1]);
            for (int i = 0; i + 1 < breaks.length; i++) {
                lines.add(String.join(" ", tokens.subList(breaks[i], breaks[i + 1])));
            }
            if (cues.isEmpty()) {
                lines.set(0, lines.get(0).substring(label.length()));
            }
            cues.add(lines);
        }
        return cues;
    }

    /**
     * The sample boundaries of {@code cues} over {@code [start, end]}: {@code cues.size() + 1} of
     * them, from {@code start} to {@code end}, each cue's share by its characters (floored, in integers).
     */
    static long[] bounds(long start, long end, List<List<String>> cues) {
        long[] weights = new long[cues.size()];
        long total = 0;
        for (int i = 0; i < cues.size(); i++) {
            weights[i] = cues.get(i).stream().mapToLong(CaptionCues::width).sum();
            total += weights[i];
        }
        long[] bounds = new long[cues.size() + 1];
        bounds[0] = start;
        long done = 0;
        for (int i = 0; i < cues.size(); i++) {
            done += weights[i];
            bounds[i + 1] = total == 0 ? end : start + Math.multiplyExact(end - start, done) / total;
        }
        bounds[cues.size()] = end;
        return bounds;
    }

    /** What a reader counts as characters: code points, so an accent or an emoji is one. */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean endsWithPunctuation(String word) {
        int last = word.codePointBefore(word.length());
        return switch (Character.getType(last)) {
            case Character.OTHER_PUNCTUATION, Character.END_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.DASH_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Tokens with prefix sums of their widths, so a range's width is a subtraction. */
    private static final class Tokens {
        private final List<String> tokens;
        private final long[] prefix;
        /** For each token, the end (exclusive) of the longest line starting there. */
        private final int[] lineEnd;

        Tokens(List<String> tokens) {
            this.tokens = tokens;
            int n = tokens.size();
            prefix = new long[n + 1];
            for (int i = 0; i < n; i++) {
                prefix[i + 1] = prefix[i] + CaptionCues.width(tokens.get(i));
            }
            lineEnd = new int[n + 1];
            lineEnd[n] = n;
            int end = 0;
            for (int i = 0; i < n; i++) {
                end = Math.max(end, i + 1);
                while (end < n && width(i, end + 1) <= MAX_LINE) {
                    end++;
                }
                lineEnd[i] = end;
            }
        }

        /** Characters of tokens {@code [from, to)} on one line, spaces between. */
        long width(int from, int to) {
            return prefix[to] - prefix[from] + (to - from - 1);
        }

        boolean fitsOneLine(int from, int to) {
            return to <= lineEnd[from];
        }

        /** Two lines at most: the first line as long as it can be leaves the least for the second. */
        boolean fitsCue(int from, int to) {
            return fitsOneLine(from, to) || fitsOneLine(lineEnd[from], to);
        }

        /**
         * The fewest cues that hold every token, as even as they can be: {@code [from, to)} pairs.
         * Time and memory grow with cues × tokens, small as an utterance is at most
         * {@value dev.recast.segment.SegmenterConfig#MAX_UTTERANCE_WORDS} words.
         */
        List<int[]> balancedCues() {
            int n = tokens.size();
            int count = 0;
            for (int at = 0; at < n; at = longestCue(at)) {
                count++;
            }
            // best[c][j]: the least cost of tokens [0, j) as c cues; from[c][j]: where the last one starts.
            long[][] best = new long[count + 1][n + 1];
            int[][] from = new int[count + 1][n + 1];
            for (long[] row : best) {
                Arrays.fill(row, Long.MAX_VALUE);
            }
            best[0][0] = 0;
            long total = width(0, n);
            for (int c = 1; c <= count; c++) {
                for (int j = 1; j <= n; j++) {
                    for (int i = j - 1; i >= 0 && fitsCue(i, j); i--) {
                        if (best[c - 1][i] == Long.MAX_VALUE) {
                            continue;
                        }
                        long cost = best[c - 1][i] + cost(i, j, count, total);
                        if (cost < best[c][j]) {
                            best[c][j] = cost;
                            from[c][j] = i;
                        }
                    }
                }
            }
            List<int[]> cues = new ArrayList<>();
            for (int c = count, j = n; c > 0; j = from[c][j], c--) {
                cues.add(0, new int[] {from[c][j], j});
            }
            return cues;
        }

        private int longestCue(int from) {
            int to = from + 1;
            while (to < tokens.size() && fitsCue(from, to + 1)) {
                to++;
            }
            return to;
        }

        /**
         * A cue's distance from an even share, squared (scaled by the cue count to stay in integers),
         * plus a penalty when it ends without punctuation mid-utterance.
         */
        private long cost(int from, int to, int count, long total) {
            long deviation = count * width(from, to) - total;
            boolean goodBreak = to == tokens.size() || endsWithPunctuation(tokens.get(to - 1));
            return deviation * deviation + (goodBreak ? 0 : count * count * PUNCTUATION_SLACK * PUNCTUATION_SLACK);
        }

        /** The line breaks of cue {@code [from, to)}: {from, to} for one line, {from, k, to} for two. */
        int[] lines(int from, int to) {
            if (fitsOneLine(from, to)) {
                return new int[] {from, to};
            }
            int bestBreak = -1;
            long bestCost = Long.MAX_VALUE;
            for (int k = from + 1; k < to; k++) {
                if (!fitsOneLine(from, k) || !fitsOneLine(k, to)) {
                    continue;
                }
                long deviation = width(from, k) - width(k, to);
                long cost = deviation * deviation
                        + (endsWithPunctuation(tokens.get(k - 1)) ? 0 : PUNCTUATION_SLACK * PUNCTUATION_SLACK);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestBreak = k;
                }
            }
            return new int[] {from, bestBreak, to};
        }
    }
}
