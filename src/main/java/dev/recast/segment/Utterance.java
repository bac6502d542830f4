package dev.recast.segment;

/**
 * One unit of speech: what the transcript says, what the engine is told to say, and the pause
 * after it.
 *
 * @param id stable within an episode: {@code <section>-<number>}, e.g. {@code 02-0015}
 * @param section 1-based section index
 * @param sourceText the cleaned transcript text this utterance comes from
 * @param spokenText the normalized text handed to the synthesizer
 * @param speaker the speaker's name, or null
 */
public record Utterance(String id, int section, Role role, String sourceText, String spokenText, String speaker,
        Pause after) {
    public Utterance {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an utterance has an id");
        }
        if (section < 1) {
            throw new IllegalArgumentException("section index starts at 1: " + section);
        }
        if (spokenText == null || spokenText.isBlank()) {
            throw new IllegalArgumentException("utterance " + id + " has nothing to say");
        }
        if (sourceText == null || role == null || after == null) {
            throw new IllegalArgumentException("utterance " + id + " is incomplete");
        }
    }
}
