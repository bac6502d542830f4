package dev.recast.synth;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.ProcessException;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Unit;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.diphone.Diphone;
import com.sun.speech.freetts.diphone.DiphoneUnitSelector;
import com.sun.speech.freetts.relp.Sample;
import com.sun.speech.freetts.relp.SampleInfo;
import com.sun.speech.freetts.util.WaveUtils;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * FreeTTS's diphone selection, with flite's consonant-cluster diphones where flite would choose
 * them: two consonants in one syllable ("t r" in "training", "s t" in "street") are joined by
 * flite's {@code t_-_r}, recorded inside a cluster, rather than by the {@code t-r} recorded across
 * a syllable boundary, which a listener hears as a gap ("raining"). FreeTTS's database lacks these
 * units; they are read from flite's library and converted to FreeTTS's coding of frames and
 * residuals.
 */
final class ClusterDiphoneSelector implements UtteranceProcessor {

    /** The value of the {@code ph_vc} feature for a consonant. */
    private static final String CONSONANT = "-";
    /**
     * flite 2.2's kal16 units are quieter than FreeTTS's coding of the same recordings: the plain
     * diphones the cluster units stand in for ({@code t-r} for {@code t_-_r}), resynthesized alone,
     * come out at 0.575 of FreeTTS's level, pooled over the 39 (checked by the test against the
     * installed library). Their residuals are raised by the inverse, so a cluster sounds as loud
     * as the diphones beside it.
     */
    static final double LEVEL_GAIN = 1 / 0.575;
    /** FreeTTS's residual byte for each of flite's µ-law codes, raised by {@link #LEVEL_GAIN}. */
    private static final byte[] RAISED = raisedResiduals();

    private final DiphoneUnitSelector stock;
    private final Map<String, Diphone> clusters;

    private ClusterDiphoneSelector(DiphoneUnitSelector stock, Map<String, Diphone> clusters) {
        this.stock = stock;
        this.clusters = clusters;
    }

    /**
     * {@code stock} with {@code flite}'s cluster diphones added, or {@code stock} alone when there are
     * none or they differ from its database in sample rate or LPC order.
     */
    static UtteranceProcessor around(DiphoneUnitSelector stock, Optional<FliteDiphones> flite) {
        SampleInfo info = stock.getSampleInfo();
        return flite.filter(units -> usable(units, info))
                .<UtteranceProcessor>map(units -> new ClusterDiphoneSelector(stock, converted(units, info)))
                .orElse(stock);
    }

    /** Whether {@code flite}'s units can be spoken by a voice whose database is described by {@code info}. */
    private static boolean usable(FliteDiphones flite, SampleInfo info) {
        return flite.sampleRate() == info.getSampleRate() && flite.order() == info.getNumberOfChannels()
                && !flite.units().isEmpty();
    }

    private static Map<String, Diphone> converted(FliteDiphones flite, SampleInfo info) {
        Map<String, Diphone> converted = new HashMap<>();
        flite.units().forEach((name, unit) -> converted.put(name, diphone(unit, info)));
        return Map.copyOf(converted);
    }

    @Override
    public void processUtterance(Utterance utterance) throws ProcessException {
        stock.processUtterance(utterance);
        // FreeTTS appends two units per pair of neighbouring segments: the halves of their diphone.
        Item unit = utterance.getRelation(Relation.UNIT).getHead();
        for (Item first = utterance.getRelation(Relation.SEGMENT).getHead(); first != null
                && first.getNext() != null; first = first.getNext()) {
            Item second = first.getNext();
            Optional<String> cluster = clusterName(name(first), name(second), feature(first, "ph_vc"),
                    feature(first, "R:SylStructure.n.ph_vc"), clusters.keySet());
            if (cluster.isPresent()) {
                Diphone diphone = clusters.get(cluster.get());
                use(unit, new ClusterUnit(diphone, 1));
                use(unit.getNext(), new ClusterUnit(diphone, 2));
            }
            unit = unit.getNext().getNext();
        }
    }

