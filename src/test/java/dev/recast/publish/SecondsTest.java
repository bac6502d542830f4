package dev.recast.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recast.audio.PcmFormat;
import dev.recast.episode.Timeline;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecondsTest {

    @ParameterizedTest(name = "[{index}] sample {1} at {0} Hz -> {2}")
    @CsvSource(textBlock = """
            16000,          0,     0.000
            16000,          8,     0.001
            16000,          7,     0.000
            16000,     24_001,     1.500
            16000,     24_008,     1.501
            44100,         22,     0.000
            44100,     22_050,     0.500
            44100, 44_100_000,  1000.000
            11025,      5_513,     0.500
            """)
    void roundsToTheNearestMillisecondHalvesUp(int rate, String sample, String expected) {
        Timeline timeline = new Timeline(new PcmFormat(rate, 16, 1), List.of(), List.of(), List.of(), 0);
        assertEquals(expected, Seconds.at(timeline, Long.parseLong(sample.replace("_", ""))).toPlainString());
    }
}
