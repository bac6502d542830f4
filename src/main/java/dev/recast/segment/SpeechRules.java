package dev.recast.segment;

import java.util.List;

/**
 * The tables behind {@link SpeechNormalizer}.
 *
 * @param spokenForms applied in order
 * @param dropped characters the engine would read aloud as symbols ("asterisk", "underscore")
 *     or that carry no speech; each becomes a space
 */
public record SpeechRules(List<SpokenForm> spokenForms, String dropped) {

    /**
     * Only what FreeTTS (kevin16) gets wrong on its own: it reads "e.g." as the letters "e g" and
     * ends a sentence there, says "&" as "ampersand", and reads the apostrophe in "it’s" as a
     * letter "s". Numbers, years, money, ordinals and "Dr." it already reads well.
     */
    public static final SpeechRules ENGLISH = new SpeechRules(
            List.of(
                    new SpokenForm("e.g.", "for example"),
                    new SpokenForm("i.e.", "that is"),
                    new SpokenForm("etc.", "et cetera"),
                    new SpokenForm("vs.", "versus"),
                    new SpokenForm("et al.", "and others"),
                    new SpokenForm("&", "and"),
                    new SpokenForm("’", "'")),
            "*_|\\`()[]{}");

    public SpeechRules {
        if (spokenForms == null || dropped == null) {
            throw new IllegalArgumentException("speech rules need their spoken forms and dropped characters");
        }
        spokenForms = List.copyOf(spokenForms);
    }
}
