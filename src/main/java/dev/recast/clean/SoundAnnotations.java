package dev.recast.clean;

import dev.recast.ingest.SourceTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out what transcripts and subtitles note instead of speech: "[Music]", "(laughs)",
 * "♪ … ♪", "*sighs*", "[inaudible 00:12:03]". Each note becomes a short pause where it stood: the
 * line is split there and the text before it pauses after.
 *
 * <p>A note is told from text by its shape, not by a list alone: square brackets in a transcript
 * almost always hold one, unless they hold an editor's words ("[the board]"); a parenthesis holds
 * one when it is short and reads as a sound or manner (all capitals, a verb in "-ing", a known
 * sound or sound source), never when it reads as a remark ("(which was 1870)", "(many years)").
 */
final class SoundAnnotations {

    // A bracketed run (not a Markdown link's text), a short parenthesis, an asterisk-wrapped run,
    // or music notes up to the closing note or the line's end.
    private static final Pattern NOTE = Pattern.compile(
            "(?<square>\\[(?<squareText>[^\\[\\]]{1,80})](?![(\\[]))"
                    + "|(?<round>\\((?<roundText>[^()]{1,60})\\))"
                    + "|(?<star>(?<![*\\w])\\*(?<starText>[^*\\s][^*]{0,40}?)\\*(?![*\\w]))"
                    + "|(?<music>[♪♫](?:[^♪♫]*[♪♫]+|[^♪♫]*$))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_'’-]+");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\s*[.,;:!?…]+(?=\\s|$)");

    private final AnnotationRules rules;

    SoundAnnotations(AnnotationRules rules) {
        this.rules = rules;
    }

    /** The lines with their sound notes taken out, split where a note stood mid-line; turns move with their lines. */
    SpeakerTurns.Result read(SpeakerTurns.Result read) {
        Kept kept = new Kept();
        List<Removal> removals = new ArrayList<>(read.removals());
        // The cue a song ("♪ Oh the light / on the rock ♪") was opened in and not yet closed.
        Optional<SourceTime> song = Optional.empty();
        for (int k = 0; k < read.lines().size(); k++) {
            ContentLine line = read.lines().get(k);
            if (read.turns().containsKey(k)) {
                kept.startTurn(read.turns().get(k));
            }
            if (line.isBlank()) {
                kept.lines.add(line);
                continue;
            }
            int from = 0;
            if (song.isPresent() && song.equals(line.time())) {
                from = songEnd(line.text());
                removals.add(new Removal(line.number(), line.text().substring(0, from).strip(), RemovalReason.SOUND));
                if (from < line.text().length()) {
                    song = Optional.empty();
                }
            } else {
                song = Optional.empty();
            }
            Matcher note = NOTE.matcher(line.text()).region(from, line.text().length());
            // Stripped once: a line may be megabytes long and hold thousands of brackets.
            int textLength = line.text().strip().length();
            while (note.find()) {
                boolean wholeLine = note.group().length() == textLength && note.group().equals(line.text().strip());
                // A subtitle line may open with who speaks or how: "(narrator) Once…", "[man] Hey!".
                boolean opensCue = line.time().isPresent() && line.text().substring(from, note.start()).isBlank();
                if (!isNote(note) && !(wholeLine && isStageDirection(note)) && !(opensCue && isCueTag(note))) {
                    continue;
                }
                if (opensSong(note) && line.time().isPresent()) {
                    song = line.time();
                }
                removals.add(new Removal(line.number(), note.group().strip(), RemovalReason.SOUND));
                String before = line.text().substring(from, note.start());
                // Punctuation after a note ends the words before it: "Like Bull (bleep). Right."
                Matcher punctuation = TRAILING_PUNCTUATION.matcher(line.text()).region(note.end(), line.text().length());
                int end = note.end();
                if (punctuation.lookingAt() && !before.isBlank()) {
                    before = before.stripTrailing() + punctuation.group().strip();
                    end = punctuation.end();
                }
                if (before.isBlank()) {
                    kept.pauseAfterLastText();
                } else {
                    kept.add(line.withText(before).withPauseAfter());
                }
                from = end;
            }
            String rest = line.text().substring(from);
            if (!rest.isBlank()) {
                kept.add(from == 0 ? line : line.withText(rest));
            }
        }
        return new SpeakerTurns.Result(kept.lines, kept.turns, removals);
    }

    /** The lines kept so far and the turns starting on them; a line's turn waits for its first text kept. */
    private static final class Kept {
        private final List<ContentLine> lines = new ArrayList<>();
        private final Map<Integer, Optional<String>> turns = new HashMap<>();
        private Optional<Optional<String>> pendingTurn = Optional.empty();

        void startTurn(Optional<String> speaker) {
            pendingTurn = Optional.of(speaker);
        }

        void add(ContentLine line) {
            pendingTurn.ifPresent(speaker -> turns.put(lines.size(), speaker));
            pendingTurn = Optional.empty();
            lines.add(line);
        }

        /** A note at a line's start pauses the speech before it: after the last line with text. */
        void pauseAfterLastText() {
            for (int k = lines.size() - 1; k >= 0; k--) {
                if (!lines.get(k).isBlank()) {
                    lines.set(k, lines.get(k).withPauseAfter());
                    return;
                }
            }
        }
    }

