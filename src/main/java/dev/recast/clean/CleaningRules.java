package dev.recast.clean;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the cleaner recognises, as data. {@link #defaults()} holds the rules for narrated-article
 * transcripts; a different source changes the data, not the cleaner.
 *
 * <p>Phrases ({@code quoteClosers}, {@code emphasisMarks}, {@code imageNotes}) are lower-case words
 * separated by single spaces, compared with a transcript's words case-insensitively and without
 * their surrounding punctuation.
 *
 * @param headerLines page-header lines, matched against a line's normalized text (lower case,
 *     letters and digits separated by single spaces); known boilerplate when no repetition shows it
 * @param headerName a name-only line, which counts as boilerplate only above a header line
 * @param misreadCodePages code pages UTF-8 text is read through by mistake; a run whose bytes in
 *     that code page are valid UTF-8 is repaired
 * @param plausibleRepair what a repaired run may decode to, so real accented text is never
 *     "repaired" into some other script
 * @param misdecodedRuns mis-decoded runs that cannot be repaired (bytes were lost), removed
 * @param headingWords spoken heading markup, and the heading level it stands for
 * @param quoteOpeners words that open a quote
 * @param quoteClosers phrases that close one
 * @param emphasisMarks phrases a narrator reads out for bold or italic markers
 * @param imageNotes a narrator's sentence saying an image stands here
 * @param sourceNote a whole line crediting the caption above it
 * @param maxTitleWords the longest heading title, in words
 * @param sentenceOpeners capitalised words that often start a sentence ("What", "The", "We"): one
 *     cue, among others, that a run-in heading's title ends and its first sentence begins there
 * @param maxRunInTitleWords the longest title read off the front of such a run-in heading line
 * @param maxCaptionWords the longest line that still reads as a caption, in words
 * @param turns speaker labels and timestamps
 * @param annotations sound notes and transcript tools' notes
 * @param linkWords lower-case articles, prepositions and conjunctions: a title never ends with one,
 *     and a capitalised word followed by one ("Tale of …") reads as more title, not a sentence
 * @param commonVerbs lower-case verbs that often come second in a sentence ("Fog signals were …")
 *     and rarely in a title: a cue where a run-in heading's sentence begins
 * @param abbreviations lower-case abbreviations with their full stop ("et al.", "e.g."): a line
 *     that ends with one has not necessarily ended its sentence
 * @param nameAbbreviations those of them that stand before a name or number ("dr.", "fig."), so
 *     never end a sentence: a line ending with one always runs on into the next
 * @param pairedMarks lower-case words a narrator reads out for a single emphasis marker
 *     ("asterisk" for *italic*): markup only in pairs around a few words
 */
