package dev.recast.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads who speaks out of a section's lines: removes timestamp lines, leading timestamps and
 * speaker labels, and says which line each label's turn starts on. A label alone on its line
 * names the speaker of the next line with text.
 */
final class SpeakerTurns {

    /**
     * The lines without their timestamps and labels, the speaker whose turn starts on a line (by
     * line number), and what was removed.
     */
    record Result(List<ContentLine> lines, Map<Integer, String> speakers, List<Removal> removals) {
        Result {
            lines = List.copyOf(lines);
            speakers = Map.copyOf(speakers);
            removals = List.copyOf(removals);
        }
    }

    private final TurnRules rules;

    SpeakerTurns(TurnRules rules) {
        this.rules = rules;
    }

    Result read(List<ContentLine> lines) {
        List<ContentLine> kept = new ArrayList<>();
        Map<Integer, String> speakers = new HashMap<>();
        List<Removal> removals = new ArrayList<>();
        String pendingSpeaker = null;
        for (ContentLine line : lines) {
            if (line.isBlank()) {
                kept.add(line);
                continue;
            }
            if (rules.timestampLine().matcher(line.text()).matches()) {
                removals.add(new Removal(line.number(), line.text().strip(), RemovalReason.TIMESTAMP));
                continue;
            }
            String text = line.text();
            Matcher timestamp = rules.leadingTimestamp().matcher(text);
            if (timestamp.find()) {
                removals.add(new Removal(line.number(), timestamp.group().strip(), RemovalReason.TIMESTAMP));
                text = text.substring(timestamp.end());
            }
            Matcher label = rules.speakerLabel().matcher(text);
            if (label.find() && isName(label.group("name"))) {
                removals.add(new Removal(line.number(), label.group().strip(), RemovalReason.SPEAKER_LABEL));
                pendingSpeaker = label.group("name");
                text = text.substring(label.end());
            }
            if (text.isBlank()) {
                continue;
            }
            if (pendingSpeaker != null) {
                speakers.put(line.number(), pendingSpeaker);
                pendingSpeaker = null;
            }
            kept.add(line.withText(text));
        }
        return new Result(kept, speakers, removals);
    }

    private boolean isName(String label) {
        for (String word : label.split("\\s+")) {
            String bare = word.toLowerCase(Locale.ROOT).replaceAll("[.'’]+$", "");
            if (rules.notSpeakers().contains(bare)) {
                return false;
            }
        }
        return true;
    }
}
