package dev.recast.clean;

/** Text the cleaner removed: where (1-based source line), what, and why. */
public record Removal(int line, String text, RemovalReason reason) {
    public Removal {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
        if (text == null || reason == null) {
            throw new IllegalArgumentException("a removal records its text and reason");
        }
    }
}
