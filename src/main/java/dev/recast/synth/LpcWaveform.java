package dev.recast.synth;

import com.sun.speech.freetts.ProcessException;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.relp.LPCResult;
import com.sun.speech.freetts.util.WaveUtils;
import java.util.Arrays;

/**
 * Takes the place of FreeTTS's audio output: turns each utterance's LPC result into 16-bit
 * samples and keeps them, instead of handing bytes to an audio player. FreeTTS's own
 * resynthesis walks a linked list of floats per sample and was two thirds of the engine's time
 * in our profile; this is the same filter over arrays, in the same float arithmetic. Its terms
 * are added in the opposite order, newest last, which takes a third off the engine's time: the
 * float sums round differently, so about one sample in 600 comes out one step away from
 * FreeTTS's own (checked in its test).
 */
final class LpcWaveform implements UtteranceProcessor {

    /** The key under which FreeTTS's unit concatenator leaves the LPC result. */
    private static final String LPC_RESULT = "target_lpcres";
    /** The excitation for each residual byte: FreeTTS stores residuals as µ-law, offset by 128. */
    private static final float[] RESIDUAL = residualLevels();

    private short[] samples = new short[1 << 16];
    private int length;
    private int sampleRate;

    @Override
    public void processUtterance(Utterance utterance) throws ProcessException {
        LPCResult lpc = (LPCResult) utterance.getObject(LPC_RESULT);
        if (lpc == null) {
            throw new ProcessException("no LPC result to play");
        }
        sampleRate = lpc.getSampleRate();
        resynthesize(lpc);
    }

    /** The samples of every utterance processed since the last call, in order; empties the buffer. */
    short[] take() {
        short[] taken = Arrays.copyOf(samples, length);
        length = 0;
        return taken;
    }

    /** The sample rate of the last utterance processed, 0 before any. */
    int sampleRate() {
        return sampleRate;
    }

    private void resynthesize(LPCResult lpc) {
        int order = lpc.getNumberOfChannels();
        int frames = lpc.getNumberOfFrames();
        int[] sizes = lpc.getResidualSizes();
        byte[] residuals = lpc.getResiduals();
        int total = 0;
        for (int i = 0; i < frames; i++) {
            total += sizes[i];
        }
        if (length + total > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(length + total, 2 * samples.length));
        }
        // The filter's past outputs, newest last, after `order` zeros of silence before the utterance.
        float[] output = new float[order + total];
        float[] coefficients = new float[order];
        double step = (double) lpc.getLPCRange() / 65535.0;
        float minimum = lpc.getLPCMin();
        int n = order;
        int r = 0;
        for (int i = 0; i < frames; i++) {
            short[] frame = lpc.getFrame(i);
            for (int k = 0; k < order; k++) {
                coefficients[k] = (float) ((frame[k] + 32768.0) * step) + minimum;
            }
            for (int j = 0; j < sizes[i]; j++, r++, n++) {
                float sample = RESIDUAL[residuals[r] + 128];
                // The newest output's term last: each sample waits on the one before for one
                // multiply and one addition, not for the whole sum as in FreeTTS's order.
                for (int k = order - 1; k > 0; k--) {
                    sample += coefficients[k] * output[n - 1 - k];
                }
                sample += coefficients[0] * output[n - 1];
                output[n] = sample;
                // FreeTTS writes the low 16 bits of the truncated value, wrapping as it does.
                samples[length++] = (short) (int) sample;
            }
        }
    }

    private static float[] residualLevels() {
        float[] levels = new float[256];
        for (short i = 0; i < levels.length; i++) {
            levels[i] = WaveUtils.ulawToShort(i);
        }
        // Byte 0 (index 128) is µ-law 255, as FreeTTS maps it.
        levels[128] = WaveUtils.ulawToShort((short) 255);
        return levels;
    }
}
