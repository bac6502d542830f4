package dev.recast.audio;

import java.util.regex.Pattern;

/**
 * What an audio file's tag says about the episode.
 *
 * @param title the title; never null or blank
 * @param artist who made it, or null
 * @param album the show (or collection) it belongs to, or null
 * @param track its number in the album, from 1
 * @param date ISO {@code yyyy} or {@code yyyy-MM-dd}, or null
 * @param comment a sentence or two about it, or null
 */
public record TagFields(String title, String artist, String album, int track, String date, String comment) {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}-\\d{2})?");

    public TagFields {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a tag has a title");
        }
        if (track < 1) {
            throw new IllegalArgumentException("track numbers start at 1: " + track);
        }
        if (date != null && !DATE.matcher(date).matches()) {
            throw new IllegalArgumentException("date is not yyyy or yyyy-MM-dd: " + date);
        }
    }
}
