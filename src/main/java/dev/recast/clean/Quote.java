package dev.recast.clean;

/** A quoted passage ("Quote … End quote"); markup words inside it are part of the quote. */
public record Quote(String text, String speaker, int line) implements Block {
    public Quote {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a quote has text");
        }
        text = text.strip();
    }
}
