package dev.recast.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.clean.Removal;
import dev.recast.clean.Section;
import dev.recast.segment.Segmenter;
import dev.recast.segment.Utterance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs far larger than a transcript, read, cleaned and segmented as a render does (synthesis
 * aside): they finish in time linear in their size and every word is accounted for. The timeouts
 * are generous; a quadratic step would blow them by orders of magnitude.
 */
class LargeInputTest {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");
    private static final String[] WORDS = {"the", "keeper", "wrote,", "Dr.", "4.5", "1870s", "tide", "e.g.", "lamp",
        "harbour", "40%", "$1,200", "Quote", "asterisk", "“so”", "it’s", "—", "(aside)", "Heading"};

    @TempDir
    Path dir;

    private static String transcript(long words, boolean oneLine) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (long n = 1; n <= words; n++) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            text.append(n % 14 != 0 ? " " : oneLine ? ". " : n % 70 == 0 ? ".\n\n" : ".\n");
        }
        return text.toString();
    }

    /** Reads, cleans and segments {@code text} as one section; checks no word went missing. */
    private List<Utterance> readCleanSegment(String text) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("1.txt"), text, StandardCharsets.UTF_8);
        Section section = Cleaned.read(Optional.of(in)).sections().get(0);
        List<Utterance> utterances = new Segmenter().segment(section);
        long spoken = utterances.stream().mapToLong(u -> count(u.sourceText())).sum()
                + section.removals().stream().map(Removal::text).mapToLong(LargeInputTest::count).sum();
        assertEquals(count(text), spoken, "every word reaches an utterance or a removal");
        return utterances;
    }

    private static long count(String text) {
        long n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The million-word check at a thirtieth of the size, in the default run. */
    @Test
    @Timeout(60)
    void aThirtyThousandWordTranscript() throws Exception {
        manyWords(30_000);
    }

    @Test
    @Tag("slow")
    @Timeout(120)
    void aMillionWordTranscript() throws Exception {
        manyWords(1_000_000);
    }

    private void manyWords(int words) throws Exception {
        String text = transcript(words, false);
        assertEquals(words, text.split("\\s+").length);
        assertTrue(readCleanSegment(text).size() > words / 1_000, "utterances");
    }

    /** The many-megabyte check at a quarter of a megabyte, in the default run. */
    @Test
    @Timeout(60)
    void aSingleLineSectionOfAQuarterMegabyte() throws Exception {
        singleLine(250);
    }

    /**
     * 10 MB unless {@code -Drecast.singleLineMegabytes} says otherwise (50 is the size the issue asked for).
     */
    @Test
    @Tag("slow")
    @Timeout(600)
    void aSingleLineSectionOfManyMegabytes() throws Exception {
        singleLine(1_000 * Integer.getInteger("recast.singleLineMegabytes", 10));
    }

    private void singleLine(int kilobytes) throws Exception {
        String text = transcript(kilobytes * 175L, true);
        assertTrue(text.length() >= kilobytes * 1_000L && text.indexOf('\n') < 0, String.valueOf(text.length()));
        assertTrue(readCleanSegment(text).size() > kilobytes / 10, "utterances");
    }

    /**
     * One token 200 KB long: a regular expression that backtracks, quadratic or worse, would
     * take many minutes here, past the timeout.
     */
    @ParameterizedTest
    @ValueSource(strings = {"-", ".", "a", "4", "!?", "’"})
    @Timeout(60)
    void aLongToken(String unit) throws Exception {
        longToken(unit, 200_000);
    }

    /** The same at a megabyte, where backtracking would take hours. */
    @ParameterizedTest
    @ValueSource(strings = {"-", ".", "a", "4", "!?", "’"})
    @Tag("slow")
    @Timeout(60)
    void aMegabyteLongToken(String unit) throws Exception {
        longToken(unit, 1_000_000);
    }

    private void longToken(String unit, int characters) throws Exception {
        readCleanSegment("Before it. " + unit.repeat(characters / unit.length()) + "x after.");
    }
}
