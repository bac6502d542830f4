package dev.recast.synth;

import com.sun.speech.freetts.en.us.CMULexicon;
import java.net.URL;
import java.util.List;
import java.util.Map;

/**
 * FreeTTS's CMU lexicon, asked for a word's parts of speech in one fixed order. A word listed
 * for several ({@code a} the determiner, {@code ax}; {@code a} the noun, {@code ey1}) is said as
 * the first listed, and FreeTTS lists them as its lexicon objects happened to load: the first in
 * a process in the file's order, later ones (sharing its loaded entries) only the addenda's. So
 * the first voice in a process said "a" as a schwa and every later one as the letter, and a
 * render's bytes hung on which worker said which sentence.
 */
final class CmuDictionary extends CMULexicon {

    /** The order a lexicon loaded first in its process tries them in: cmudict04's, by first appearance. */
    private static final List<String> PARTS_OF_SPEECH = List.of("0", "d", "n", "v", "j", "b", "y", "p", "s");

    CmuDictionary(String basename) {
        super(basename);
    }

    CmuDictionary(URL compiled, URL addenda, URL letterToSound) {
        super(compiled, addenda, letterToSound, true);
    }

    @Override
    protected String[] getPhones(Map lexicon, String word, String partOfSpeech) {
        String asked = partOfSpeech == null ? "0" : partOfSpeech;
        String[] phones = getPhones(lexicon, word + asked);
        for (int i = 0; i < PARTS_OF_SPEECH.size() && phones == null; i++) {
            if (!PARTS_OF_SPEECH.get(i).equals(asked)) {
                phones = getPhones(lexicon, word + PARTS_OF_SPEECH.get(i));
            }
        }
        return phones;
    }
}
