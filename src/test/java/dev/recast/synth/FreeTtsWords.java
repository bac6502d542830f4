package dev.recast.synth;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.ProcessException;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Token;
import com.sun.speech.freetts.Tokenizer;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import java.util.ArrayList;
import java.util.List;

/**
 * FreeTTS's text front end without audio: the words and phones kevin16 would say for a text. It
 * tokenizes as {@code Voice.speak} does and runs the voice's processors up to and including the
 * one that turns words into phone segments, so tests hear what the engine hears.
 */
public final class FreeTtsWords {

    private final Voice voice;

    private FreeTtsWords(Voice voice) {
        this.voice = voice;
    }

    public static FreeTtsWords kevin16() {
        Voice voice = KevinVoice.stock(FreeTtsEngine.DEFAULT_VOICE).orElseThrow();
        voice.allocate();
        return new FreeTtsWords(voice);
    }

    /** The words FreeTTS says for {@code text}, lower case, separated by single spaces. */
    public String words(String text) {
        return String.join(" ", items(text, Relation.WORD));
    }

    /** The phones FreeTTS says for {@code text}, silences ("pau") included. */
    public String phones(String text) {
        return String.join(" ", items(text, Relation.SEGMENT));
    }

    public void addAddendum(String word, String[] phones) {
        voice.getLexicon().addAddendum(word, null, phones);
    }

    public void removeAddendum(String word) {
        voice.getLexicon().removeAddendum(word, null);
    }

    private List<String> items(String text, String relationName) {
        List<String> names = new ArrayList<>();
        Tokenizer tokenizer = voice.getTokenizer();
        tokenizer.setInputText(text);
        List<Token> tokens = new ArrayList<>();
        while (tokenizer.hasMoreTokens()) {
            Token token = tokenizer.getNextToken();
            if (token == null) {
                break;
            }
            if (!tokens.isEmpty() && tokenizer.isBreak()) {
                names.addAll(process(tokens, relationName));
                tokens = new ArrayList<>();
            }
            tokens.add(token);
        }
        if (!tokens.isEmpty()) {
            names.addAll(process(tokens, relationName));
        }
        return names;
    }

    private List<String> process(List<Token> tokens, String relationName) {
        Utterance utterance = new Utterance(voice, tokens);
        try {
            for (Object processor : voice.getUtteranceProcessors()) {
                ((UtteranceProcessor) processor).processUtterance(utterance);
                if (utterance.hasRelation(Relation.SEGMENT)) {
                    break; // words have become phones: what follows is prosody and audio
                }
            }
        } catch (ProcessException e) {
            throw new IllegalStateException("FreeTTS could not process: " + tokens, e);
        }
        List<String> names = new ArrayList<>();
        Relation relation = utterance.getRelation(relationName);
        for (Item item = relation == null ? null : relation.getHead(); item != null; item = item.getNext()) {
            names.add(item.toString());
        }
        return names;
    }
}
