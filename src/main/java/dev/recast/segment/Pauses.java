package dev.recast.segment;


/** How long each kind of pause lasts, in milliseconds. */
public record Pauses(int clauseMillis, int sentenceMillis, int paragraphMillis, int chapterMillis,
        int sectionMillis) {

    public static final Pauses DEFAULTS = new Pauses(250, 450, 800, 1500, 2000);

    public Pauses {
        if (clauseMillis < 0 || sentenceMillis < 0 || paragraphMillis < 0 || chapterMillis < 0 || sectionMillis < 0) {
            throw new IllegalArgumentException("pauses cannot be negative");
        }
    }

    public int millis(Pause pause) {
        return switch (pause) {
            case CLAUSE -> clauseMillis;
            case SENTENCE -> sentenceMillis;
            case PARAGRAPH -> paragraphMillis;
            case CHAPTER -> chapterMillis;
            case SECTION -> sectionMillis;
        };
    }
}
