package dev.recast.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a transcript marks who speaks and when, as data: speaker labels, turn marks and timestamps.
 * Each label pattern has a group {@code name}, the speaker; the whole match is removed.
 *
 * @param timestampLine a whole line that is only timestamps or a cue timing, removed
 * @param cueTiming a line that opens a subtitle cue: what follows it, up to a blank line, is caption
 *     text, and a number just before it is the cue's number
 * @param leadingTimestamp a timestamp before a line's text that cannot be spoken text: bracketed,
 *     with hours or a fraction, or a cue timing ("00:00:01,000 --> 00:00:04,000 The tide…")
 * @param bareLeadingTime a plain "12:01" before a line's text, a timestamp only where a label follows
 * @param inlineTimestamp a bracketed timestamp anywhere in a line ("… here. [12:01] And…")
 * @param speakerLabel a label where a turn starts: "Jane Smith:", "### Jane:", "JOHN (V.O.):",
 *     "Speaker 2 (00:14):", or a name and a bracketed time before the text ("Jane [00:14] Hello")
 * @param speakerHeader a line that only names a speaker and a time, the turn following it:
 *     Otter's "Emma  0:37", Markdown's "Jane [12:01]" once its bold is gone
 * @param nameLine a line that is only a name ("Jane Smith", once Markdown's bold is gone): a
 *     header when it stands above a turn and the transcript names that speaker elsewhere
 * @param bracketLabel a bracketed name where a turn starts: "[JOHN] Not yet.", "[Ann]: Yes."
 * @param turnMark a turn by a speaker the transcript does not name: "&gt;&gt;" (broadcast captions)
 * @param captionTurnMark a leading dash in a caption line: the next speaker's turn
 * @param midLineLabel a label after a sentence's end within a line ("… right. Ben: Yes, and …")
 * @param notSpeakers lower-case words that make a would-be label content instead ("Note:",
 *     "Example:", "The answer:"); a label holding any of them is not a label
 */
public record TurnRules(
        Pattern timestampLine,
        Pattern cueTiming,
        Pattern leadingTimestamp,
        Pattern bareLeadingTime,
        Pattern inlineTimestamp,
        Pattern speakerLabel,
        Pattern speakerHeader,
        Pattern nameLine,
        Pattern bracketLabel,
        Pattern turnMark,
        Pattern captionTurnMark,
        Pattern midLineLabel,
        Set<String> notSpeakers) {

    public TurnRules {
        if (timestampLine == null || cueTiming == null || leadingTimestamp == null || bareLeadingTime == null || inlineTimestamp == null
                || speakerLabel == null || speakerHeader == null || nameLine == null || bracketLabel == null || turnMark == null
                || captionTurnMark == null || midLineLabel == null) {
            throw new IllegalArgumentException("turn rules need every pattern");
        }
        notSpeakers = Set.copyOf(notSpeakers);
    }

    // "12:01", "1:02:03.456", and a clock time "10:02 AM" as meeting tools write it.
    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?(?:\\s?[AaPp]\\.?[Mm]\\.?(?![\\p{L}]))?";
    // A time no sentence writes: with hours or a fraction of a second.
    private static final String TOOL_TIME = "\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,3})?|[.,]\\d{1,3})";
    // "[00:01:23]", "(00:14)", and Whisper's "[00:00.000 --> 00:04.000]".
    private static final String BRACKETED_TIME = "(?:\\[" + TIME + "(?:\\s*-->\\s*" + TIME + ")?]|\\(" + TIME + "\\))";
    private static final String CUE_TIMING = TIME + "\\s*-->\\s*" + TIME + "(?:\\s+[\\w-]+:\\S+)*";
    // A capitalised word: "Jane", "JANE", "Dr.", "O'Brien", "Smith-Jones".
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    private static final String NAME = "(?<name>(?:Speaker|SPEAKER|Spk|Guest|GUEST|Host|HOST|Interviewer|Participant)"
            + "[ _]?\\d{1,3}|" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})";
    // A voice's manner after the name: "JOHN (V.O.):", "MAN (on phone):".
    private static final String QUALIFIER = "(?:\\s*\\([^()\\d]{1,24}\\))?";

    /** Labels of up to four capitalised words or "Speaker 2"; timestamps as transcript tools write them. */
    public static TurnRules defaults() {
        return new TurnRules(
                Pattern.compile("\\s*(?:(?:" + CUE_TIMING + "|" + TIME + "|" + BRACKETED_TIME + ")\\s*)+"),
                Pattern.compile("\\s*" + CUE_TIMING + "\\s*"),
                Pattern.compile("^\\s*(?:" + BRACKETED_TIME + "|" + CUE_TIMING + "|" + TOOL_TIME + ")(?=\\s|$)\\s*"),
                Pattern.compile("^\\s*" + TIME + "\\s+"),
                Pattern.compile("\\s*" + BRACKETED_TIME),
                Pattern.compile("^(?:#{1,6}\\s+)?" + NAME + QUALIFIER
                        + "(?:(?:\\s*" + BRACKETED_TIME + ")?:(?=\\s|$)|\\s*" + BRACKETED_TIME + "(?=\\s))\\s*"),
                Pattern.compile("^\\s*(?:#{1,6}\\s+)?" + NAME + "(?:\\s{2,}|\\t|\\s*(?=[\\[(])|\\s(?=\\d{2}:|\\d:\\d\\d:))"
                        + "(?:" + BRACKETED_TIME + "|" + TIME + ")\\s*:?\\s*"),
                Pattern.compile("\\s*" + NAME + "(?<=\\p{L})\\s*"),
                Pattern.compile("^\\[" + NAME + "]\\s*(?::(?=\\s|$)\\s*)?"),
                Pattern.compile("^\\s*>>+\\s*"),
                Pattern.compile("^\\s*[-‐–—]\\s+"),
                Pattern.compile("(?<=[.!?…][\"”’')\\]]?)\\s+(?:>>+\\s*)?" + NAME + QUALIFIER + ":\\s+(?=\\S)|\\s+>>+\\s*(?=\\S)"),
                Set.of(
                        // Words that introduce content, not a voice.
                        "note", "notes", "nb", "ps", "example", "examples", "warning", "caution", "tip",
                        "hint", "important", "update", "edit", "source", "sources", "summary", "disclaimer",
                        "reminder", "question", "answer", "definition", "problem", "solution", "result",
                        "conclusion", "lesson", "fact", "bonus", "spoiler", "fyi", "re", "subject", "title",
                        "date", "time", "transcript", "chapter", "part", "step", "section", "links", "link",
                        "resources", "references", "episode", "topics", "agenda", "keywords", "tags", "duration",
                        "location", "attendees", "speakers", "participants", "description", "contents", "credits",
                        "intro", "introduction", "outro", "recap", "overview", "highlights", "timestamps", "chapters",
                        "dear", "news", "breaking", "ingredients", "pros", "cons", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday",
                        // The transcript's own markup words.
                        "heading", "subheading", "quote",
                        // Sentence openers and function words no name is made of.
                        "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "his", "her",
                        "their", "its", "in", "on", "at", "for", "to", "of", "with", "and", "but", "or", "so",
                        "also", "however", "then", "now", "first", "second", "finally", "today", "why",
                        "what", "how", "when", "where", "who", "yes", "no", "well", "okay", "ok", "here", "there",
                        "we", "you", "he", "she", "it", "they", "is", "are", "was", "if", "as"));
    }

    /** Whether a label's name names a voice: none of its words is one of {@link #notSpeakers}. */
    public boolean namesSpeaker(String name) {
        String[] words = name.split("\\s+");
        for (int k = 0; k < words.length; k++) {
            String bare = words[k].toLowerCase(Locale.ROOT).replaceAll("[.'’]+$", "");
            // A letter is a name ("Q:", "A:", "Speaker B"), never an article, where a colon follows it.
            boolean letter = bare.length() == 1 && (k > 0 || words.length == 1);
            if (!letter && notSpeakers.contains(bare)) {
                return false;
            }
        }
        return true;
    }
}
