package dev.recast.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.proof.ProofReport.Heard;
import dev.recast.proof.ProofReport.HeardAs;
import dev.recast.proof.ProofReport.MisheardWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProofReportTest {

    private final List<String> advised = new ArrayList<>();

    private ProofReport report(Heard... heard) {
        return ProofReport.of(List.of(heard), word -> {
            advised.add(word);
            return new Advice.Unclear("test");
        });
    }

    private static Heard heard(String id, String said, String heard) {
        return new Heard(id, "a.txt:1", said, WordAlignment.words(heard));
    }

    @Test
    void ranksByErrorRateThenByMoreErrorsThenInEpisodeOrder() {
        ProofReport report = report(
                heard("01-0001", "one two three four", "one two three four"),   // 0
                heard("01-0002", "one two three four", "one two three for"),    // 1 of 4
                heard("01-0003", "one two", "one to"),                          // 1 of 2
                heard("01-0004", "one two three four", "won too three four"),   // 2 of 4
                heard("01-0005", "one two", "one to"));                         // 1 of 2, after 01-0003
        assertEquals(List.of("01-0004", "01-0003", "01-0005", "01-0002", "01-0001"),
                report.ranked().stream().map(Heard::id).toList());
        assertEquals(16, report.wordsSaid());
        assertEquals(5, report.errors());
        assertEquals(5 / 16.0, report.errorRate(), 1e-12);
        assertEquals(1, report.heardExactly());
    }

    @Test
    void talliesMisheardWordsMostOftenFirstWithWhatWasHeard() {
        ProofReport report = report(
                heard("01-0001", "the kettle is on", "the cattle is on"),
                heard("01-0002", "a kettle of fish", "a cattle of fish"),
                heard("01-0003", "kettle", "kettle"),
                heard("01-0004", "put the kettle down", "put the cable"));
        MisheardWord kettle = report.words().get(0);
        assertEquals("kettle", kettle.word());
        assertEquals(3, kettle.misheard());
        assertEquals(4, kettle.said());
        assertEquals(List.of(new HeardAs("cattle", 2), new HeardAs("cable", 1)), kettle.heardAs());
        MisheardWord down = report.words().get(1);
        assertEquals(new MisheardWord("down", 1, 1, List.of(new HeardAs("", 1)), Optional.empty()), down);
    }

    @Test
    void advisesOnlyOnWordsMisheardConsistently() {
        // "tide": 3 of 4, consistent; "gauge": 1 of 1, once is luck; "sea": 2 of 4, half the time.
        ProofReport report = report(
                heard("01-0001", "tide gauge sea", "type age see"),
                heard("01-0002", "tide sea", "tied see"),
                heard("01-0003", "tide sea", "tide sea"),
                heard("01-0004", "tide sea", "type sea"));
        assertEquals(List.of("tide"), advised);
        assertTrue(report.words().stream().filter(w -> w.word().equals("tide")).findFirst().orElseThrow()
                .advice().isPresent());
        assertTrue(report.words().stream().filter(w -> !w.word().equals("tide")).allMatch(w -> w.advice().isEmpty()));
    }
}
