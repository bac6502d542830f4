package dev.recast.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who speaks out of a section's lines: removes timestamps and speaker labels, and says which
 * line each turn starts on. A label or header alone on its line names the speaker of the next line
 * with text. A second turn within one line ("… right. Ben: Yes, and …") is split onto a line of its
 * own, so every turn starts a line.
 *
 * <p>Labels are read in two passes: the first gathers the names labelled at line starts, so the
 * second can trust a name mid-line or a bracketed "[JOHN]" once the transcript has shown it is a
 * speaker's.
 *
 * <p>Kept as one class though long: both passes are one {@code Reader}, differing only in the
 * names it trusts, and every form of label (alone on its line, at a line's start, mid-line,
 * bracketed) is judged against those same names; split by form, the names would be passed around.
 */
final class SpeakerTurns {

    /**
     * The lines without their timestamps and labels, the turn that starts on a line (by its index
     * in {@code lines}: the speaker, empty when the transcript marks a new voice without naming
     * it), and what was removed.
     */
    record Result(List<ContentLine> lines, Map<Integer, Optional<String>> turns, List<Removal> removals) {
        Result {
            lines = List.copyOf(lines);
            turns = Map.copyOf(turns);
            removals = List.copyOf(removals);
        }
    }

    /** A turn starting: its speaker, if the transcript names one. */
    private record Turn(Optional<String> speaker) {}

    /** A speaker label at a line's start: the speaker, and where the label ends. */
    private record Label(String name, int end) {}

    private static final Pattern FIELD = Pattern.compile("\\s*(\\p{L}{2,}):\\s");

    private final TurnRules rules;
    private final SoundAnnotations sounds;

    SpeakerTurns(TurnRules rules, SoundAnnotations sounds) {
        this.rules = rules;
        this.sounds = sounds;
    }

    Result read(List<ContentLine> lines) {
        boolean timeLed = timeLed(lines);
        Map<String, Integer> labelled = new Reader(Set.of(), Map.of(), timeLed).read(lines).names;
        Set<String> known = new HashSet<>(labelled.keySet());
        known.addAll(repeatedNameLines(lines));
        Reader reader = new Reader(known, labelled, timeLed).read(lines);
        return new Result(reader.kept, reader.turns, reader.removals);
    }

