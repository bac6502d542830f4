package dev.recast.segment;

/**
 * How the engine should say something written: {@code "e.g."} is said "for example". Matched
 * ignoring case; a written form that starts with a letter matches only at the start of a word, and
 * one that ends with a letter or digit only at the end of one.
 */
public record SpokenForm(String written, String spoken) {
    public SpokenForm {
        if (written == null || written.isBlank() || spoken == null) {
            throw new IllegalArgumentException("a spoken form pairs a written text with what to say");
        }
    }
}
