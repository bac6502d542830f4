package dev.recast.clean;

/** Running text of one speaker (null when the transcript names none). */
public record Paragraph(String text, String speaker, int line) implements Block {
    public Paragraph {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a paragraph has text");
        }
        text = text.strip();
    }
}
