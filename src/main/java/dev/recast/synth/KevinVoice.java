package dev.recast.synth;

import com.sun.speech.freetts.Age;
import com.sun.speech.freetts.Gender;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.diphone.DiphoneUnitSelector;
import com.sun.speech.freetts.en.PostLexicalAnalyzer;
import com.sun.speech.freetts.en.us.CMUDiphoneVoice;
import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import dev.recast.audio.PcmFormat;
import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * FreeTTS's kevin diphone voices, built as its {@link KevinVoiceDirectory} builds them, with
 * the audio output replaced by an {@link LpcWaveform} that keeps the samples, and their data
 * read from {@link VoiceDataFiles} where it could be copied there. Three pieces of FreeTTS's
 * front end are replaced where they cost intelligibility, each in its own override: the
 * dictionary, the post-lexical rules and the pitch marks.
 */
final class KevinVoice extends CMUDiphoneVoice {

    static final String KEVIN = "kevin";
    static final String KEVIN16 = "kevin16";
    /** The voices, in the order FreeTTS's directory lists them. */
    static final List<String> NAMES = List.of(KEVIN, KEVIN16);

    private final LpcWaveform waveform;

    private KevinVoice(String name, String description, String database, LpcWaveform waveform,
            VoiceDataFiles files) {
        super(name, Gender.MALE, Age.YOUNGER_ADULT, description, Locale.US, "general", "cmu",
                lexicon(files), databaseUrl(database, files));
        this.waveform = waveform;
    }

    /**
     * FreeTTS's larger dictionary, {@code cmudict04}, rather than the voice's own {@code cmulex}:
     * cmulex has no stressed AY or UW, so "time", "my", "two" and "use" lose their stress.
     */
    static CMULexicon lexicon(VoiceDataFiles files) {
        return files != null ? files.lexicon() : new CmuDictionary(VoiceDataFiles.LEXICON);
    }

    private static URL databaseUrl(String database, VoiceDataFiles files) {
        URL copy = files != null ? files.database(database) : null;
        return copy != null ? copy : KevinVoiceDirectory.class.getResource(database);
    }

    /** The audio format of the voice called {@code name}: its diphone database's sample rate. */
    static PcmFormat format(String name) {
        return switch (name) {
            case KEVIN16 -> PcmFormat.SPEECH_16K;
            case KEVIN -> new PcmFormat(8_000, 16, 1);
            default -> throw new IllegalArgumentException("no kevin voice '" + name + "'");
        };
    }

    /**
     * FreeTTS's own voice called {@code name}, playing its audio, as its voice directory builds it:
     * asked of the directory itself, not of the voice manager, which finds it only through a global
     * system property.
     */
    static Optional<Voice> stock(String name) {
        return Arrays.stream(new KevinVoiceDirectory().getVoices()).filter(voice -> voice.getName().equals(name))
                .findFirst();
    }

    /** The voice called {@code name} ({@code kevin16} or {@code kevin}), or null if there is none. */
    static KevinVoice named(String name, LpcWaveform waveform) {
        return named(name, waveform, VoiceDataFiles.copied());
    }

    /** @param files where the voice's data is read from; null for FreeTTS's jar */
    static KevinVoice named(String name, LpcWaveform waveform, VoiceDataFiles files) {
        return switch (name) {
            case KEVIN16 -> new KevinVoice(name, "default 16-bit diphone voice", "cmu_us_kal16.bin", waveform,
                    files);
            case KEVIN -> new KevinVoice(name, "default 8-bit diphone voice", "cmu_us_kal.bin", waveform, files);
            default -> null;
        };
    }

    /**
     * English post-lexical rules without the diphone voice's extra one, which turns every AH into
     * AA ("but" said "baht") although the kal databases hold AH diphones of their own.
     */
    @Override
    protected UtteranceProcessor getPostLexicalAnalyzer() {
        return new PostLexicalAnalyzer();
    }

    @Override
    public UtteranceProcessor getPitchmarkGenerator() {
        return new TargetPitchmarks();
    }

    @Override
    protected UtteranceProcessor getAudioOutput() {
        return waveform;
    }

    /** FreeTTS's diphones, with flite's consonant clusters where its library is installed. */
    @Override
    public UtteranceProcessor getUnitSelector() throws IOException {
        return ClusterDiphoneSelector.around((DiphoneUnitSelector) super.getUnitSelector(),
                FliteDiphones.installedClusters());
    }

    /** The voice's data files sit beside FreeTTS's own voice class, not beside this one. */
    @Override
    protected URL getResource(String resource) {
        return CMUDiphoneVoice.class.getResource(resource);
    }
}
