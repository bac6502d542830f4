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

    /** Five minutes of 44.1 kHz audio encoded a minute every 5 s. */
    private void anEncodingOfFiveMinutes(ProgressDisplay display) {
        display.stageStarted("encoding episode.mp3", 44_100L * 300, 44_100);
        for (int i = 0; i < 5; i++) {
            now += 5_000_000_000L;
            display.stageAdvanced(44_100L * 60);
        }
    }

    @Test
    void theMp3sEncodingGetsLinesOverItsAudioAfterTheUtterances() {
        ProgressDisplay display = new ProgressDisplay(err, false, false, () -> now);
        fourUtterancesFiveSecondsApart(display);
        anEncodingOfFiveMinutes(display);
        assertTrue(shown().endsWith("""
                ETA 0:00:00
                recast: encoding episode.mp3: 0:02:00 of 0:05:00, 12x real time, ETA 0:00:15
                recast: encoding episode.mp3: 0:04:00 of 0:05:00, 12x real time, ETA 0:00:05
                """), shown());
    }

    @Test
    void aTerminalGetsABarForTheEncodingOnALineOfItsOwn() {
        ProgressDisplay display = new ProgressDisplay(err, true, false, () -> now);
        fourUtterancesFiveSecondsApart(display);
        anEncodingOfFiveMinutes(display);
        display.note("done");
        String text = shown();
        String encoding = text.substring(text.indexOf("ETA 0:00:00\n") + "ETA 0:00:00\n".length());
        assertTrue(encoding.startsWith("\r[####--------------------] encoding episode.mp3: 0:01:00 of 0:05:00, "
                + "12x real time, ETA 0:00:20"), text);
        assertTrue(encoding.endsWith("\r[########################] encoding episode.mp3: 0:05:00 of 0:05:00, "
                + "12x real time, ETA 0:00:00\nrecast: done\n"), text);
    }

    @Test
    void quietShowsNothing() {
        ProgressDisplay display = new ProgressDisplay(err, true, true, () -> now);
        fourUtterancesFiveSecondsApart(display);
        anEncodingOfFiveMinutes(display);
        display.note("a note");
        assertEquals("", shown());
    }
}
