package dev.recast.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(SentenceRules.ENGLISH);

    /** Input text, then the sentences it splits into. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // plain boundaries
                split("One sentence.", "One sentence."),
                split("No final period", "No final period"),
                split("First. Second.", "First.", "Second."),
                split("Is it? Yes! Good.", "Is it?", "Yes!", "Good."),
                split("Really?! I know.", "Really?!", "I know."),
                split("Born in 1851. 1852 was calm.", "Born in 1851.", "1852 was calm."),
                split("Two  spaces.   Then more.", "Two  spaces.", "Then more."),
                split("Across\na line. Break\nhere.", "Across\na line.", "Break\nhere."),
                split("No-break space.\u00a0Next one.", "No-break space.", "Next one."),
                split("  Padded.  ", "Padded."),
                split("lower. case after a period stays", "lower. case after a period stays"),
                // abbreviations that never end a sentence
                split("Dr. Smith arrived. He sat.", "Dr. Smith arrived.", "He sat."),
                split("Mr. and Mrs. Jones left.", "Mr. and Mrs. Jones left."),
                split("Prof. Lee agreed.", "Prof. Lee agreed."),
                split("Cats vs. Dogs is a film.", "Cats vs. Dogs is a film."),
                split("Fruit, e.g. Apples, is good.", "Fruit, e.g. Apples, is good."),
                split("One thing, i.e. The point, matters.", "One thing, i.e. The point, matters."),
                split("Fruit (e.g. Pears) is good.", "Fruit (e.g. Pears) is good."),
                split("Use e.g., commas.", "Use e.g., commas."),
                // abbreviations that may end a sentence: only a sentence starter splits
                split("Smith et al. Showed it.", "Smith et al. Showed it."),
                split("Smith et al. showed it.", "Smith et al. showed it."),
                split("It was Smith et al. The data agree.", "It was Smith et al.", "The data agree."),
                split("Apples, pears, etc. are fruit.", "Apples, pears, etc. are fruit."),
                split("Apples, pears, etc. Then came plums.", "Apples, pears, etc.", "Then came plums."),
                split("The U.S. Army moved.", "The U.S. Army moved."),
                split("The U.S. government said no.", "The U.S. government said no."),
                split("He moved to the U.S. In 1990 he wrote.", "He moved to the U.S.", "In 1990 he wrote."),
                split("We met at 9 a.m. The room was cold.", "We met at 9 a.m.", "The room was cold."),
                split("We met at 9 a.m. Eastern time.", "We met at 9 a.m. Eastern time."),
                split("She lives on Main St. The house is red.", "She lives on Main St.", "The house is red."),
                split("St. Louis is big.", "St. Louis is big."),
                split("Acme Inc. Sold it. Acme Inc. It grew.", "Acme Inc. Sold it.", "Acme Inc.", "It grew."),
                split("See Fig. 3 for more.", "See Fig. 3 for more."),
                split("On Jan. 5 we met.", "On Jan. 5 we met."),
                split("He earned a Ph.D. The next year he left.", "He earned a Ph.D.", "The next year he left."),
                // initials
                split("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it."),
                split("J.R.R. Tolkien wrote it.", "J.R.R. Tolkien wrote it."),
                split("George W. Bush spoke.", "George W. Bush spoke."),
                split("We chose plan B. Then it rained.", "We chose plan B.", "Then it rained."),
                // decimals, versions, URLs, e-mail addresses
                split("It rose 4.5 percent. Then fell.", "It rose 4.5 percent.", "Then fell."),
                split("Install v2.0.1 today. It works.", "Install v2.0.1 today.", "It works."),
                split("It grew by 3.14.", "It grew by 3.14."),
                split("Go to www.example.com now. Then wait.", "Go to www.example.com now.", "Then wait."),
                split("Visit https://example.com/a.b?c=d. Then wait.", "Visit https://example.com/a.b?c=d.",
                        "Then wait."),
                split("Mail jane.doe@example.org. Thanks.", "Mail jane.doe@example.org.", "Thanks."),
                split("Mail jane.doe@example.org for help.", "Mail jane.doe@example.org for help."),
                // ellipses
                split("Well... maybe.", "Well... maybe."),
                split("Well… maybe.", "Well… maybe."),
                split("I waited... Nothing happened.", "I waited...", "Nothing happened."),
                split("I waited… Nothing happened.", "I waited…", "Nothing happened."),
                split("...and then it ended.", "...and then it ended."),
                split("Wait...what?", "Wait...what?"),
                // closing quotes and brackets
                split("He said \"no.\" Then he left.", "He said \"no.\"", "Then he left."),
                split("He said “no.” Then he left.", "He said “no.”", "Then he left."),
                split("She asked 'why?' Nobody knew.", "She asked 'why?'", "Nobody knew."),
                split("(See above.) Then go on.", "(See above.)", "Then go on."),
                split("\"Why?\" she asked.", "\"Why?\" she asked."),
                split("He left. \"Why?\" she asked.", "He left.", "\"Why?\" she asked."),
                split("He said \"no.\" then left.", "He said \"no.\" then left."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splitsIntoSentences(String text, List<String> sentences) {
        assertEquals(sentences, splitter.split(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void losesNothingButWhitespaceBetweenSentences(String text, List<String> sentences) {
        assertEquals(text.replaceAll("[\\s\\p{Z}]+", ""), String.join("", splitter.split(text)).replaceAll("[\\s\\p{Z}]+", ""));
    }

    @Test
    void blankTextHasNoSentences() {
        assertEquals(List.of(), splitter.split("  \n "));
    }

    @Test
    void abbreviationListsAreData() {
        SentenceSplitter withoutTitles = new SentenceSplitter(
                new SentenceRules(Set.of(), Set.of(), Set.of()));
        assertEquals(List.of("Dr.", "Smith arrived."), withoutTitles.split("Dr. Smith arrived."));
    }

    private static Arguments split(String text, String... sentences) {
        return Arguments.of(text, List.of(sentences));
    }
}
