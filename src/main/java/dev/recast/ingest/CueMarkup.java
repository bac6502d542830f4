package dev.recast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cue's text lines as a browser's WebVTT parser does, keeping what is said: every tag goes
 * ({@code <c.colour>}, {@code <i>}, {@code <b>}, {@code <u>}, {@code <lang>}, {@code <font>}),
 * character references are resolved, a ruby's reading ({@code <rt>}) is left out as a second
 * spelling of its base text, SSA overrides ({@code {\an8}}) go, an inline timestamp
 * ({@code <00:00:01.234>}) times the words after it, and a voice tag ({@code <v Name>}), a
 * leading dash or broadcast captions' {@code >>} starts a speaker's turn. A voice lasts to its cue's end, as the spec's voice span
 * does.
 */
final class CueMarkup {

    // ">>" (">>>" for a new topic) before a turn, alone or on its first word: ">>Hello".
    private static final Pattern SPEAKER_CHANGE = Pattern.compile(">{2,3}(?![\\d>])");
    private static final Pattern SSA_OVERRIDE = Pattern.compile("\\{\\\\[^}]*}");
    private static final Pattern INLINE_TIMESTAMP = Pattern.compile("(?:(\\d{1,4}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})");

    private CueMarkup() {
    }

    /** The lines of a cue shown at {@code time}, in order; lines that show nothing are left out. */
    static List<CaptionCue.Line> read(List<SourceLine> text, SourceTime time) {
        Reading reading = new Reading(time);
        for (SourceLine line : text) {
            reading.line(line);
        }
        reading.endLine();
        return reading.lines;
    }


    /** The lines read so far and the state of the one being read. */
    private static final class Reading {
        private final SourceTime time;
        private final List<CaptionCue.Line> lines = new ArrayList<>();
        private int number;
        private Optional<String> speaker = Optional.empty();
        private boolean newTurn;
        private List<CaptionCue.Word> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private long wordStart;
        private long now;
        private boolean inRubyText;

        Reading(SourceTime time) {
            this.time = time;
            this.now = time.startMillis();
        }

        void line(SourceLine line) {
            endLine();
            number = line.number();
            String text = line.text();
            int i = 0;
            while (i < text.length()) {
                int close = text.charAt(i) == '<' ? text.indexOf('>', i) : -1;
                if (close > 0 && isTag(text.substring(i + 1, close))) {
                    tag(text.substring(i + 1, close));
                    i = close + 1;
                    continue;
                }
                int next = text.indexOf('<', i + 1);
                next = next < 0 ? text.length() : next;
                text(text.substring(i, next));
                i = next;
            }
            endWord(); // a line break ends a word
        }

        // A "<" that starts no tag ("I <3 it > all" in an SRT file) is text.
        private static boolean isTag(String content) {
            return !content.isEmpty() && (Character.isLetter(content.charAt(0)) || content.charAt(0) == '/'
                    || INLINE_TIMESTAMP.matcher(content).matches());
        }

        private void tag(String content) {
            Matcher timestamp = INLINE_TIMESTAMP.matcher(content);
            if (timestamp.matches()) {
                long at = ((timestamp.group(1) == null ? 0 : Long.parseLong(timestamp.group(1))) * 3600
                        + Long.parseLong(timestamp.group(2)) * 60 + Long.parseLong(timestamp.group(3))) * 1000
                        + Long.parseLong(timestamp.group(4));
                now = Math.max(time.startMillis(), Math.min(time.endMillis(), at));
                return;
            }
            int nameEnd = 0;
            while (nameEnd < content.length() && !Character.isWhitespace(content.charAt(nameEnd))
                    && content.charAt(nameEnd) != '.') {
                nameEnd++;
            }
            String name = content.substring(0, nameEnd).toLowerCase(Locale.ROOT);
            switch (name) {
                case "v" -> voice(content.substring(nameEnd));
                case "br", "br/" -> endWord(); // a line break some SRT tools write as HTML
                case "rt" -> inRubyText = true;
                case "/rt", "/ruby" -> inRubyText = false;
                default -> {
                    // Formatting (<i>, <c.yellow>, <font color=…>, <lang en>, </v>): it says nothing.
                }
            }
        }

        /** A voice tag: its annotation (after any classes) names the speaker, or names none. */
        private void voice(String afterName) {
            int space = 0;
            while (space < afterName.length() && !Character.isWhitespace(afterName.charAt(space))) {
                space++; // the tag's classes, ".loud"
            }
            String annotation = CharacterReferences.resolve(afterName.substring(space)).strip();
            endWord();
            if (!words.isEmpty()) {
                endLine();
            }
            // "<v ->" (Rev's unnamed other speaker) and "<v>" start a turn but name nobody.
            boolean named = annotation.codePoints().anyMatch(Character::isLetterOrDigit);
            speaker = named ? Optional.of(annotation) : Optional.empty();
            newTurn = !named;
        }

        private void text(String run) {
            String plain = CharacterReferences.resolve(SSA_OVERRIDE.matcher(run).replaceAll(""));
            if (inRubyText) {
                return;
            }
            plain.codePoints().forEach(c -> {
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    endWord();
                } else {
                    if (word.length() == 0) {
                        wordStart = now;
                    }
                    word.appendCodePoint(c);
                }
            });
        }

        private void endWord() {
            if (word.length() == 0) {
                return;
            }
            Matcher chevrons = SPEAKER_CHANGE.matcher(word);
            if (chevrons.lookingAt()) {
                // Broadcast captions mark a new speaker with ">>" wherever the turn starts.
                pushLine();
                newTurn = speaker.isEmpty();
                word.delete(0, chevrons.end());
                if (word.length() == 0) {
                    return;
                }
            }
            words.add(new CaptionCue.Word(word.toString(), wordStart));
            word.setLength(0);
        }

        /** Ends the line being read; a voice or turn with no words yet waits for the next line's. */
        void endLine() {
            endWord();
            pushLine();
        }

        /** Adds the words read to the lines, if any, as a line of their own. */
        private void pushLine() {
            if (words.isEmpty()) {
                return;
            }
            boolean dash = turnDash(words);
            if (dash) {
                String first = words.get(0).text();
                if (first.length() == 1) {
                    words.remove(0);
                } else {
                    words.set(0, new CaptionCue.Word(first.substring(1), words.get(0).startMillis()));
                }
            }
            lines.add(new CaptionCue.Line(number, speaker, newTurn || (dash && speaker.isEmpty()), words));
            speaker = Optional.empty();
            newTurn = false;
            words = new ArrayList<>();
        }

        /** "- Is it old?" or "-Is it old?": a dash that starts a turn, not a minus ("-5 degrees"). */
        private static boolean turnDash(List<CaptionCue.Word> words) {
            String first = words.get(0).text();
            if (first.equals("-")) {
                return words.size() > 1 && !Character.isDigit(words.get(1).text().charAt(0));
            }
            return first.length() > 1 && first.charAt(0) == '-' && !Character.isDigit(first.charAt(1))
                    && first.charAt(1) != '-';
        }
    }
}
