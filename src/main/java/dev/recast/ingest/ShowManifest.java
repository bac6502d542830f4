package dev.recast.ingest;

import java.util.List;

/**
 * {@code show.json} as written: every field may be left out ({@link ShowReader} gives the defaults
 * and checks each).
 *
 * <pre>
 * { "title": "…", "author": "…", "owner": { "name": "…", "email": "…" }, "description": "…",
 *   "language": "en-GB", "categories": [ "History", "Society &amp; Culture/Documentary" ], "explicit": false,
 *   "cover": "cover.png", "link": "https://…", "copyright": "…", "type": "episodic" }
 * </pre>
 */
record ShowManifest(String title, String author, Owner owner, String description, String language,
        List<String> categories, Boolean explicit, String cover, String link, String copyright, String type) {

    /** {@code "owner"}: whom the directories write to about the show. */
    record Owner(String name, String email) {
    }
}
