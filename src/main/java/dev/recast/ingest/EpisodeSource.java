package dev.recast.ingest;

import java.util.List;

/**
 * Everything read from an input: the episode's metadata and its sections in order.
 *
 * @param title the manifest's title, else a caption file's own, else one made from the input's name
 * @param titleOrigin where {@code title} came from
 * @param author the manifest's author, or null
 * @param date the manifest's publication date (ISO {@code yyyy-MM-dd}), or null: outputs carry no
 *     date the user did not give, so two renders stay byte-identical
 * @param description the manifest's description of the episode, or null
 * @param name the input's name (its file or folder name, or its title where that name is
 *     generic, like "en" or "captions"), used for the default output folder
 * @param voices the profiles the manifest names for roles and speakers
 * @param corrections the input folder's corrections, applied by the cleaner; none for a single file
 * @param sourceTiming whether the manifest asks for {@code "timing": "source"}: utterances placed
 *     where the caption files' times put them
 */
public record EpisodeSource(String title, TitleOrigin titleOrigin, String author, String date, String description, String name,
        VoiceMapping voices, List<RawSection> sections, List<Correction> corrections, boolean sourceTiming) {
    public EpisodeSource(String title, TitleOrigin titleOrigin, String author, String name, String voice,
            List<RawSection> sections) {
        this(title, titleOrigin, author, null, null, name, VoiceMapping.narrator(voice), sections, List.of(), false);
    }

    /** The same episode under another title. */
    public EpisodeSource titled(String newTitle, TitleOrigin newOrigin) {
        return new EpisodeSource(newTitle, newOrigin, author, date, description, name, voices, sections, corrections,
                sourceTiming);
    }

    /** The voice profile the manifest names for the narrator, or null. */
    public String voice() {
        return voices.narrator();
    }

    public EpisodeSource {
        if (title == null || title.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an episode has a title and a name");
        }
        if (titleOrigin == null) {
            throw new IllegalArgumentException("an episode's title comes from somewhere");
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("an episode has at least one section");
        }
        voices = voices == null ? VoiceMapping.NONE : voices;
        sections = List.copyOf(sections);
        corrections = List.copyOf(corrections);
    }
}