    /** Where a song that went on from the line before ends in this line: after its closing notes, else at its end. */
    private static int songEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMusicNote(text.charAt(i))) {
                while (i < text.length() && isMusicNote(text.charAt(i))) {
                    i++;
                }
                return i;
            }
        }
        return text.length();
    }

    private static boolean isMusicNote(char c) {
        return c == '♪' || c == '♫';
    }

    /** Music notes opening words the line does not close: the song goes on in its cue's next line. */
    private static boolean opensSong(Matcher note) {
        String music = note.group("music");
        return music != null && music.chars().skip(1).noneMatch(c -> isMusicNote((char) c)) && !music.substring(1).isBlank();
    }

    /** A short lower-case or capitalised tag of who speaks or how, in brackets: "(narrator)", "(whispering)", "(MAN)". */
    private boolean isCueTag(Matcher note) {
        String text = note.group("round") != null ? note.group("roundText") : note.group("squareText");
        if (text == null) {
            return false;
        }
        List<String> words = words(text);
        return !words.isEmpty() && words.size() <= 3 && text.chars().noneMatch(Character::isDigit)
                && (isLowerCase(text) || isAllCaps(text)) && !startsAsSentence(words);
    }

    /** Where the sound notes a text starts with end ("[Music] Ann: Hello" → before "Ann"); 0 where it starts with none. */
    int leadingNotesEnd(String text) {
        Matcher note = NOTE.matcher(text);
        int end = 0;
        while (note.find() && text.substring(end, note.start()).isBlank() && isNote(note)) {
            end = note.end();
        }
        return end;
    }

    private boolean isNote(Matcher note) {
        if (note.group("music") != null) {
            return true;
        }
        if (note.group("square") != null) {
            return isSquareNote(note.group("squareText"));
        }
        if (note.group("round") != null) {
            return isRoundNote(note.group("roundText"));
        }
        return isStarNote(note.group("starText"));
    }

    /**
     * A bracketed line of its own that reads as a direction, not a remark: "(Bill enters the room)",
     * "(Laughter and applause.)"; never one holding a number or opening like a sentence.
     */
    private boolean isStageDirection(Matcher note) {
        String text = note.group("round") != null ? note.group("roundText") : note.group("squareText");
        if (text == null) {
            return false;
        }
        List<String> words = words(text);
        return !words.isEmpty() && words.size() <= 8 && text.chars().noneMatch(Character::isDigit) && !startsAsSentence(words);
    }

    /** "[Music]", "[crosstalk]", "[BLANK_AUDIO]", "[inaudible 00:12:03]"; not "[the board]", "[sic]", "[1]", "[Ann]". */
    private boolean isSquareNote(String text) {
        List<String> words = words(text);
        if (words.isEmpty() || words.size() > 8 || startsAsSentence(words)) {
            return false;
        }
        if (text.chars().noneMatch(Character::isLetter)) {
            return false; // a footnote's number, a checkbox
        }
        return readsAsSound(text) || isAllCaps(text) || isLowerCase(text) || text.contains("_");
    }

    /** "(laughs)", "(SIGHS)", "(door closes)", "(MUSIC PLAYING)", "(Applause)"; not "(which was 1870)", "(NASA)", "(Oracle)". */
    private boolean isRoundNote(String text) {
        text = text.strip().replaceFirst("[.!]$", ""); // "(Laughter.)"
        List<String> words = words(text);
        if (words.isEmpty() || words.size() > 5 || text.chars().anyMatch(c -> Character.isDigit(c) || ",.;:!?\"".indexOf(c) >= 0)) {
            return false;
        }
        if (isAllCaps(text)) {
            String only = words.get(0);
            return words.size() > 1 || hasSoundWord(words) || only.length() >= 5 && only.matches("(?i).*(?:s|ing|ed)");
        }
        if (startsAsSentence(words)) {
            return false;
        }
        if (isLowerCase(text)) {
            return readsAsSound(text);
        }
        return words.size() <= 2 && hasSoundWord(words); // "(Laughter)", "(Music Playing)"
    }

    /** "*laughs*", "*clears throat*"; "*really*" is emphasis ({@link InlineMarkup} asks before taking the asterisks). */
    boolean isStarNote(String text) {
        List<String> words = words(text);
        return !words.isEmpty() && words.size() <= 4 && !startsAsSentence(words) && hasSoundWord(words);
    }

    /**
     * Whether a short run reads as a sound or a manner of speaking: a known sound or sound source
     * ("laughs", "door closes"), a verb in "-ing" ("music playing"), or a time within ("inaudible
     * 00:12:03"). A plural alone ("(many years)") is no sound.
     */
    boolean readsAsSound(String text) {
        List<String> words = words(text);
        if (words.isEmpty() || words.size() > 6) {
            return false;
        }
        if (hasSoundWord(words) || TIME.matcher(text).find()) {
            return true;
        }
        return words.stream().anyMatch(w -> w.length() > 4 && w.endsWith("ing") && !rules.sentenceWords().contains(w));
    }

    private boolean hasSoundWord(List<String> words) {
        return words.stream().anyMatch(rules.soundWords()::contains);
    }

    private boolean startsAsSentence(List<String> words) {
        return rules.sentenceWords().contains(words.get(0)) && !hasSoundWord(words);
    }

    /** The run's words, lower case. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean isAllCaps(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= 2 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isLowerCase(String text) {
        return text.chars().filter(Character::isLetter).allMatch(Character::isLowerCase);
    }
}
