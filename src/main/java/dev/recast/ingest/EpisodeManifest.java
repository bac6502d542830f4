package dev.recast.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;

/**
 * The optional {@code episode.json}: every field may be left out.
 *
 * <pre>
 * { "title": "…", "author": "…", "date": "2026-11-23", "description": "…",
 *   "voices": { "narrator": "narrator", "quote": "quote", "heading": "heading", "speakers": { "Ann": "deep" } },
 *   "sections": [ "01-intro.txt", { "file": "02-body.txt", "title": "The body" } ] }
 * </pre>
 */
record EpisodeManifest(String title, String author, String date, String description, Voices voices,
        List<Entry> sections) {

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
