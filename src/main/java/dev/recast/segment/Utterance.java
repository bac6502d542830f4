package dev.recast.segment;

import dev.recast.ingest.SourceTime;
import java.util.Optional;

/**
 * One unit of speech: what the transcript says, what the engine is told to say, and the pause
 * after it.
 *
 * @param id stable within an episode: {@code <section>-<number>}, e.g. {@code 02-0015}
 * @param section 1-based section index
 * @param sourceText the cleaned transcript text this utterance comes from
 * @param spokenText the normalized text handed to the synthesizer
 * @param speaker the speaker's name, or null
 * @param sourceTime where its text was said in the original recording, for caption input; not
 *     part of what is synthesized, so it never changes a cached clip
 */
public record Utterance(String id, int section, Role role, String sourceText, String spokenText, String speaker,
        Pause after, Optional<SourceTime> sourceTime) {
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
        if (sourceText == null || role == null || after == null || sourceTime == null) {
            throw new IllegalArgumentException("utterance " + id + " is incomplete");
        }
    }

    /** An utterance of untimed text. */
    public Utterance(String id, int section, Role role, String sourceText, String spokenText, String speaker,
            Pause after) {
        this(id, section, role, sourceText, spokenText, speaker, after, Optional.empty());
    }
}