    /**
     * The names that stand alone above a turn at least twice ("**Jane**" over each of her turns): a
     * speaker's header, where a chapter heading would not repeat.
     */
    private Set<String> repeatedNameLines(List<ContentLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            Matcher name = rules.nameLine().matcher(lines.get(k).text());
            if (standsAboveText(lines, k) && name.matches() && rules.namesSpeaker(name.group("name"))) {
                counts.merge(name.group("name"), 1, Integer::sum);
            }
        }
        Set<String> repeated = new HashSet<>();
        counts.forEach((name, count) -> {
            if (count >= 2) {
                repeated.add(name);
            }
        });
        return repeated;
    }

    /**
     * Whether line {@code k} stands in a block of "Word: …" lines one of which is a metadata field
     * ("Date: …", "Source: …"): a word no speaker is named.
     */
    private boolean besideMetadata(List<ContentLine> lines, int k) {
        for (int step : new int[] {-1, 1}) {
            for (int j = k + step; j >= 0 && j < lines.size(); j += step) {
                Matcher field = FIELD.matcher(lines.get(j).text());
                if (!field.lookingAt()) {
                    break;
                }
                if (rules.notSpeakers().contains(field.group(1).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether most of a section's lines start with a plain time, as copied video transcripts do:
     * then "0:05" before a line's text is a timestamp, where one such line alone ("10:30 is when
     * the ferry leaves") is a sentence.
     */
    private boolean timeLed(List<ContentLine> lines) {
        long text = lines.stream().filter(line -> !line.isBlank()).count();
        long led = lines.stream().filter(line -> rules.bareLeadingTime().matcher(line.text()).find()).count();
        return led >= 3 && led * 2 >= text;
    }

    /** A line of times only: under a name, it makes the name a header (Teams' "Ann Lee" over "0:03"). */
    private boolean isTimeLine(ContentLine line) {
        return rules.timestampLine().matcher(line.text()).matches() && !rules.cueTiming().matcher(line.text()).matches();
    }

    /** Whether line {@code k} opens a paragraph and text follows it directly, as a speaker's header does. */
    private static boolean standsAboveText(List<ContentLine> lines, int k) {
        return (k == 0 || lines.get(k - 1).isBlank()) && k + 1 < lines.size() && !lines.get(k + 1).isBlank();
    }

    /** One pass over a section's lines. */
    private final class Reader {
        private final Set<String> known;
        // How often each name was labelled in the first pass.
        private final Map<String, Integer> labelled;
        // Whether the section's lines start with a time ("0:05 so today we…"): every such time goes.
        private final boolean timeLed;
        private final Map<String, Integer> names = new HashMap<>();
        private final List<ContentLine> kept = new ArrayList<>();
        private final Map<Integer, Optional<String>> turns = new HashMap<>();
        private final List<Removal> removals = new ArrayList<>();
        // A turn whose label stood alone on its line, waiting for the next line with text.
        private Optional<Turn> pending = Optional.empty();
        // Whether the line read is a subtitle cue's text: subtitles pasted as plain text.
        private boolean inCue;

        Reader(Set<String> known, Map<String, Integer> labelled, boolean timeLed) {
            this.known = known;
            this.labelled = labelled;
            this.timeLed = timeLed;
        }

        Reader read(List<ContentLine> lines) {
            for (int k = 0; k < lines.size(); k++) {
                ContentLine line = lines.get(k);
                boolean cueNumber = k + 1 < lines.size() && line.text().strip().matches("\\d{1,6}")
                        && rules.cueTiming().matcher(lines.get(k + 1).text()).matches();
                Matcher name = rules.nameLine().matcher(line.text());
                if (cueNumber) {
                    remove(line, line.text(), RemovalReason.TIMESTAMP);
                } else if (standsAboveText(lines, k) && name.matches() && rules.namesSpeaker(name.group("name"))
                        && (known.contains(name.group("name")) || isTimeLine(lines.get(k + 1)))) {
                    remove(line, line.text(), RemovalReason.SPEAKER_LABEL);
                    pending = Optional.of(named(name.group("name")));
                } else {
                    readLine(line, besideMetadata(lines, k));
                }
            }
            return this;
        }

        private void readLine(ContentLine line, boolean besideMetadata) {
            if (line.isBlank()) {
                inCue = false;
                kept.add(line);
                return;
            }
            String text = line.text();
            if (rules.timestampLine().matcher(text).matches()) {
                remove(line, text, RemovalReason.TIMESTAMP);
                inCue = inCue || rules.cueTiming().matcher(text).matches();
                return;
            }
            text = stripLeadingTimes(line, text);
            Matcher header = rules.speakerHeader().matcher(text);
            if (header.matches() && rules.namesSpeaker(header.group("name"))) {
                remove(line, text, RemovalReason.SPEAKER_LABEL);
                pending = Optional.of(named(header.group("name")));
                return;
            }
            Optional<Turn> turn = Optional.empty();
            Matcher mark = rules.turnMark().matcher(text);
            boolean caption = line.time().isPresent() || inCue;
            if (mark.find() || caption && (mark = rules.captionTurnMark().matcher(text)).find()) {
                // ">>" and a caption's dash carry no word: nothing to record.
                turn = Optional.of(new Turn(Optional.empty()));
                text = stripLeadingTimes(line, text.substring(mark.end()));
            }
            // A sound note may stand before the label ("[Music] Ann: Hello"); it stays for SoundAnnotations.
            int notes = label(text).isPresent() ? 0 : sounds.leadingNotesEnd(text);
            // "Status: Raw source" among "Date:" and "Source:" lines is a field, not a voice.
            Optional<Label> label = label(text.substring(notes).stripLeading())
                    .filter(l -> !(besideMetadata && labelled.getOrDefault(l.name(), 0) <= 1));
            if (label.isPresent()) {
                String rest = text.substring(notes).stripLeading();
                remove(line, rest.substring(0, label.get().end()), RemovalReason.SPEAKER_LABEL);
                turn = Optional.of(named(label.get().name()));
                // A time may follow the name too: Zoom's "[Ann Lee] 14:02:33".
                String after = stripLeadingTimes(line, rest.substring(label.get().end()));
                text = notes == 0 ? after : text.substring(0, notes) + " " + after;
            }
            text = removeInlineTimes(line, text);
            if (text.isBlank()) {
                if (turn.isPresent()) {
                    pending = turn;
                }
                return;
            }
            splitTurns(line, text, turn.or(() -> pending), label.isPresent());
            pending = Optional.empty();
        }

        /** Keeps the line's text, one line per turn it holds. */
        private void splitTurns(ContentLine line, String text, Optional<Turn> first, boolean startsWithLabel) {
            Optional<Turn> turn = first;
            int from = 0;
            Matcher mid = rules.midLineLabel().matcher(text);
            while (mid.find()) {
                String name = mid.group("name");
                boolean trusted = name == null
                        || rules.namesSpeaker(name) && (known.contains(name) || startsWithLabel && !sounds.readsAsSound(name));
                if (!trusted || text.substring(from, mid.start()).isBlank()) {
                    continue;
                }
                keep(line, text.substring(from, mid.start()), turn);
                if (name != null) {
                    remove(line, mid.group(), RemovalReason.SPEAKER_LABEL);
                }
                turn = Optional.of(name == null ? new Turn(Optional.empty()) : named(name));
                from = mid.end();
            }
            keep(line, text.substring(from), turn);
        }

        private void keep(ContentLine line, String text, Optional<Turn> turn) {
            turn.ifPresent(t -> turns.put(kept.size(), t.speaker()));
            kept.add(line.withText(text));
        }

        /** The speaker label at the text's start, if one stands there. */
        private Optional<Label> label(String text) {
            Matcher label = rules.speakerLabel().matcher(text);
            if (label.find() && rules.namesSpeaker(label.group("name")) && readsAsTurn(label.group("name"), text.substring(label.end()))) {
                return Optional.of(new Label(label.group("name"), label.end()));
            }
            Matcher bracket = rules.bracketLabel().matcher(text);
            if (bracket.find() && rules.namesSpeaker(bracket.group("name"))) {
                String name = bracket.group("name");
                boolean colon = bracket.group().contains(":");
                boolean textFollows = !text.substring(bracket.end()).isBlank();
                // "[JOHN] Not yet." names a voice; "[Music]" notes a sound; alone on its line, only a
                // name the transcript labels elsewhere is trusted.
                boolean numbered = name.chars().anyMatch(Character::isDigit); // "[Speaker 1]", "[SPEAKER_00]"
                if (colon || numbered || known.contains(name) || textFollows && !sounds.readsAsSound(name)) {
                    return Optional.of(new Label(name, bracket.end()));
                }
            }
            return Optional.empty();
        }

        /**
         * Whether what follows a label reads as a turn: a sentence that starts in lower case after a
         * one-word label seen nowhere else is prose ("Background: we met in 1990").
         */
        private boolean readsAsTurn(String name, String rest) {
            String body = rest.strip();
            boolean lowerCaseBody = !body.isEmpty() && Character.isLowerCase(body.codePointAt(0));
            boolean oneWord = !name.contains(" ") && !name.equals(name.toUpperCase(Locale.ROOT));
            return !(lowerCaseBody && oneWord && !known.contains(name));
        }

        /** Removes timestamps before a line's text: tool-shaped ones always, a plain "12:01" only before a label. */
        private String stripLeadingTimes(ContentLine line, String text) {
            while (true) {
                Matcher time = rules.leadingTimestamp().matcher(text);
                if (!time.find()) {
                    time = rules.bareLeadingTime().matcher(text);
                    if (!time.find() || !timeLed && !startsWithLabel(text.substring(time.end()))) {
                        return text;
                    }
                }
                remove(line, time.group(), RemovalReason.TIMESTAMP);
                text = text.substring(time.end());
            }
        }

        private boolean startsWithLabel(String text) {
            Matcher header = rules.speakerHeader().matcher(text);
            if (header.matches() && rules.namesSpeaker(header.group("name"))) {
                return true;
            }
            Matcher label = rules.speakerLabel().matcher(text);
            return label.find() && rules.namesSpeaker(label.group("name"));
        }

        private String removeInlineTimes(ContentLine line, String text) {
            Matcher time = rules.inlineTimestamp().matcher(text);
            StringBuilder rest = new StringBuilder();
            while (time.find()) {
                remove(line, time.group(), RemovalReason.TIMESTAMP);
                time.appendReplacement(rest, "");
            }
            return time.appendTail(rest).toString();
        }

        private Turn named(String name) {
            names.merge(name, 1, Integer::sum);
            return new Turn(Optional.of(name));
        }

        private void remove(ContentLine line, String text, RemovalReason reason) {
            removals.add(new Removal(line.number(), text.strip(), reason));
        }
    }
}
