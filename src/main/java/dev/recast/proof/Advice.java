package dev.recast.proof;

import dev.recast.segment.Pronunciation;

/** What to do about a word misheard consistently. */
public sealed interface Advice {

    /** The advice in a line: the lexicon line, or why there is none. */
    String text();

    /** Say it as {@code entry}: a line for the input's {@code lexicon.txt}. */
    record LexiconLine(Pronunciation entry) implements Advice {
        @Override
        public String text() {
            return "lexicon.txt: " + entry;
        }
    }

    /** No line to suggest, and why. */
    record Unclear(String why) implements Advice {
        @Override
        public String text() {
            return "no lexicon line: " + why;
        }
    }
}