public record CleaningRules(
        List<Pattern> headerLines,
        Pattern headerName,
        List<Charset> misreadCodePages,
        Pattern plausibleRepair,
        List<Pattern> misdecodedRuns,
        Map<String, Integer> headingWords,
        List<String> quoteOpeners,
        List<String> quoteClosers,
        List<String> emphasisMarks,
        List<String> imageNotes,
        Pattern sourceNote,
        int maxTitleWords,
        Set<String> sentenceOpeners,
        int maxRunInTitleWords,
        int maxCaptionWords,
        TurnRules turns,
        AnnotationRules annotations,
        Set<String> linkWords,
        Set<String> commonVerbs,
        Set<String> abbreviations,
        Set<String> nameAbbreviations,
        Set<String> pairedMarks) {

    public CleaningRules {
        headerLines = List.copyOf(headerLines);
        misreadCodePages = List.copyOf(misreadCodePages);
        misdecodedRuns = List.copyOf(misdecodedRuns);
        headingWords = Map.copyOf(headingWords);
        quoteOpeners = List.copyOf(quoteOpeners);
        quoteClosers = List.copyOf(quoteClosers);
        emphasisMarks = List.copyOf(emphasisMarks);
        imageNotes = List.copyOf(imageNotes);
        sentenceOpeners = Set.copyOf(sentenceOpeners);
        linkWords = Set.copyOf(linkWords);
        commonVerbs = Set.copyOf(commonVerbs);
        abbreviations = Set.copyOf(abbreviations);
        nameAbbreviations = Set.copyOf(nameAbbreviations);
        pairedMarks = Set.copyOf(pairedMarks);
        if (!abbreviations.containsAll(nameAbbreviations)) {
            throw new IllegalArgumentException("name abbreviations are abbreviations");
        }
        if (headerName == null || plausibleRepair == null || sourceNote == null || turns == null
                || annotations == null) {
            throw new IllegalArgumentException("cleaning rules need every pattern");
        }
        if (maxTitleWords < 1 || maxRunInTitleWords < 1 || maxCaptionWords < 1) {
            throw new IllegalArgumentException("word limits are positive");
        }
    }

    // Characters that windows-874 gives for bytes 0x80-0xBF, UTF-8's continuation bytes: ก..ฟ for
    // 0xA1-0xBF, a little punctuation, and U+FFFD for the bytes it leaves undefined.
    private static final String THAI_CONTINUATION =
            "[\\u0E01-\\u0E1F\\u20AC\\u2026\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u00A0\\uFFFD]";
    private static final String THAI_PUNCTUATION_CONTINUATION =
            "[\\u20AC\\u2026\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u00A0\\uFFFD]";
    // The same for windows-1252 (C1 controls stand for its undefined bytes).
    private static final String LATIN_CONTINUATION = "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020"
            + "\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014"
            + "\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178\\uFFFD]";

    // Abbreviations that stand before a name, a number or an example, never at a sentence's end.
    private static final List<String> NAME_ABBREVIATIONS = List.of(
            "dr.", "mr.", "mrs.", "ms.", "prof.", "mt.", "fig.", "figs.", "vol.", "eq.", "ch.", "pp.",
            "e.g.", "i.e.", "cf.", "vs.", "ca.", "gen.", "capt.", "lt.", "sgt.", "rev.");

    /** The rules for narrated-article transcripts like those in {@code shared/transcripts}. */
    public static CleaningRules defaults() {
        return new CleaningRules(
                List.of(
                        Pattern.compile("podcast appearances"),
                        Pattern.compile("(?:\\p{L}+ ?)?appearances over time")),
                Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}"),
                List.of(Charset.forName("windows-1252"), Charset.forName("x-windows-874")),
                // Latin letters, punctuation and symbols, emoji: what mis-decoded English text held.
                Pattern.compile("[\\u00A0-\\u024F\\u2000-\\u2BFF\\x{1F000}-\\x{1FAFF}]+"),
                List.of(
                        // An emoji's 4-byte lead read through windows-874 as a Thai digit ๐-๔,
                        // its continuation bytes partly lost: "๐ค" for 🎤.
                        Pattern.compile("[\\u0E50-\\u0E54]" + THAI_CONTINUATION + "{1,3}"),
                        // A 3-byte lead read as เ-๏ before punctuation no Thai word has there:
                        // "โ€" for a curly quote whose last byte was lost.
                        Pattern.compile("[\\u0E40-\\u0E4F]" + THAI_PUNCTUATION_CONTINUATION + THAI_CONTINUATION + "?"),
                        // windows-1252: a curly quote or dash missing its last byte, an emoji missing some.
                        // Never the start of a whole sequence whose repair a guard held back.
                        Pattern.compile("\\u00E2\\u20AC(?:\\uFFFD|(?!" + LATIN_CONTINUATION + "))"),
                        Pattern.compile("\\u00F0\\u0178" + LATIN_CONTINUATION + "{0,2}"),
                        Pattern.compile("\\uFFFD+")),
                Map.of("heading", 1, "subheading", 2),
                List.of("quote"),
                List.of("end quote", "unquote"),
                List.of("asterisk asterisk"),
                List.of(
                        "there's an image here", "there is an image here",
                        "there's a picture here", "there is a picture here",
                        "there's a figure here", "there is a figure here",
                        "there's a chart here", "there is a chart here",
                        "there's a diagram here", "there is a diagram here",
                        "there are images here"),
                Pattern.compile("(?i)sources?(?:\\.|:\\s*\\S.{0,79})?"),
                12,
                Set.of(
                        "What", "How", "Why", "When", "Where", "Who", "Which", "Is", "Are", "Do", "Does", "Can",
                        "The", "A", "An", "In", "On", "At", "For", "If", "As", "So", "But", "Now", "Today",
                        "I", "We", "You", "He", "She", "It", "They", "Our", "My", "Its", "Their",
                        "This", "That", "These", "Those", "There", "Here", "Let's", "Imagine", "Consider"),
                8,
                40,
                TurnRules.defaults(),
                AnnotationRules.defaults(),
                Set.of(
                        "a", "an", "the", "of", "and", "or", "nor", "but", "to", "in", "on", "at", "for", "with",
                        "by", "from", "as", "into", "onto", "about", "than", "over", "under", "via", "vs", "versus"),
                Set.of(
                        "is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "could", "will",
                        "would", "shall", "should", "may", "might", "must", "do", "does", "did", "seems", "seem",
                        "became", "becomes", "remains", "began", "found", "showed", "shows", "made", "makes"),
                Stream.concat(NAME_ABBREVIATIONS.stream(), Stream.of(
                        // These may end a sentence too ("… he said no."), so only lower case carries on.
                        "al.", "etc.", "no.", "nos.", "sec.", "p.", "st.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr.",
                        "ed.", "eds.", "approx.", "esp.", "incl.", "dept.", "univ.", "min.", "max."))
                        .collect(Collectors.toSet()),
                Set.copyOf(NAME_ABBREVIATIONS),
                Set.of("asterisk", "underscore"));
    }
}
