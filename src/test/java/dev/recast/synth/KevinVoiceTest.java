package dev.recast.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.NullAudioPlayer;
import com.sun.speech.freetts.relp.LPCResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Recast's kevin voice says differently from FreeTTS's: each replaced piece of the front end. */
class KevinVoiceTest {

    @Test
    void keepsTheVowelOfButAndOfWhereFreeTtsSaysAa() {
        List<String> phones = phones(said("But one of them came from the other side."));
        assertEquals(List.of("b", "ah", "t"), phones.subList(1, 4), "but: " + phones);
        assertTrue(phones.stream().filter("ah"::equals).count() >= 4, "one, of, from, other: " + phones);
    }

    @Test
    void everyVoiceOfAProcessSaysTheArticleAAsASchwa() {
        for (int voice = 0; voice < 3; voice++) {
            List<String> phones = phones(said("And wrote a line."));
            assertEquals(List.of("t", "ax", "l"), phones.subList(6, 9), "voice " + voice + ": " + phones);
        }
    }

    @Test
    void stressesTheDiphthongsTheVoicesOwnDictionaryLeavesUnstressed() throws Exception {
        var lexicon = KevinVoice.lexicon(VoiceDataFiles.copied());
        lexicon.load();
        assertEquals(List.of("t", "ay1", "m"), List.of(lexicon.getPhones("time", null)));
        assertEquals(List.of("t", "uw1"), List.of(lexicon.getPhones("two", null)));
    }

    @Test
    void placesEachPitchMarkOnTheContourBetweenTheTargets() {
        Utterance utterance = said("The keeper climbed the stairs every evening before the sun went down.");
        int rate = 16_000;
        int[] marks = ((LPCResult) utterance.getObject("target_lpcres")).getTimes();
        List<float[]> targets = new ArrayList<>();
        for (Item target = utterance.getRelation(Relation.TARGET).getHead(); target != null;
                target = target.getNext()) {
            targets.add(new float[] {target.getFeatures().getFloat("pos"), target.getFeatures().getFloat("f0")});
        }
        assertTrue(targets.size() >= 5, targets.size() + " targets");
        double error = 0;
        int periods = 0;
        int t = 1;
        for (int i = 1; i < marks.length; i++) {
            double time = marks[i - 1] / (double) rate;
            while (t < targets.size() - 1 && targets.get(t)[0] <= time) {
                t++;
            }
            float[] before = targets.get(t - 1);
            float[] after = targets.get(t);
            if (time < before[0] || time > after[0]) {
                continue;
            }
            double expected = before[1] + (after[1] - before[1]) * (time - before[0]) / (after[0] - before[0]);
            error += Math.abs(expected - (double) rate / (marks[i] - marks[i - 1]));
            periods++;
        }
        assertTrue(periods > 100, periods + " periods");
        // Whole samples: a mark is up to one sample early, some 0.6 Hz at 100 Hz.
        assertTrue(error / periods < 0.8, "mean distance from the contour " + error / periods + " Hz");
    }

    private static List<String> phones(Utterance utterance) {
        List<String> names = new ArrayList<>();
        for (Item segment = utterance.getRelation(Relation.SEGMENT).getHead(); segment != null;
                segment = segment.getNext()) {
            names.add(segment.getFeatures().getString("name"));
        }
        return names;
    }

    /** The last utterance the kevin16 voice made of {@code text}, every processor run. */
    private static Utterance said(String text) {
        Voice voice = KevinVoice.named(KevinVoice.KEVIN16, new LpcWaveform());
        voice.setAudioPlayer(new NullAudioPlayer());
        voice.allocate();
        try {
            List<Utterance> seen = new ArrayList<>();
            UtteranceProcessor last = seen::add;
            voice.getUtteranceProcessors().add(last);
            assertTrue(voice.speak(text));
            return seen.get(seen.size() - 1);
        } finally {
            voice.deallocate();
        }
    }
}
