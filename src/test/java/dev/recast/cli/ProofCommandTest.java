package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code recast proof}'s command line; what it reports is checked in {@code pipeline/ProofTest}. */
class ProofCommandTest {

    @Test
    void helpNamesItsOptions() {
        Run run = Run.recast("proof", "--help");
        assertEquals(0, run.exit());
        for (String option : new String[] {"--voice", "--top", "--jobs", "--cache", "--no-cache"}) {
            assertTrue(run.out().contains(option), option + " in:\n" + run.out());
        }
        assertTrue(Run.recast("--help").out().contains("proof [INPUT]"));
    }

    @Test
    void refusesBadUsageBeforeAnyWork() {
        assertEquals(new Run(2, "", "recast: --top must be a whole number from 1, not '0'\n"),
                Run.recast("proof", "--top", "0"));
        assertEquals(new Run(2, "", "recast: proof takes one INPUT, got 2 (try recast proof --help)\n"),
                Run.recast("proof", "a", "b"));
        assertEquals(2, Run.recast("proof", "--cache", "c", "--no-cache").exit());
        assertEquals(2, Run.recast("proof", "-j", "0").exit());
    }
}
