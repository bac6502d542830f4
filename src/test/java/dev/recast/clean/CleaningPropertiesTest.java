package dev.recast.clean;

import dev.recast.ingest.RawSection;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Generated transcripts: plain words, spoken markup, page headers, numbers, punctuation runs,
 * speaker labels, timestamps, sound notes, inline Markdown and HTML, transcript tools' notes and
 * arbitrary Unicode, mixed line by line. Whatever comes in, cleaning never throws and every word
 * of the input reaches a block or a removal record.
 */
class CleaningPropertiesTest {

    private static final List<String> FRAGMENTS = List.of(
            "Heading", "Subheading", "Subheading.", "Heading Conclusion", "Quote", "End quote", "Unquote",
            "Asterisk asterisk", "asterisk asterisk", "There's an image here.", "Source.", "Source:",
            "Podcast Appearances", "Appearances Over Time", "๐ค", "â€™", "\uFFFD", "...", "?!", "—", "4.5",
            "e.g.", "et al.", "1870s", "40%", "$1,200", "Dr.", "J. R. R.", "\"", "(", ")", ":", ";",
            // Speaker labels, turn marks and timestamps as transcript tools write them.
            "Ann:", "Ben Ross:", "**Ann:**", "**Ben Ross**", "**Ann**:", "### Ann:", "## Ben", "[Ann]", "[ANN]:",
            ">>", ">> ANN:", "- ", "MAN:", "JOHN (V.O.):", "Speaker 2 (00:14):", "Emma  0:37", "Note:", "Update 3:",
            "[12:01]", "\\[08:05\\]", "(00:01:02)", "00:12", "1:02:03", "00:00:01,000 --> 00:00:04,000",
            // Sound notes.
            "[Music]", "[Applause]", "(laughs)", "(SIGHS)", "(MUSIC PLAYING)", "♪", "♪♪", "♪ la la ♪", "[door closes]",
            "[inaudible 00:12:03]", "[crosstalk]", "[BLANK_AUDIO]", "*laughs*", "\\[laughter\\]", "(which was 1870)",
            "[", "]", "[the board]",
            // Inline Markdown and HTML.
            "**bold**", "*em*", "_em_", "__strong__", "~~gone~~", "**", "*", "_", "[link](https://example.com/a)",
            "![alt text](img/a.png)", "<https://example.com>", "<br>", "<p>", "</em>", "<!-- note -->", "&quot;",
            "&amp;", "&#39;", "&nbsp;", "&rsquo;", "&mdash;", "&bogus;", "&#0;", "\\*", "\\_", "\\#",
            // Transcript tools' notes.
            "Transcribed by https://otter.ai", "[Transcript]", "Edited for clarity");

    @Provide
    Arbitrary<List<List<String>>> transcripts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(9),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5),
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4));
        Arbitrary<String> line = Combinators.combine(
                        word.list().ofMinSize(0).ofMaxSize(14),
                        Arbitraries.of("", ".", "?", "!", ",", " ", "."))
                .as((words, end) -> String.join(" ", words) + end)
                .map(text -> text.replace('\n', ' ').replace('\r', ' '));
        Arbitrary<List<String>> section = line.list().ofMinSize(1).ofMaxSize(12);
        return section.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 250)
    void neverThrowsAndLosesNoWordSilently(@ForAll("transcripts") List<List<String>> sections) {
        neverThrowsAndLosesNoWordSilentlyOn(sections);
    }

    /** The same property on many more transcripts, in the slow step. */
    @Property(tries = 4000)
    @Tag("slow")
    void neverThrowsAndLosesNoWordSilentlyOnManyMore(@ForAll("transcripts") List<List<String>> sections) {
        neverThrowsAndLosesNoWordSilentlyOn(sections);
    }

    private void neverThrowsAndLosesNoWordSilentlyOn(List<List<String>> sections) {
        List<RawSection> raws = new ArrayList<>();
        for (List<String> lines : sections) {
            // The same header on every section, as transcript sites print it.
            String text = "Ann Example\nPodcast Appearances\n" + String.join("\n", lines);
            raws.add(Cleaning.raw(raws.size() + 1, (raws.size() + 1) + ".txt", null, text));
        }
        Cleaning.clean(raws);
    }
}
