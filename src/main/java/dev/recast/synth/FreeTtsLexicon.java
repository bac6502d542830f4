package dev.recast.synth;

import com.sun.speech.freetts.lexicon.Lexicon;
import dev.recast.RecastException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * FreeTTS's pronouncing dictionary (CMU), asked without its letter-to-sound fallback: a word it
 * does not know is guessed at from its spelling, often a recognition error or a name.
 */
public final class FreeTtsLexicon {

    /** Endings the dictionary has no entries for, so "don't" is known when "do" or "don" is. */
    private static final List<String> CLITICS = List.of("n't", "'t", "'s", "'re", "'ve", "'ll", "'d", "'m", "'");

    private final Lexicon lexicon;

    private FreeTtsLexicon(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The dictionary an engine voice ("kevin16") says its words by; loads it without allocating the voice. */
    public static FreeTtsLexicon of(String engineVoice) throws RecastException {
        if (!KevinVoice.NAMES.contains(engineVoice)) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null, "no engine voice '" + engineVoice
                    + "' (available: " + String.join(", ", KevinVoice.NAMES) + ")");
        }
        Lexicon lexicon = KevinVoice.lexicon(VoiceDataFiles.copied());
        try {
            if (!lexicon.isLoaded()) {
                lexicon.load();
            }
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                    "cannot load FreeTTS's lexicon: " + e.getMessage(), e);
        }
        return new FreeTtsLexicon(lexicon);
    }

    /** Whether the dictionary has the word (any case), or the word before a contraction's ending. */
    public boolean knows(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (inDictionary(lower)) {
            return true;
        }
        for (String clitic : CLITICS) {
            if (lower.endsWith(clitic) && lower.length() > clitic.length()
                    && inDictionary(lower.substring(0, lower.length() - clitic.length()))) {
                return true;
            }
        }
        return false;
    }

    private boolean inDictionary(String lowerCase) {
        // The dictionary's keys are lower case; false: no letter-to-sound guess.
        return lexicon.getPhones(lowerCase, null, false) != null;
    }

    /**
     * The phones FreeTTS says {@code word} with, as its dictionary writes them (lower case, stress
     * digits, {@code ax} for a schwa): its entry, else its letter-to-sound guess.
     */
    public List<String> phones(String word) {
        String[] phones = lexicon.getPhones(word.toLowerCase(Locale.ROOT).replace('’', '\''), null, true);
        return phones == null ? List.of() : List.of(phones);
    }
}
