package dev.recast.synth;

import com.sun.speech.freetts.Age;
import com.sun.speech.freetts.Gender;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.en.us.CMUDiphoneVoice;
import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.net.URL;
import java.util.Locale;

/**
 * FreeTTS's kevin diphone voices, built as its {@link KevinVoiceDirectory} builds them, with
 * the audio output replaced by an {@link LpcWaveform} that keeps the samples, and their data
 * read from {@link VoiceDataFiles} where it could be copied there.
 */
final class KevinVoice extends CMUDiphoneVoice {

    private final LpcWaveform waveform;

    private KevinVoice(String name, String description, String database, LpcWaveform waveform,
            VoiceDataFiles files) {
        super(name, Gender.MALE, Age.YOUNGER_ADULT, description, Locale.US, "general", "cmu",
                files != null ? files.lexicon() : new CMULexicon("cmulex"), databaseUrl(database, files));
        this.waveform = waveform;
    }

    private static URL databaseUrl(String database, VoiceDataFiles files) {
        URL copy = files != null ? files.database(database) : null;
        return copy != null ? copy : KevinVoiceDirectory.class.getResource(database);
    }

    /** The voice called {@code name} ({@code kevin16} or {@code kevin}), or null if there is none. */
    static KevinVoice named(String name, LpcWaveform waveform) {
        return named(name, waveform, VoiceDataFiles.copied());
    }

    /** @param files where the voice's data is read from; null for FreeTTS's jar */
    static KevinVoice named(String name, LpcWaveform waveform, VoiceDataFiles files) {
        return switch (name) {
            case "kevin16" -> new KevinVoice(name, "default 16-bit diphone voice", "cmu_us_kal16.bin", waveform,
                    files);
            case "kevin" -> new KevinVoice(name, "default 8-bit diphone voice", "cmu_us_kal.bin", waveform, files);
            default -> null;
        };
    }

    @Override
    protected UtteranceProcessor getAudioOutput() {
        return waveform;
    }

    /** The voice's data files sit beside FreeTTS's own voice class, not beside this one. */
    @Override
    protected URL getResource(String resource) {
        return CMUDiphoneVoice.class.getResource(resource);
    }
}
