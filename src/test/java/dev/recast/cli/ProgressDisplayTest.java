package dev.recast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress display with a clock that moves only when told. */
class ProgressDisplayTest {

    private long now;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void fourUtterancesFiveSecondsApart(ProgressDisplay display) {
        display.synthesisStarted(4);
        for (int i = 0; i < 4; i++) {
            now += 5_000_000_000L;
            display.utteranceDone(16_000 * 30, 16_000, i % 2 == 0);
        }
    }

    @Test
    void notATerminalGetsAPlainLineEveryTenSeconds() {
        ProgressDisplay display = new ProgressDisplay(err, false, false, () -> now);
        fourUtterancesFiveSecondsApart(display);
        assertEquals("""
                recast: 2/4 utterances, 0:01:00 of audio, 6x real time, ETA 0:00:10
                recast: 4/4 utterances, 0:02:00 of audio, 6x real time, ETA 0:00:00
                """, shown());
    }

    @Test
    void aTerminalGetsOneBarRedrawnInPlace() {
        ProgressDisplay display = new ProgressDisplay(err, true, false, () -> now);
        fourUtterancesFiveSecondsApart(display);
        display.note("done");
        String text = shown();
        assertTrue(text.startsWith("\r[######------------------] 1/4 utterances"), text);
        assertTrue(text.contains("\r[########################] 4/4 utterances, 0:02:00 of audio"), text);
        assertTrue(text.endsWith("ETA 0:00:00\nrecast: done\n"), text);
    }

    @Test
    void quietShowsNothing() {
        ProgressDisplay display = new ProgressDisplay(err, true, true, () -> now);
        fourUtterancesFiveSecondsApart(display);
        display.note("a note");
        assertEquals("", shown());
    }
}