    /**
     * flite's choice for the diphone from {@code phone} to {@code next}: its cluster unit when
     * {@code phone} is a consonant followed, in its own syllable, by another consonant, and the
     * database has the unit.
     *
     * @param vowelOrConsonant {@code phone}'s {@code ph_vc} feature ({@code -} for a consonant)
     * @param nextInSyllable the {@code ph_vc} of the phone after it in its syllable ({@code 0} if last)
     */
    static Optional<String> clusterName(String phone, String next, String vowelOrConsonant,
            String nextInSyllable, Set<String> available) {
        if (!vowelOrConsonant.equals(CONSONANT) || !nextInSyllable.equals(CONSONANT)) {
            return Optional.empty();
        }
        return Optional.of(phone + FliteDiphones.CLUSTER_MARK + next).filter(available::contains);
    }

    private static String name(Item segment) {
        return segment.getFeatures().getString("name");
    }

    private static String feature(Item segment, String path) {
        return String.valueOf(segment.findFeature(path));
    }

    private static void use(Item unitItem, ClusterUnit unit) {
        unitItem.getFeatures().setString("name", unit.getName());
        unitItem.getFeatures().setObject("unit", unit);
    }

    /**
     * {@code unit} in FreeTTS's coding for a database described by {@code info}: coefficients
     * re-quantized to its range, residuals raised by {@link #LEVEL_GAIN} and coded as µ-law in
     * FreeTTS's signed bytes (code minus 128).
     */
    static Diphone diphone(FliteDiphones.Unit unit, SampleInfo info) {
        double minimum = info.getCoeffMin();
        double range = info.getCoeffRange();
        List<FliteDiphones.Frame> frames = unit.frames();
        Sample[] samples = new Sample[frames.size()];
        for (int i = 0; i < samples.length; i++) {
            float[] coefficients = frames.get(i).coefficients();
            short[] codes = new short[coefficients.length];
            for (int k = 0; k < codes.length; k++) {
                long code = Math.round((coefficients[k] - minimum) / range * 65535.0);
                codes[k] = (short) (Math.max(0, Math.min(65535, code)) - 32768);
            }
            byte[] residual = frames.get(i).residual();
            byte[] coded = new byte[residual.length];
            for (int j = 0; j < residual.length; j++) {
                coded[j] = freeTtsResidual(residual[j]);
            }
            samples[i] = new Sample(codes, coded, coded.length);
        }
        return new Diphone(unit.name(), samples, unit.midpoint());
    }

    /** A µ-law residual of flite, raised by {@link #LEVEL_GAIN}, as FreeTTS stores one. */
    static byte freeTtsResidual(byte fliteCode) {
        return RAISED[Byte.toUnsignedInt(fliteCode)];
    }

    private static byte[] raisedResiduals() {
        byte[] raised = new byte[256];
        for (int code = 0; code < raised.length; code++) {
            double level = WaveUtils.ulawToShort((short) code) * LEVEL_GAIN;
            // The nearest level FreeTTS can store. Not through WaveUtils.shortToUlaw: its codes have
            // the opposite sign to those ulawToShort reads. Code 128, the loudest positive level, is
            // left out: FreeTTS reads its byte 0 as silence.
            int nearest = 255;
            for (int candidate = 0; candidate < 256; candidate++) {
                if (candidate != 128 && Math.abs(WaveUtils.ulawToShort((short) candidate) - level)
                        < Math.abs(WaveUtils.ulawToShort((short) nearest) - level)) {
                    nearest = candidate;
                }
            }
            raised[code] = (byte) (nearest - 128);
        }
        return raised;
    }

    /** One half of a cluster diphone, as FreeTTS's own units present a half of theirs. */
    private record ClusterUnit(Diphone diphone, int part) implements Unit {
        @Override
        public String getName() {
            return diphone.getName();
        }

        @Override
        public int getSize() {
            return diphone.getUnitSize(part);
        }

        @Override
        public Sample getNearestSample(float index) {
            return diphone.nearestSample(index, part);
        }

        @Override
        public void dump() {
            diphone.dump();
        }
    }

    @Override
    public String toString() {
        return "ClusterDiphoneSelector";
    }
}
