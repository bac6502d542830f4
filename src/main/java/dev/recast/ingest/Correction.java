package dev.recast.ingest;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user's fix for a word the transcript got wrong ("Shorji" → "shogi").
 *
 * @param from as written in the corrections file
 * @param pattern what it matches: {@code from} as a whole, case-sensitive word, or as a regex
 * @param replacement for {@link java.util.regex.Matcher#replaceAll(String)} ({@code $1} only in regex ones)
 * @param location where it was written, {@code corrections.tsv:LINE}, for reports
 */
public record Correction(String from, Pattern pattern, String replacement, String location) {
    public Correction {
        Objects.requireNonNull(pattern);
        Objects.requireNonNull(replacement);
        if (from == null || from.isEmpty()) {
            throw new IllegalArgumentException("a correction has a from");
        }
    }
}
