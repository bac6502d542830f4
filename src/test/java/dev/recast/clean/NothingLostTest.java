package dev.recast.clean;

import static dev.recast.clean.Cleaning.assertNothingLost;
import static dev.recast.clean.Cleaning.raw;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recast.ingest.RawSection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word of the input reaches a block or a removal. {@link Cleaning} checks this on every
 * test's input; this class runs it over the mixed samples and shows that the check has teeth.
 */
class NothingLostTest {

    static Stream<RawSection> samples() {
        return Stream.concat(WholeSectionTest.episode().stream(), Stream.of(
                raw("Ada Quill\n\nPodcast Appearances\n\nThe keeper wrote,\nQuote the lamp\nis lit. Unquote\n\n"
                        + "There's an image here. A chart of tides.\nSource: Harbour Museum.\n\nHeading\n\nThe end."),
                raw("๐ค \uFFFD\nâ€ didnâ€™t\nSubheading.\nAsterisk asterisk.\nQuote\nEnd quote Unquote quote unquote"),
                raw(""),
                raw("[00:00:01] Dr. Jane Smith: Hello.\n00:14\nSpeaker 2 (00:14):\nNote: a quote.\n"
                        + "00:00:01,000 --> 00:00:04,000\nBen: Quote aye. End quote\n(1:02:33)"),
                raw(2, "talk.txt", null, TranscriptFormsTest.PLAIN)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void accountsForEveryWord(RawSection raw) {
        assertNothingLost(raw, new TranscriptCleaner(CleaningRules.defaults()).clean(List.of(raw)).get(0));
    }

    @Test
    void noticesAWordThatWentMissing() {
        RawSection raw = WholeSectionTest.episode().get(0);
        Section section = new TranscriptCleaner(CleaningRules.defaults()).clean(List.of(raw)).get(0);
        List<Removal> fewer = new ArrayList<>(section.removals());
        fewer.remove(fewer.size() - 1);
        Section lossy = new Section(section.index(), section.source(), section.title(), section.blocks(), fewer);

        assertThrows(AssertionError.class, () -> assertNothingLost(raw, lossy));
    }
}
