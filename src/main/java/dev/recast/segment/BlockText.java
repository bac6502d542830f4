package dev.recast.segment;

import dev.recast.clean.Run;
import dev.recast.ingest.SourceTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A block's text as the segmenter reads it: its runs joined into one line, and that line's tokens,
 * each knowing when it was said (a caption run's time spread evenly over its tokens) and what
 * stood in the source before it (a silence between caption lines, a sound taken out).
 */
final class BlockText {

    /**
     * A stretch of text between white space; a dash joining two words ("tide—and") ends a token.
     *
     * @param start where it starts in the line, {@code end} where it ends (exclusive)
     * @param gapBefore the silence in the source before it, when it starts a timed run after a timed run
     * @param soundBefore whether a sound annotation was taken out right before it
     */
    record Token(String text, int start, int end, Optional<SourceTime> time, OptionalLong gapBefore,
            boolean soundBefore) {

        /** Whether it is a word: it has a letter or a digit, where a dash or "…" is not one. */
        boolean isWord() {
            return text.chars().anyMatch(Character::isLetterOrDigit);
        }
    }

    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\R\\s*");
    private static final Pattern DASH_BEFORE_LETTER = Pattern.compile("[—–](?=\\p{L})");

    private final String line;
    private final List<Token> tokens;

    private BlockText(String line, List<Token> tokens) {
        this.line = line;
        this.tokens = List.copyOf(tokens);
    }

    static BlockText of(List<Run> runs) {
        StringBuilder line = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        Run before = null;
        for (Run run : runs) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            int offset = line.length();
            // A line wrapped mid-sentence is one sentence, and its source text one line.
            String text = LINE_BREAK.matcher(run.text()).replaceAll(" ");
            line.append(text);
            List<int[]> spans = spans(text);
            for (int k = 0; k < spans.size(); k++) {
                int[] span = spans.get(k);
                int index = k;
                boolean first = k == 0;
                OptionalLong gap = first && before != null && before.time().isPresent() && run.time().isPresent()
                        ? OptionalLong.of(Math.max(0, run.time().get().startMillis() - before.time().get().endMillis()))
                        : OptionalLong.empty();
                tokens.add(new Token(text.substring(span[0], span[1]), offset + span[0], offset + span[1],
                        run.time().map(time -> share(time, index, spans.size())), gap,
                        first && before != null && before.pauseAfter()));
            }
            before = run;
        }
        return new BlockText(line.toString(), tokens);
    }

    /** The text, its runs' line breaks taken out, a space between runs. */
    String line() {
        return line;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The text of tokens {@code [from, to)}, as it stands in the line. */
    String text(int from, int to) {
        return line.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** From the first timed token's start to the last one's end in {@code [from, to)}; empty if none is timed. */
    Optional<SourceTime> time(int from, int to) {
        return tokens.subList(from, to).stream().map(Token::time).flatMap(Optional::stream).reduce(SourceTime::through);
    }

    /** The index of the first token that starts at or after {@code offset} in the line. */
    int tokenAt(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Token {@code k}'s even share of its run's time, the run having {@code count} tokens. */
    private static SourceTime share(SourceTime time, int k, int count) {
        long length = time.endMillis() - time.startMillis();
        return new SourceTime(time.startMillis() + length * k / count, time.startMillis() + length * (k + 1) / count);
    }

    /** Where the tokens of {@code text} start and end. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                var dash = DASH_BEFORE_LETTER.matcher(text).region(start, i);
                int from = start;
                while (dash.find()) {
                    spans.add(new int[] {from, dash.end()});
                    from = dash.end();
                }
                spans.add(new int[] {from, i});
            }
        }
        return spans;
    }

    /** As {@link SentenceSplitter} reads it: the no-break space too. */
    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
