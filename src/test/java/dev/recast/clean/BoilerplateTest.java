package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static dev.recast.clean.Cleaning.describeBlocks;
import static dev.recast.clean.Cleaning.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Page boilerplate: found by repetition across sections, or by known header lines in one alone. */
class BoilerplateTest {

    private static List<String> boilerplate(Section section) {
        return section.removals().stream()
                .filter(r -> r.reason() == RemovalReason.BOILERPLATE)
                .map(Removal::text)
                .toList();
    }

    @Test
    void removesLinesEverySectionRepeatsAtItsHeadAndFoot() {
        String head = "The Lantern Hour\nEpisode transcript\n";
        String foot = "\nThanks for listening.\nlanternhour.example";
        List<Section> sections = clean(List.of(
                raw(1, "a.txt", null, head + "The tower stood on the rock.\nIt was white." + foot),
                raw(2, "b.txt", null, head + "\nThe keeper lived alone." + foot + "\n"),
                raw(3, "c.txt", null, head + "Supplies came by boat." + foot)));

        for (Section section : sections) {
            assertEquals(List.of("The Lantern Hour", "Episode transcript", "Thanks for listening.", "lanternhour.example"),
                    boilerplate(section));
        }
        assertEquals(List.of("P The tower stood on the rock.", "P It was white."), describeBlocks(sections.get(0)));
        assertEquals(List.of("P The keeper lived alone."), describeBlocks(sections.get(1)));
    }

    @Test
    void comparesLinesAsTextAllowingForAMisdecodedLine() {
        List<Section> sections = clean(List.of(
                raw(1, "a.txt", null, "Ada Quill\n🎤 GuestAppearances Over Time\nThe tide came in."),
                raw(2, "b.txt", null, "ADA QUILL.\n๐ค GuestAppearances Over Time\nThe tide went out.")));

        assertEquals(List.of("Ada Quill", "🎤 GuestAppearances Over Time"), boilerplate(sections.get(0)));
        assertEquals(List.of("ADA QUILL.", "๐ค GuestAppearances Over Time"), boilerplate(sections.get(1)));
        assertEquals(List.of(), sections.get(1).removals().stream()
                .filter(r -> r.reason() == RemovalReason.MISDECODED).toList());
    }

    @Test
    void keepsSectionsThatRepeatEachOtherWhole() {
        List<Section> sections = clean(List.of(
                raw(1, "a.txt", null, "The tide came in."), raw(2, "b.txt", null, "The tide came in.")));

        assertEquals(List.of("P The tide came in."), describeBlocks(sections.get(1)));
    }

    static Stream<Arguments> singleSections() {
        return Stream.of(
                arguments("name, mis-decoded header, header",
                        "Ada Quill\n๐ค GuestAppearances Over Time\nPodcast Appearances\nThe harbour froze early.",
                        List.of("Ada Quill", "๐ค GuestAppearances Over Time", "Podcast Appearances")),
                arguments("header alone", "Podcast Appearances\nThe harbour froze early.",
                        List.of("Podcast Appearances")),
                arguments("a name below the header is content", "Podcast Appearances\nAda Quill\nThe harbour froze.",
                        List.of("Podcast Appearances")),
                arguments("a name with no header is content", "Ada Quill\nThe harbour froze early.", List.of()),
                arguments("a title-like first line is content", "Closing Thoughts\nWe went home.", List.of()),
                arguments("the phrase inside a sentence is content",
                        "Her podcast appearances over time grew rarer.", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleSections")
    void fallsBackToKnownHeaderLinesInASingleSection(String name, String text, List<String> removed) {
        assertEquals(removed, boilerplate(clean(text)));
    }
}
