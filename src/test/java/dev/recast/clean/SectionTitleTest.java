package dev.recast.clean;

import static dev.recast.clean.Cleaning.clean;
import static dev.recast.clean.Cleaning.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A section's title: the manifest's, a first heading's, the file name's words, else "Part N". */
class SectionTitleTest {

    @ParameterizedTest(name = "{0} / {1} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            02-the-long-count.txt      | -                 | The sea rose.                | The long count
            notes/intro.txt            | From the manifest | Heading Opening\\nThe sea.   | From the manifest
            000_deb52032437c91e7.txt   | -                 | Heading Opening\\nThe sea.   | Opening
            000_deb52032437c91e7.txt   | -                 | The sea rose.                | Part 3
            deadbeefcafe.txt           | -                 | The sea rose.                | Part 3
            a1b2c3.txt                 | -                 | The sea rose.                | Part 3
            07.txt                     | -                 | The sea rose.                | Part 3
            chapter_2_results.md       | -                 | The sea rose.                | Chapter 2 results
            C:\\shows\\03 Tidal Pools  | -                 | The sea rose.                | Tidal Pools
            """)
    void titlesTheSection(String source, String title, String text, String expected) {
        Section section = clean(List.of(raw(3, source, title, text.replace("\\n", "\n")))).get(0);

        assertEquals(expected, section.title());
    }
}
