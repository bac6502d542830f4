package dev.recast.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes a section's blocks from the words the parser keeps: the words of the block being read,
 * each with the line it came from so the block's runs keep their source times and pauses, and the
 * blocks and removals made so far. The readers decide where a block ends, whether it is quoted and
 * who speaks it; the block itself is made here.
 */
final class BlockBuilder {

    private final List<Block> blocks = new ArrayList<>();
    private final List<Removal> removals = new ArrayList<>();
    // The block being read: its words so far, the line each came from, and the line it starts on.
    private final List<String> words = new ArrayList<>();
    private final List<ContentLine> wordLines = new ArrayList<>();
    // The line being read: a source line split at a sound note is several, so its number is not enough.
    private ContentLine currentLine;
    private int blockLine;
    private boolean inQuote;
    // Who is speaking: the last turn's speaker, carried over to unlabeled paragraphs.
    private String speaker;
    // The last word read in this paragraph, kept or not; null at a paragraph's start.
    private String previousWord;

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    List<Removal> removals() {
        return List.copyOf(removals);
    }

    /** The line whose words are read next. */
    void startLine(ContentLine line) {
        currentLine = line;
    }

    boolean hasWords() {
        return !words.isEmpty();
    }

    boolean inQuote() {
        return inQuote;
    }

    void setInQuote(boolean inQuote) {
        this.inQuote = inQuote;
    }

    /** Who speaks the block being read; null when no turn has named anyone. */
    String speaker() {
        return speaker;
    }

    void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    /** The last word read in this paragraph, kept or taken out: it tells whether a sentence starts. */
    Optional<String> previousWord() {
        return Optional.ofNullable(previousWord);
    }

    void setPreviousWord(String word) {
        previousWord = word;
    }

    /** What is read next starts afresh, as at a paragraph's start. */
    void clearPreviousWord() {
        previousWord = null;
    }

    void addRemoval(Removal removal) {
        removals.add(removal);
    }

    void keepWord(String token, int line) {
        if (words.isEmpty()) {
            blockLine = line;
        }
        words.add(token);
        wordLines.add(currentLine);
        previousWord = token;
    }

    /** Adds {@code suffix} to the block's last word: what a line break or an emphasis mark cut from it. */
    void appendToLastWord(String suffix) {
        words.set(words.size() - 1, words.get(words.size() - 1) + suffix);
    }

    void addHeading(List<String> titleWords, int level, int line) {
        endBlock();
        String title = String.join(" ", titleWords);
        if (title.endsWith(".") && !title.endsWith("..")) {
            // Narration ends every line with a full stop; a title has none.
            title = title.substring(0, title.length() - 1);
        }
        blocks.add(new Heading(title, level, line));
        previousWord = null;
    }

    void endBlock() {
        if (!words.isEmpty()) {
            List<Run> runs = runs();
            blocks.add(inQuote ? new Quote(runs, speaker, blockLine) : new Paragraph(runs, speaker, blockLine));
            words.clear();
            wordLines.clear();
        }
    }

    void endParagraph() {
        endBlock();
        inQuote = false;
        previousWord = null;
    }

    /** The block's words, one run for each line's words, with the line's source time and pause. */
    private List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= words.size(); k++) {
            if (k == words.size() || wordLines.get(k) != wordLines.get(from)) {
                ContentLine line = wordLines.get(from);
                runs.add(new Run(String.join(" ", words.subList(from, k)), line.time(), line.pauseAfter()));
                from = k;
            }
        }
        return runs;
    }
}
