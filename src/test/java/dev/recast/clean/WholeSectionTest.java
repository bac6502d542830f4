package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static dev.recast.clean.Cleaning.describeBlocks;
import static dev.recast.clean.Cleaning.describeRemovals;
import static dev.recast.clean.Cleaning.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.ingest.RawSection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole section in the style of the narrated-article transcripts: page header, markup, notes. */
class WholeSectionTest {

    private static final String HEADER = "Ada Quill\n๐ค GuestAppearances Over Time\nPodcast Appearances\n";

    static final String LOGBOOKS = HEADER + """
            A keeper's logbook from the northern station, open at the winter pages.
            Source.
            Most entries record the weather, the oil burned, and the ships that passed.
            There's an image here.
            Subheading.
            What did the keepers write about?
            Beyond the weather, they wrote about loneliness.
            Subheading Letters from the mainland
            One keeper's daughter wrote every week.
            In one letter she asks, Quote Heading Questions from home Asterisk asterisk are you eating \
            asterisk asterisk Mother worries about you.
            Asterisk asterisk the reply asterisk asterisk.
            He answered that the lamp kept him company.
            Heading Conclusion
            The logbooks are now in the harbour museum.""";

    static final String SUPPLIES = HEADER + """
            Subheading
            How did supplies arrive?
            A tender called once a month when the sea allowed.
            In bad winters it did not come at all.""";

    static final String STORMS = HEADER + """
            The worst storm on record lasted nine days.
            Waves broke over the gallery, forty metres up.""";

    static List<RawSection> episode() {
        return List.of(
                raw(1, "01-the-logbooks.txt", null, LOGBOOKS),
                raw(2, "002_9f3c1a7be0d24e55.txt", null, SUPPLIES),
                raw(3, "003_5d1e0c2a9b7f4c31.txt", null, STORMS));
    }

    @Test
    void cleansAWholeSection() {
        Section section = clean(episode()).get(0);

        assertEquals("The logbooks", section.title());
        assertEquals(List.of(
                "P A keeper's logbook from the northern station, open at the winter pages.",
                "P Most entries record the weather, the oil burned, and the ships that passed.",
                "H2 What did the keepers write about?",
                "P Beyond the weather, they wrote about loneliness.",
                "H2 Letters from the mainland",
                "P One keeper's daughter wrote every week.",
                "P In one letter she asks,",
                "Q Questions from home",
                "Q are you eating",
                "Q Mother worries about you.",
                "P the reply.",
                "P He answered that the lamp kept him company.",
                "H1 Conclusion",
                "P The logbooks are now in the harbour museum."), describeBlocks(section));
        assertEquals(List.of(
                "BOILERPLATE Ada Quill",
                "BOILERPLATE ๐ค GuestAppearances Over Time",
                "BOILERPLATE Podcast Appearances",
                "SOURCE_NOTE Source.",
                "IMAGE_NOTE There's an image here.",
                "MARKUP Subheading.",
                "MARKUP Subheading",
                "MARKUP Quote", "MARKUP Heading", "MARKUP Asterisk asterisk", "MARKUP asterisk asterisk",
                "MARKUP Asterisk asterisk", "MARKUP asterisk asterisk",
                "MARKUP Heading"), describeRemovals(section));
        assertEquals(List.of(1, 2, 3, 5, 7, 8, 11, 13, 13, 13, 13, 14, 14, 16),
                section.removals().stream().map(Removal::line).toList());
    }

    @Test
    void titlesEachSection() {
        assertEquals(List.of("The logbooks", "How did supplies arrive?", "Part 3"),
                clean(episode()).stream().map(Section::title).toList());
    }

    @Test
    void cleansASectionAloneAsInAnEpisode() {
        List<Section> together = clean(episode());
        for (int k = 0; k < together.size(); k++) {
            assertEquals(together.get(k), clean(List.of(episode().get(k))).get(0));
        }
    }

    @Test
    void givesTheSameSectionsEveryRun() {
        assertEquals(clean(episode()), clean(episode()));
    }
}
