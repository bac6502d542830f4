package dev.recast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text each cue adds, so that every word is read once. Rolling captions (YouTube's automatic
 * ones, broadcast roll-up) show the words already shown again: a cue repeats the line before it
 * and adds words, and a brief "flash" cue may repeat a whole line. A cue's new text is what
 * remains after the longest run of words that both ends the text read so far and starts the cue.
 *
 * <p>A cue can repeat only what the cue before it showed, and only while it is shown: it starts
 * as that cue ends or before (an empty cue or a pause clears the screen). Then, in captions that
 * roll (two cues in three extend the last line of the cue before, or flash), the run must start
 * where a line read so far starts or end where one of the cue's lines ends. In captions that do
 * not roll people do say a line twice ("Do you have any recommendations? … Do you have any
 * recommendations about…"), so a run counts only as whole lines on both sides, and only where the
 * cue cannot be speech: it is shown while the cue before still is (no one says the same words
 * twice at once), flashes by too briefly to read, or shows the same words restyled (Whisper's
 * highlighted words, one cue a word).
 */
final class CaptionOverlap {

    // Shown for less than this, a cue cannot be read: it restates what is on the screen.
    static final long FLASH_MILLIS = 100;

    private CaptionOverlap() {
    }

    /** A word read so far, as compared, and whether a line starts with it. */
    private record Read(String key, boolean lineStart) {
    }

    /** A cue's word with the line it is on. */
    private record Placed(int line, CaptionCue.Word word) {
    }

    static List<CaptionLine> newText(List<CaptionCue> cues) {
        boolean rolling = rolls(cues);
        List<Read> read = new ArrayList<>();
        List<CaptionLine> text = new ArrayList<>();
        Optional<String> speaker = Optional.empty();
        CaptionCue before = null;
        for (CaptionCue cue : cues) {
            List<Placed> words = new ArrayList<>();
            List<Integer> lineEnds = new ArrayList<>();
            for (int k = 0; k < cue.lines().size(); k++) {
                for (CaptionCue.Word word : cue.lines().get(k).words()) {
                    words.add(new Placed(k, word));
                }
                lineEnds.add(words.size());
            }
            int repeated = mayRepeat(before, cue, rolling)
                    ? repeated(read, cue, words, lineEnds, Math.min(wordCount(before), read.size()), rolling, speaker)
                    : 0;
            before = cue;
            for (int from = repeated; from < words.size(); ) {
                int line = words.get(from).line();
                int to = from;
                while (to < words.size() && words.get(to).line() == line) {
                    to++;
                }
                CaptionCue.Line source = cue.lines().get(line);
                long start = words.get(from).word().startMillis();
                long end = end(cue, words, to);
                List<String> shown = words.subList(from, to).stream().map(p -> p.word().text()).toList();
                text.add(new CaptionLine(source.number(), cue.timingLine(), new SourceTime(start, Math.max(start, end)),
                        source.speaker(), source.newTurn(), String.join(" ", shown)));
                for (int k = from; k < to; k++) {
                    read.add(new Read(key(shown.get(k - from)), k == from));
                }
                if (source.newTurn() || source.speaker().isPresent()) {
                    speaker = source.speaker();
                }
                from = to;
            }
        }
        return text;
    }

    /**
     * When the words before {@code next} end: where a later word is timed to start, else at the
     * cue's end. Words without inline timestamps share their cue's start, so they end with it.
     */
    private static long end(CaptionCue cue, List<Placed> words, int next) {
        long last = words.get(next - 1).word().startMillis();
        for (int k = next; k < words.size(); k++) {
            if (words.get(k).word().startMillis() > last) {
                return words.get(k).word().startMillis();
            }
        }
        return cue.time().endMillis();
    }

    /**
     * How many of the cue's first words repeat the last of the text read so far, of the
     * {@code onScreen} words still shown; {@code rolling}: in captions that roll.
     */
    private static int repeated(List<Read> read, CaptionCue cue, List<Placed> words, List<Integer> lineEnds,
            int onScreen, boolean rolling, Optional<String> speaker) {
        for (int k = Math.min(onScreen, words.size()); k >= 1; k--) {
            boolean startsALine = read.get(read.size() - k).lineStart();
            boolean endsALine = lineEnds.contains(k);
            boolean onBoundaries = rolling ? startsALine || endsALine : startsALine && endsALine;
            if (onBoundaries && sameWords(read, words, k) && sameTurn(cue, words, k, speaker)) {
                return k;
            }
        }
        return 0;
    }

    private static boolean sameWords(List<Read> read, List<Placed> words, int k) {
        for (int j = 0; j < k; j++) {
            if (!read.get(read.size() - k + j).key().equals(key(words.get(j).word().text()))) {
                return false;
            }
        }
        return true;
    }

    /** A line that starts a new turn is never a repeat of the turn before it. */
    private static boolean sameTurn(CaptionCue cue, List<Placed> words, int k, Optional<String> speaker) {
        for (int line = 0; line <= words.get(k - 1).line(); line++) {
            CaptionCue.Line l = cue.lines().get(line);
            if (l.newTurn() || l.speaker().isPresent() && !l.speaker().equals(speaker)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code cue} may show again what {@code before}, the cue before it, showed. */
    private static boolean mayRepeat(CaptionCue before, CaptionCue cue, boolean rolling) {
        if (before == null || before.lines().isEmpty()) {
            return false;
        }
        long start = cue.time().startMillis();
        long shownUntil = before.time().endMillis();
        return start < shownUntil
                || start == shownUntil && (rolling || flashes(cue) || restyles(before, cue));
    }

    private static boolean flashes(CaptionCue cue) {
        return cue.time().endMillis() - cue.time().startMillis() < FLASH_MILLIS;
    }

    /** The same words as the cue before, written otherwise: one caption restyled, not words said again. */
    private static boolean restyles(CaptionCue before, CaptionCue cue) {
        return !before.markup().equals(cue.markup()) && texts(before).equals(texts(cue));
    }

    /** Whether two cues in three extend the last line of the cue before them, or flash it: captions that roll. */
    private static boolean rolls(List<CaptionCue> cues) {
        int pairs = 0;
        int rolled = 0;
        for (int k = 1; k < cues.size(); k++) {
            List<CaptionCue.Line> before = cues.get(k - 1).lines();
            if (before.isEmpty() || cues.get(k).lines().isEmpty()) {
                continue;
            }
            pairs++;
            List<String> last = keys(before.get(before.size() - 1).words());
            List<String> next = keys(allWords(cues.get(k)));
            boolean repeatsLast = next.size() >= last.size() && next.subList(0, last.size()).equals(last);
            if (repeatsLast && (next.size() > last.size() || flashes(cues.get(k)))) {
                rolled++;
            }
        }
        return rolled >= 2 && rolled * 3 >= pairs * 2;
    }

    private static List<CaptionCue.Word> allWords(CaptionCue cue) {
        return cue.lines().stream().flatMap(line -> line.words().stream()).toList();
    }

    private static List<String> texts(CaptionCue cue) {
        return allWords(cue).stream().map(CaptionCue.Word::text).toList();
    }

    private static int wordCount(CaptionCue cue) {
        return allWords(cue).size();
    }

    private static List<String> keys(List<CaptionCue.Word> words) {
        return words.stream().map(w -> key(w.text())).toList();
    }

    /** A word as compared: case and surrounding punctuation aside. */
    private static String key(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1))) {
            to--;
        }
        return from == to ? word : word.substring(from, to).toLowerCase(Locale.ROOT);
    }
}
