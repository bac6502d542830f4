package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import com.sun.speech.freetts.diphone.Diphone;
import com.sun.speech.freetts.diphone.DiphoneUnitDatabase;
import com.sun.speech.freetts.diphone.DiphoneUnitSelector;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import com.sun.speech.freetts.relp.Sample;
import com.sun.speech.freetts.relp.SampleInfo;
import com.sun.speech.freetts.util.WaveUtils;
import dev.recast.segment.Pause;
import dev.recast.segment.Role;
import dev.recast.segment.Utterance;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClusterDiphoneSelectorTest {

    private static final URL KAL16 = KevinVoiceDirectory.class.getResource("cmu_us_kal16.bin");
    private static final Set<String> AVAILABLE = Set.of("t_-_r", "s_-_t");

    @Test
    void aConsonantFollowedInItsSyllableByAConsonantTakesTheClusterUnit() {
        assertEquals(Optional.of("t_-_r"), ClusterDiphoneSelector.clusterName("t", "r", "-", "-", AVAILABLE));
        assertEquals(Optional.of("s_-_t"), ClusterDiphoneSelector.clusterName("s", "t", "-", "-", AVAILABLE));
    }

    @Test
    void otherwiseThePlainDiphone() {
        // The last phone of its syllable ("cat run"), before a vowel, a vowel, a unit flite lacks.
        assertEquals(Optional.empty(), ClusterDiphoneSelector.clusterName("t", "r", "-", "0", AVAILABLE));
        assertEquals(Optional.empty(), ClusterDiphoneSelector.clusterName("t", "ey", "-", "+", AVAILABLE));
        assertEquals(Optional.empty(), ClusterDiphoneSelector.clusterName("ey", "t", "+", "-", AVAILABLE));
        assertEquals(Optional.empty(), ClusterDiphoneSelector.clusterName("n", "t", "-", "-", AVAILABLE));
    }

    @Test
    void residualsAreRaisedToFreeTtsLevelAndCodedAsItsSignedBytes() {
        assertEquals(0, freeTtsLevel(ClusterDiphoneSelector.freeTtsResidual((byte) 255)), "silence stays silent");
        for (int code : new int[] {200, 170, 60, 20}) {
            double flite = WaveUtils.ulawToShort((short) code);
            double raised = freeTtsLevel(ClusterDiphoneSelector.freeTtsResidual((byte) code));
            // Within one µ-law step (about 1/16 of the level) of the gain.
            assertEquals(ClusterDiphoneSelector.LEVEL_GAIN, raised / flite, 0.07, "code " + code);
        }
        // The loudest level clips, and never to FreeTTS's byte 0, which it reads as silence.
        assertTrue(freeTtsLevel(ClusterDiphoneSelector.freeTtsResidual((byte) 128)) > 30_000);
    }

    /** The excitation FreeTTS's resynthesis takes from one residual byte (as LpcWaveform does). */
    private static int freeTtsLevel(byte residual) {
        return residual == 0 ? WaveUtils.ulawToShort((short) 255) : WaveUtils.ulawToShort((short) (residual + 128));
    }

    @Test
    void framesKeepTheirCoefficientsSizesAndMidpoint() throws IOException {
        SampleInfo info = new DiphoneUnitSelector(KAL16).getSampleInfo();
        float[] coefficients = new float[16];
        for (int k = 0; k < coefficients.length; k++) {
            coefficients[k] = -1.5f + 0.2f * k;
        }
        FliteDiphones.Unit unit = new FliteDiphones.Unit("t_-_r", 1, List.of(
                new FliteDiphones.Frame(coefficients, filled(120, (byte) 250)),
                new FliteDiphones.Frame(coefficients, filled(90, (byte) 255))));
        Diphone diphone = ClusterDiphoneSelector.diphone(unit, info);
        assertEquals("t_-_r", diphone.getName());
        assertEquals(1, diphone.getMidPoint());
        assertEquals(120, diphone.getUnitSize(1));
        assertEquals(90, diphone.getUnitSize(2));
        double step = info.getCoeffRange() / 65535.0;
        for (Sample sample : diphone.getSamples()) {
            for (int k = 0; k < coefficients.length; k++) {
                double decoded = (sample.getFrameData()[k] + 32768.0) * step + info.getCoeffMin();
                assertEquals(coefficients[k], decoded, step, "coefficient " + k);
            }
        }
    }

    @Test
    void withoutFlitesUnitsOrWithUnitsOfAnotherRateTheStockSelectorAlone() throws IOException {
        DiphoneUnitSelector stock = new DiphoneUnitSelector(KAL16);
        assertSame(stock, ClusterDiphoneSelector.around(stock, Optional.empty()));
        FliteDiphones eightKilohertz = new FliteDiphones(8_000, 16, Map.of("t_-_r", silentUnit("t_-_r")), "00000000");
        assertSame(stock, ClusterDiphoneSelector.around(stock, Optional.of(eightKilohertz)));
    }

    @Test
    void aVoiceTakesTheClusterUnitOnlyInsideASyllable() throws Exception {
        FliteDiphones fake = new FliteDiphones(16_000, 16, Map.of("t_-_r", silentUnit("t_-_r")), "00000000");
        List<String> units = new ArrayList<>();
        Voice voice = voiceWith(Optional.of(fake), units);
        try {
            voice.speak("training");
            assertEquals(List.of("pau-t", "t_-_r", "r-ey", "ey-n", "n-ih", "ih-ng", "ng-pau"), units);
            units.clear();
            voice.speak("cat run");
            assertTrue(units.contains("t-r") && units.stream().noneMatch(name -> name.contains("_-_")), "" + units);
        } finally {
            voice.deallocate();
        }
    }

    @Test
    void withTheInstalledLibraryFlitesChoiceIsSpoken() throws Exception {
        FliteLibrary.require();
        List<String> units = new ArrayList<>();
        Voice voice = voiceWith(FliteDiphones.installedClusters(), units);
        try {
            voice.speak("Street play in class.");
        } finally {
            voice.deallocate();
        }
        assertTrue(units.containsAll(List.of("s_-_t", "t_-_r", "p_-_l", "k_-_l")), "" + units);
        assertTrue(new FreeTtsEngine().version().contains("+kal16-clusters-"), new FreeTtsEngine().version());
    }

    @Test
    void twoVoicesSayTheClustersAlike() throws Exception {
        FliteLibrary.require();
        VoiceProfile narrator = new VoiceProfile("narrator", "kevin16", 150, 100, 11, 1.0);
        Utterance utterance = new Utterance("01-0001", 1, Role.NARRATION, "Street play in class.",
                "Street play in class.", null, Pause.SENTENCE);
        short[] first;
        short[] second;
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open("kevin16")) {
            first = synth.synthesize(utterance, narrator).samples();
        }
        try (FreeTtsSynthesizer synth = FreeTtsSynthesizer.open("kevin16")) {
            second = synth.synthesize(utterance, narrator).samples();
        }
        assertArrayEquals(first, second);
    }

    /**
     * The installed cluster units, converted, as loud as FreeTTS's own diphones for the same phones
     * ({@code t-r} for {@code t_-_r}): {@link ClusterDiphoneSelector#LEVEL_GAIN} still fits the data.
     */
    @Test
    void convertedUnitsAreAsLoudAsFreeTtsOwn() throws IOException {
        Path library = FliteLibrary.require();
        Set<String> plain = FliteDiphones.read(library, name -> name.contains(FliteDiphones.CLUSTER_MARK)).units()
                .keySet().stream().map(name -> name.replace(FliteDiphones.CLUSTER_MARK, "-"))
                .collect(Collectors.toSet());
        FliteDiphones flite = FliteDiphones.read(library, plain::contains);
        SampleInfo info = new DiphoneUnitSelector(KAL16).getSampleInfo();
        DiphoneUnitDatabase database = new DiphoneUnitDatabase(KAL16, true);
        double converted = 0;
        double own = 0;
        for (String name : plain) {
            converted += energy(ClusterDiphoneSelector.diphone(flite.units().get(name), info), info);
            own += energy(database.getUnit(name), info);
        }
        assertEquals(39, plain.size());
        assertEquals(1.0, Math.sqrt(converted / own), 0.05);
    }

    /** The summed squares of a diphone resynthesized alone, as LpcWaveform resynthesizes. */
    private static double energy(Diphone diphone, SampleInfo info) {
        int order = info.getNumberOfChannels();
        double step = info.getCoeffRange() / 65535.0;
        float[] output = new float[order + diphone.getUnitSize(1) + diphone.getUnitSize(2)];
        int n = order;
        double sum = 0;
        for (Sample sample : diphone.getSamples()) {
            float[] coefficients = new float[order];
            for (int k = 0; k < order; k++) {
                coefficients[k] = (float) ((sample.getFrameData()[k] + 32768.0) * step) + info.getCoeffMin();
            }
            for (int j = 0; j < sample.getResidualSize(); j++, n++) {
                float value = freeTtsLevel(sample.getResidualData()[j]);
                for (int k = 0; k < order; k++) {
                    value += coefficients[k] * output[n - 1 - k];
                }
                output[n] = value;
                sum += (double) value * value;
            }
        }
        return sum;
    }

    /** FreeTTS's own kevin16, its unit selector wrapped, recording the units it chooses. */
    private static Voice voiceWith(Optional<FliteDiphones> flite, List<String> units) throws IOException {
        Voice voice = KevinVoice.stock(KevinVoice.KEVIN16).orElseThrow();
        voice.setAudioPlayer(new NullAudioPlayer());
        voice.allocate();
        @SuppressWarnings("unchecked")
        List<UtteranceProcessor> processors = voice.getUtteranceProcessors();
        for (int i = 0; i < processors.size(); i++) {
            if (processors.get(i) instanceof DiphoneUnitSelector stock) {
                processors.set(i, ClusterDiphoneSelector.around(stock, flite));
                processors.add(i + 1, utterance -> {
                    Set<Item> seen = new HashSet<>();
                    for (Item unit = utterance.getRelation(Relation.UNIT).getHead(); unit != null;
                            unit = unit.getNext().getNext()) {
                        if (seen.add(unit)) {
                            units.add(unit.getFeatures().getString("name"));
                        }
                    }
                });
                return voice;
            }
        }
        throw new AssertionError("no diphone selector in " + processors);
    }

    private static FliteDiphones.Unit silentUnit(String name) {
        return new FliteDiphones.Unit(name, 1, List.of(new FliteDiphones.Frame(new float[16], filled(100, (byte) 255)),
                new FliteDiphones.Frame(new float[16], filled(100, (byte) 255))));
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
