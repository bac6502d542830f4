package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VoiceDataFilesTest {

    private static final String TEXT = "The tide tables for 1987 were wrong by 4.5 minutes! Nobody noticed, at "
            + "first; then the harbour master, Mr. J. R. Ellis, wrote to the council about the estuary.";

    @ParameterizedTest
    @ValueSource(strings = {"kevin16", "kevin"})
    void aVoiceReadFromTheCopiesSaysExactlyWhatOneReadFromTheJarSays(String name) {
        VoiceDataFiles files = VoiceDataFiles.copied();
        assertNotNull(files, "a temporary folder takes the copies here");
        assertArrayEquals(say(name, null), say(name, files));
    }

    @Test
    void theCopiesAreFilesFreeTtsCanOpenByTheirUrl() throws Exception {
        URL database = VoiceDataFiles.copied().database("cmu_us_kal16.bin");
        assertEquals("file", database.getProtocol());
        Path file = Path.of(database.getFile());
        assertTrue(Files.size(file) > 1_000_000, file + " holds the 16 kHz diphones");
        assertEquals(database, VoiceDataFiles.copied().database("cmu_us_kal16.bin"), "copied once");
    }

    private static short[] say(String name, VoiceDataFiles files) {
        LpcWaveform waveform = new LpcWaveform();
        Voice voice = KevinVoice.named(name, waveform, files);
        voice.setAudioPlayer(new NullAudioPlayer());
        voice.allocate();
        try {
            assertTrue(voice.speak(TEXT));
            short[] said = waveform.take();
            assertTrue(said.length > 8000, "said something: " + said.length);
            return said;
        } finally {
            voice.deallocate();
        }
    }
}
