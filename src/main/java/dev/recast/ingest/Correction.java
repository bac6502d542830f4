package dev.recast.ingest;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's fix for a word the transcript got wrong ("Shorji" → "shogi").
 *
 * @param from as written in the corrections file
 * @param to what replaces it, as written ({@code $1} names a group only in a regex correction)
 * @param pattern what it matches: {@code from} as a whole, case-sensitive word, or as a regex
 * @param regex whether {@code from} is a regex, and {@code to} may name its groups
 * @param location where it was written, {@code corrections.tsv:LINE}, for reports
 */
public record Correction(String from, String to, Pattern pattern, boolean regex, String location) {
    public Correction {
        Objects.requireNonNull(pattern);
        Objects.requireNonNull(to);
        if (from == null || from.isEmpty()) {
            throw new IllegalArgumentException("a correction has a from");
        }
    }

    /** {@code to} as {@link java.util.regex.Matcher#appendReplacement} reads it. */
    public String replacement() {
        return regex ? to : Matcher.quoteReplacement(to);
    }
}
