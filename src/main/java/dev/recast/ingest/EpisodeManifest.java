package dev.recast.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;

/**
 * The optional {@code episode.json}: every field may be left out. A lone episode, a show of its
 * own, may give the show's fields of {@link ShowManifest} here too ({@code owner}, {@code language},
 * {@code categories}, {@code explicit}, {@code cover}, {@code link}, {@code copyright}, {@code type}).
 *
 * <pre>
 * { "title": "…", "author": "…", "date": "2026-11-23", "description": "…",
 *   "voices": { "narrator": "narrator", "quote": "quote", "heading": "heading", "speakers": { "Ann": "deep" } },
 *   "sections": [ "01-intro.txt", { "file": "02-body.txt", "title": "The body" } ], "timing": "source" }
 * </pre>
 */
record EpisodeManifest(String title, String author, String date, String description, Voices voices,
        List<Entry> sections, ShowManifest.Owner owner, String language, List<String> categories, Boolean explicit,
        String cover, String link, String copyright, String type, String timing) {

    /** The show's fields, the show titled, authored and described as the episode. */
    ShowManifest show(String episodeTitle, String episodeAuthor, String episodeDescription) {
        return new ShowManifest(episodeTitle, episodeAuthor, owner, episodeDescription, language, categories, explicit, cover, link,
                copyright, type);
    }

    /** {@code "voices"}: profiles by role, and by speaker name. */
    record Voices(String narrator, String quote, String heading, Map<String, String> speakers) {
    }

    /** One section: a file name, optionally with the title to give it. */
    record Entry(String file, String title) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Entry of(String file) {
            return new Entry(file, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        Entry {
        }
    }
}
