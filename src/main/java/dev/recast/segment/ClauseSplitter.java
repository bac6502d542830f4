package dev.recast.segment;

import dev.recast.segment.BlockText.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a sentence longer than a limit into pieces the engine can say in one breath, at the most
 * natural places it has: after a semicolon, colon or dash; at a comma before a conjunction ("…,
 * and …"); where the speaker fell silent between caption lines (the longer the silence, the
 * better); at a comma; before a word that opens a clause ("so", "because", "you know", "I");
 * before a phrase; and only as a last resort anywhere. The cuts are chosen together, so the pieces
 * come out as even as those places allow. No piece is left too short to carry intonation where
 * the sentence can be cut otherwise, and none is ever longer than
 * {@link SegmenterConfig#MAX_UTTERANCE_WORDS}, so even 5,000 words of unpunctuated speech
 * recognition become pieces a listener can follow. A sentence within the limit stays whole, but
 * a sound taken out of it (laughter, music) always leaves a pause where it stood.
 *
 * <p>Why a limit at all: FreeTTS lowers the pitch across a phrase, and with no punctuation to
 * reset it, kevin16's pitch reaches its floor (about 69 Hz) by 30 words and stays flat to the end
 * (measured on its ContourGenerator targets); the default limit of 25 cuts before that.
 */
final class ClauseSplitter {

    /** Fewer words than this do not carry a phrase's rise and fall: no cut leaves them alone. */
    static final int MIN_FRAGMENT_WORDS = 3;

    /** A piece of a sentence, tokens {@code [from, to)}, and the pause after it. */
    record Piece(int from, int to, Pause after) {
    }

    /*
     * What a cut costs: the less natural the place, the more. A piece costs a little for being
     * one (fewer cuts are better), more the longer it is (even pieces are better: the cost grows
     * with the square of its length), and a lot for each word past the limit, so a sentence just
     * over it stays whole rather than be cut anywhere, while a cue to cut is taken.
     */
    private static final double AT_STRONG_MARK = 0;
    private static final double AT_COMMA_BEFORE_CONJUNCTION = 1;
    private static final double AT_COMMA = 2.5;
    private static final double BEFORE_CLAUSE_OPENER = 3.5;
    /** At a caption line boundary with no silence; a silence lowers it (halved every ~170 ms). */
    private static final double AT_LINE_BOUNDARY = 6;
    private static final double SILENCE_SCALE_MILLIS = 250;
    private static final double BEFORE_PHRASE = 8;
    private static final double ANYWHERE = 12;
    /** Added after a word that leaves its phrase open ("the", "of", "and"): a cut there splits the phrase. */
    private static final double AFTER_OPEN_WORD = 8;
    private static final double PER_PIECE = 1.5;
    private static final double PER_SQUARED_LIMIT = 2;
    private static final double PER_WORD_OVER_LIMIT = 1;

    /** A silence in the source at a cut this long is heard as a sentence's end, or a paragraph's. */
    private static final long SENTENCE_SILENCE_MILLIS = 400;
    private static final long PARAGRAPH_SILENCE_MILLIS = 1500;

    private static final Pattern STRONG_MARK = Pattern.compile(".*[;:—–]|[—–-]+");
    private static final Pattern COMMA = Pattern.compile(".*[,?!…][\"'”’)\\]]*");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "so", "yet", "because", "which",
            "while", "although", "though", "whereas", "where", "when", "until", "unless");
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "or", "so", "yet", "because", "which",
            "while", "although", "though", "whereas", "where", "when", "until", "unless", "since", "if",
            "then", "okay", "ok", "right", "well", "anyway", "now", "actually", "basically");
    private static final Set<String> PHRASE_OPENERS = Set.of("that", "the", "a", "an", "in", "on", "at", "for", "with",
            "from", "about", "into", "after", "before", "like", "we", "you", "he", "she", "they", "it", "this",
            "there", "what", "how", "why", "who", "my", "our", "your", "their", "his", "her", "not", "just");
    private static final Set<String> OPEN_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for",
            "with", "from", "by", "my", "our", "your", "their", "his", "her", "its", "this", "that", "very", "is",
            "are", "was", "were", "be", "i", "we", "you", "they", "he", "she", "and", "or", "but", "so", "because",
            "which", "if", "when", "then", "while", "although", "though", "whereas", "where", "until", "unless",
            "since", "yet", "think", "about");

    private final int maxWords;

    ClauseSplitter(int maxWords) {
        this.maxWords = maxWords;
    }

    /** The pieces of one sentence's tokens; the last one's pause is {@link Pause#SENTENCE}. */
    List<Piece> split(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        int[] words = new int[tokens.size() + 1];
        for (int k = 0; k < tokens.size(); k++) {
            words[k + 1] = words[k] + (tokens.get(k).isWord() ? 1 : 0);
        }
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        for (int b = 1; b < tokens.size(); b++) {
            if (tokens.get(b).soundBefore() && words[b] - words[from] >= MIN_FRAGMENT_WORDS
                    && words[tokens.size()] - words[b] >= MIN_FRAGMENT_WORDS) {
                cut(tokens, words, from, b, pieces, pauseBefore(tokens.get(b)));
                from = b;
            }
        }
        cut(tokens, words, from, tokens.size(), pieces, Pause.SENTENCE);
        return List.copyOf(pieces);
    }

    /** Adds the pieces of tokens {@code [from, to)}, the last ending with {@code last}. */
    private void cut(List<Token> tokens, int[] words, int from, int to, List<Piece> pieces, Pause last) {
        if (words[to] - words[from] <= maxWords) {
            pieces.add(new Piece(from, to, last));
            return;
        }
        // A piece starts at a word; marks between words stay with the piece before them.
        List<Integer> places = new ArrayList<>();
        places.add(from);
        for (int b = from + 1; b < to; b++) {
            if (tokens.get(b).isWord()) {
                places.add(b);
            }
        }
        places.add(to);
        // best[j]: the least cost of pieces of [from, places[j]); previous[j]: where the last of them starts.
        int n = places.size() - 1;
        double[] best = new double[n + 1];
        int[] previous = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        double[] cutCost = new double[n];
        for (int i = 1; i < n; i++) {
            cutCost[i] = cutCost(tokens, places.get(i));
        }
        for (int j = 1; j <= n; j++) {
            // Each place back adds a word: at most MAX_UTTERANCE_WORDS steps.
            for (int i = j - 1; i >= 0; i--) {
                int length = words[places.get(j)] - words[places.get(i)];
                if (length > SegmenterConfig.MAX_UTTERANCE_WORDS) {
                    break;
                }
                boolean whole = i == 0 && j == n;
                if (best[i] == Double.POSITIVE_INFINITY || length < MIN_FRAGMENT_WORDS && !whole) {
                    continue;
                }
                double cost = best[i] + pieceCost(length) + cutCost[i];
                if (cost < best[j]) {
                    best[j] = cost;
                    previous[j] = i;
                }
            }
        }
        if (best[n] == Double.POSITIVE_INFINITY) {
            // Cannot happen: over the cap there are words enough to cut, and under it the whole may stand.
            pieces.add(new Piece(from, to, last));
            return;
        }
        List<Piece> reversed = new ArrayList<>();
        Pause after = last;
        for (int j = n; j > 0; j = previous[j]) {
            int start = places.get(previous[j]);
            reversed.add(new Piece(start, places.get(j), after));
            after = pauseBefore(tokens.get(start));
        }
        for (int k = reversed.size() - 1; k >= 0; k--) {
            pieces.add(reversed.get(k));
        }
    }

    private double pieceCost(int words) {
        double share = (double) words / maxWords;
        return PER_PIECE + PER_SQUARED_LIMIT * share * share + PER_WORD_OVER_LIMIT * Math.max(0, words - maxWords);
    }

    /** What cutting before token {@code b} costs. */
    private static double cutCost(List<Token> tokens, int b) {
        Token before = tokens.get(b - 1);
        Token token = tokens.get(b);
        if (STRONG_MARK.matcher(before.text()).matches()) {
            return AT_STRONG_MARK;
        }
        String word = bare(token.text());
        if (COMMA.matcher(before.text()).matches()) {
            return CONJUNCTIONS.contains(word) ? AT_COMMA_BEFORE_CONJUNCTION : AT_COMMA;
        }
        double cost = ANYWHERE;
        if (token.gapBefore().isPresent()) {
            cost = Math.min(cost, AT_LINE_BOUNDARY * Math.exp(-token.gapBefore().getAsLong() / SILENCE_SCALE_MILLIS));
        }
        if (CLAUSE_OPENERS.contains(word) || opensYouKnow(tokens, b) || isCapitalI(token.text())) {
            cost = Math.min(cost, BEFORE_CLAUSE_OPENER);
        } else if (PHRASE_OPENERS.contains(word)) {
            cost = Math.min(cost, BEFORE_PHRASE);
        }
        // Unless the speaker fell silent there, a phrase left open is a worse place still.
        boolean silence = token.gapBefore().orElse(0) >= SENTENCE_SILENCE_MILLIS;
        return OPEN_WORDS.contains(bare(before.text())) && !silence ? cost + AFTER_OPEN_WORD : cost;
    }

    /** The pause a cut before {@code token} makes: a clause's, or longer where the source fell silent. */
    private static Pause pauseBefore(Token token) {
        return pauseBefore(token, Pause.CLAUSE);
    }

    /**
     * The pause before {@code token} where the text says {@code least}: longer where the source
     * fell silent there (a sentence's from {@value #SENTENCE_SILENCE_MILLIS} ms, a paragraph's from
     * {@value #PARAGRAPH_SILENCE_MILLIS} ms) or a sound was taken out (a sentence's).
     */
    static Pause pauseBefore(Token token, Pause least) {
        long silence = token.gapBefore().orElse(0);
        Pause heard = silence >= PARAGRAPH_SILENCE_MILLIS ? Pause.PARAGRAPH
                : silence >= SENTENCE_SILENCE_MILLIS || token.soundBefore() ? Pause.SENTENCE : Pause.CLAUSE;
        return heard.compareTo(least) > 0 ? heard : least;
    }

    private static boolean opensYouKnow(List<Token> tokens, int b) {
        return b + 1 < tokens.size() && bare(tokens.get(b).text()).equals("you")
                && bare(tokens.get(b + 1).text()).equals("know");
    }

    /** "I", "I'm", "I'd": a clause's subject, capitalised even where speech recognition writes no capitals. */
    private static boolean isCapitalI(String token) {
        return token.startsWith("I") && (token.length() == 1 || !Character.isLetter(token.charAt(1)));
    }

    /** Lower case, without the punctuation around it. */
    private static String bare(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
