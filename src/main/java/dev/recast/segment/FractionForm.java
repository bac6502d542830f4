package dev.recast.segment;

/** How a denominator is said: 4 is "quarter" (one), "quarters" (more). */
public record FractionForm(int denominator, String singular, String plural) {
    public FractionForm {
        if (denominator < 2 || singular == null || singular.isBlank() || plural == null || plural.isBlank()) {
            throw new IllegalArgumentException("a fraction form pairs a denominator above 1 with its words");
        }
    }
}
