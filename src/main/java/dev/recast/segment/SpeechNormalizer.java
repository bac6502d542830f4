package dev.recast.segment;

import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns transcript text into what the engine is told to say: drops characters it would read as
 * symbols, applies the spoken forms in order, and collapses whitespace. Everything else is left
 * to the engine, which reads numbers, years and money well.
 */
public final class SpeechNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    /** A dropped "*" in "*bold*." must not leave "bold ." for the engine to read as a word and a stray period. */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" (?=[.,;:!?…])");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    /** A spoken form with its written text compiled once. */
    private record Rule(Pattern written, SpokenForm form) {}

    private final List<Rule> rules;
    private final String dropped;

    public SpeechNormalizer(SpeechRules speechRules) {
        if (speechRules == null) {
            throw new IllegalArgumentException("a speech normalizer needs its rules");
        }
        this.rules = speechRules.spokenForms().stream().map(form -> new Rule(compile(form.written()), form)).toList();
        this.dropped = speechRules.dropped();
    }

    /** The text to say, or the empty string when nothing in it is speech (only punctuation). */
    public String normalize(String sourceText) {
        String text = dropCharacters(sourceText);
        for (Rule rule : rules) {
            String current = text;
            text = rule.written().matcher(current).replaceAll(match -> Matcher.quoteReplacement(say(rule.form(), current, match)));
        }
        text = WHITESPACE.matcher(text).replaceAll(" ").strip();
        text = SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("");
        return LETTER_OR_DIGIT.matcher(text).find() ? text : "";
    }

    private String dropCharacters(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                continue; // zero-width spaces, soft hyphens, byte-order marks: invisible, and not a word break
            }
            kept.append(type == Character.CONTROL || dropped.indexOf(c) >= 0 ? ' ' : c);
        }
        return kept.toString();
    }

    private static String say(SpokenForm form, String text, MatchResult match) {
        String spoken = form.spoken();
        if (spoken.isEmpty()) {
            return spoken;
        }
        if (Character.isUpperCase(text.charAt(match.start()))) {
            spoken = Character.toUpperCase(spoken.charAt(0)) + spoken.substring(1);
        }
        // The abbreviation's period may also be the sentence's: keep it for the engine's intonation.
        if (form.written().endsWith(".") && !LETTER_OR_DIGIT.matcher(text).region(match.end(), text.length()).find()) {
            spoken = spoken + ".";
        }
        // "R&D" is said "R and D", not "RandD".
        if (Character.isLetterOrDigit(spoken.charAt(0)) && match.start() > 0 && Character.isLetterOrDigit(text.charAt(match.start() - 1))) {
            spoken = " " + spoken;
        }
        if (Character.isLetterOrDigit(spoken.charAt(spoken.length() - 1)) && match.end() < text.length()
                && Character.isLetterOrDigit(text.charAt(match.end()))) {
            spoken = spoken + " ";
        }
        return spoken;
    }

    /** The written form as a pattern: any whitespace between its words, whole words only. */
    private static Pattern compile(String written) {
        String words = Arrays.stream(written.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        String wordStart = Character.isLetterOrDigit(written.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
        return Pattern.compile(wordStart + words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
