package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Café: the Long Count!           | cafe-the-long-count
            Introduction                    | introduction
            "  Leading and trailing  "      | leading-and-trailing
            Q&A -- part 2                   | q-a-part-2
            Chapter 10: 1,000 Days          | chapter-10-1-000-days
            Don't Panic                     | dont-panic
            It’s Über-Naïve                 | its-uber-naive
            Straße in Łódź, Ærø             | strasse-in-lodz-aero
            ﬁnal ²                          | final-2
            İstanbul                        | istanbul
            ...                             | untitled
            日本語のタイトル                   | untitled
            日本語 Part 3                    | part-3
            🎙️ Episode 🎧                    | episode
            """)
    void slugs(String title, String expected) {
        assertEquals(expected, Slug.of(title));
    }

    @Test
    void anEmptyTitleIsUntitled() {
        assertEquals("untitled", Slug.of(""));
    }

    @Test
    void aLongTitleIsCutAtAWordBoundary() {
        String title = "The quick brown fox jumps over the lazy dog while the cat watches from the fence";
        String slug = Slug.of(title);
        assertEquals("the-quick-brown-fox-jumps-over-the-lazy-dog-while-the-cat", slug);
        assertTrue(slug.length() <= Slug.MAX_LENGTH);
    }

    @Test
    void aWordExactlyAtTheLimitIsKept() {
        String sixty = "a".repeat(55) + " bcde fgh"; // "aaa…a-bcde" is 60 characters
        assertEquals("a".repeat(55) + "-bcde", Slug.of(sixty));
    }

    @Test
    void oneVeryLongWordIsCutMidWord() {
        assertEquals("x".repeat(Slug.MAX_LENGTH), Slug.of("x".repeat(100)));
    }
}
