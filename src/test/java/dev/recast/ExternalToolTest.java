package dev.recast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ExternalToolTest {

    @Test
    void returnsStandardOutput() {
        ExternalTool sh = ExternalTool.require("sh");
        assertEquals("héllo\n", sh.run("-c", "printf 'héllo\\n'; echo noise >&2"));
    }

    @Test
    void failsWithStandardErrorOnNonZeroExit() {
        ExternalTool sh = ExternalTool.require("sh");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> sh.run("-c", "echo 'no such input' >&2; exit 3"));
        assertTrue(failure.getMessage().contains("exited with 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains("no such input"), failure.getMessage());
    }

    @Test
    void missingToolSkipsOrFailsAsTheEnvironmentAsks() {
        Class<? extends Throwable> expected = "1".equals(System.getenv("RECAST_REQUIRE_TOOLS"))
                ? AssertionFailedError.class
                : TestAbortedException.class;
        Throwable thrown = assertThrows(Throwable.class, () -> ExternalTool.require("recast-no-such-tool"));
        assertEquals(expected, thrown.getClass());
        assertTrue(thrown.getMessage().contains("recast-no-such-tool is not on PATH"), thrown.getMessage());
    }
}
