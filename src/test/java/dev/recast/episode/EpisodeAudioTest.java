package dev.recast.episode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recast.audio.PcmFormat;
import dev.recast.audio.PcmSource;
import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpisodeAudioTest {

    private static final Utterance A = new Utterance("01-0001", 1, Role.NARRATION, "a", "a", null, Pause.SENTENCE);
    private static final Utterance B = new Utterance("01-0002", 1, Role.NARRATION, "b", "b", null, Pause.SECTION);
    private static final Map<String, short[]> CLIPS = Map.of(
            A.id(), new short[] {1, 2, 3},
            B.id(), new short[] {4, 5});
    // a: samples 0..3, pause to 5; b: 5..7, pause to 8
    private static final Timeline TIMELINE = new Timeline(PcmFormat.SPEECH_16K,
            List.of(new SectionSpan(1, "One", "1.txt", 0, 8)),
            List.of(new Placed(A, 0, 3, 5), new Placed(B, 5, 7, 8)),
            List.of(new Chapter("One", 1, 0)), 8);

    private static final EpisodeAudio AUDIO = new EpisodeAudio(TIMELINE, u -> CLIPS.get(u.id()));

    @Test
    void theEpisodeIsEachClipThenItsPause() throws IOException {
        assertArrayEquals(new short[] {1, 2, 3, 0, 0, 4, 5, 0}, readAll(AUDIO.episode(), 3));
    }

    @Test
    void aSpanStartsAndEndsAnywhere() throws IOException {
        assertArrayEquals(new short[] {3, 0, 0, 4}, readAll(AUDIO.span(2, 6), 1));
        assertArrayEquals(new short[] {}, readAll(AUDIO.span(4, 4), 5));
    }

    @Test
    void aClipOfTheWrongLengthIsAnError() {
        EpisodeAudio wrong = new EpisodeAudio(TIMELINE, u -> new short[] {1});
        assertThrows(IOException.class, () -> readAll(wrong.episode(), 8));
    }

    @Test
    void aSpanOutsideTheEpisodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AUDIO.span(0, 9));
    }

    private static short[] readAll(PcmSource source, int bufferSize) throws IOException {
        short[] all = new short[0];
        short[] buffer = new short[bufferSize];
        for (int n = source.read(buffer, 0, bufferSize); n >= 0; n = source.read(buffer, 0, bufferSize)) {
            int at = all.length;
            all = Arrays.copyOf(all, at + n);
            System.arraycopy(buffer, 0, all, at, n);
        }
        return all;
    }
}
