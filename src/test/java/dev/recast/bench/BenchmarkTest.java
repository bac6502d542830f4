package dev.recast.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

    @Test
    void aStepReportsTheMiddleOfItsRounds() {
        assertEquals(4.8, new Benchmark.Step("(b)", List.of(5.66, 3.92, 4.8), 60).median());
        assertEquals(4.0, new Benchmark.Step("(b)", List.of(5.0, 3.0), 60).median());
        assertEquals(2.5, new Benchmark.Step("(b)", List.of(2.5), 60).median());
    }

    @Test
    void everyCopyOfTheTranscriptSaysItsOwnNumbers() {
        assertEquals("The tide rose 14 feet in 1989.", BenchTranscript.varied("The tide rose 12 feet in 1987.", 3));
        assertEquals("In part 2, The clock stopped.", BenchTranscript.varied("The clock stopped.", 2));
    }
}
