package dev.recast.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a transcript marks who speaks and when, as data: speaker labels and timestamps.
 *
 * @param timestampLine a whole line that is only a timestamp or a cue timing, removed
 * @param leadingTimestamp a bracketed timestamp before a line's text, removed
 * @param speakerLabel a label at a line's start: group {@code name} is the speaker, the match
 *     (the name, an optional bracketed timestamp and the colon) is removed
 * @param notSpeakers lower-case words that make a would-be label content instead ("Note:",
 *     "Example:", "The answer:"); a label holding any of them is not a label
 */
public record TurnRules(Pattern timestampLine, Pattern leadingTimestamp, Pattern speakerLabel, Set<String> notSpeakers) {

    public TurnRules {
        if (timestampLine == null || leadingTimestamp == null || speakerLabel == null) {
            throw new IllegalArgumentException("turn rules need every pattern");
        }
        notSpeakers = Set.copyOf(notSpeakers);
    }

    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?";
    private static final String BRACKETED_TIME = "(?:\\[" + TIME + "]|\\(" + TIME + "\\))";
    // A capitalised word: "Jane", "JANE", "Dr.", "O'Brien", "Smith-Jones".
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";

    /** Labels of up to four capitalised words or "Speaker 2"; timestamps as transcript tools write them. */
    public static TurnRules defaults() {
        return new TurnRules(
                Pattern.compile("\\s*(?:" + TIME + "|" + BRACKETED_TIME + "|" + TIME + "\\s*-->\\s*" + TIME + ".*)\\s*"),
                Pattern.compile("^\\s*" + BRACKETED_TIME + "\\s*"),
                Pattern.compile("^(?<name>(?:Speaker|SPEAKER|Spk|Guest|Host|Interviewer|Participant) ?\\d{1,3}"
                        + "|" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})"
                        + "(?:\\s*" + BRACKETED_TIME + ")?:(?=\\s|$)\\s*"),
                Set.of(
                        // Words that introduce content, not a voice.
                        "note", "notes", "nb", "ps", "example", "examples", "warning", "caution", "tip",
                        "hint", "important", "update", "edit", "source", "sources", "summary", "disclaimer",
                        "reminder", "question", "answer", "definition", "problem", "solution", "result",
                        "conclusion", "lesson", "fact", "bonus", "spoiler", "fyi", "re", "subject", "title",
                        "date", "time", "transcript", "chapter", "part", "step", "section",
                        // The transcript's own markup words.
                        "heading", "subheading", "quote",
                        // Sentence openers and function words no name is made of.
                        "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "his", "her",
                        "their", "its", "in", "on", "at", "for", "to", "of", "with", "and", "but", "or", "so",
                        "also", "however", "then", "now", "first", "second", "finally", "today", "why",
                        "what", "how", "when", "where", "who", "yes", "no", "well", "okay", "ok"));
    }

    /** Whether a label's name names a voice: none of its words is one of {@link #notSpeakers}. */
    public boolean namesSpeaker(String name) {
        for (String word : name.split("\\s+")) {
            if (notSpeakers.contains(word.toLowerCase(Locale.ROOT).replaceAll("[.'’]+$", ""))) {
                return false;
            }
        }
        return true;
    }
}
