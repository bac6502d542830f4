package dev.recast.clean;

import dev.recast.ingest.SourceLine;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Repairs text that is UTF-8 read through another code page ("donâ€™t" → "don’t"), and removes
 * what cannot be repaired because bytes were lost ("๐ค", an emoji read as windows-874).
 *
 * <p>Real text is protected twice. A repair must decode to something {@link
 * CleaningRules#plausibleRepair() plausible}: the bytes of "ß“" in „Gruß“ are valid UTF-8, but for
 * an NKo letter. And no run that reads as letters is touched while the line has other letters of
 * the run's script, mojibake aside: a stray "๐ค" in English text is mojibake, "๒คน" in a Thai
 * sentence is Thai. A repairable run with a symbol in it ("â€™") is mojibake whatever the line
 * holds: "café keeperâ€™s" is repaired.
 */
final class MisdecodedText {

    /** A repaired line and the runs taken out of it. */
    record Repair(ContentLine line, List<Removal> removals) {
        Repair {
            removals = List.copyOf(removals);
        }
    }

    /** A stretch of a line, [start, end), to be replaced. */
    private record Run(int start, int end, String replacement) {}

    private final CleaningRules rules;
    private final List<Map<Character, Integer>> bytesByCodePage;

    MisdecodedText(CleaningRules rules) {
        this.rules = rules;
        this.bytesByCodePage = rules.misreadCodePages().stream().map(MisdecodedText::highBytes).toList();
    }

    Repair repair(SourceLine source) {
        String text = source.text();
        for (Map<Character, Integer> bytes : bytesByCodePage) {
            text = apply(text, repairableRuns(text, bytes));
        }
        List<Removal> removals = new ArrayList<>();
        for (Pattern misdecoded : rules.misdecodedRuns()) {
            List<Run> runs = unprotected(text, matches(text, misdecoded), unrepairable(text));
            for (Run run : runs) {
                removals.add(new Removal(source.number(), text.substring(run.start(), run.end()), RemovalReason.MISDECODED));
            }
            text = apply(text, runs);
        }
        if (!removals.isEmpty() && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // What is left is no text of its own: the whole line goes, recorded as read.
            return new Repair(new ContentLine(source.number(), "", source.time()),
                    List.of(new Removal(source.number(), source.text(), RemovalReason.MISDECODED)));
        }
        return new Repair(new ContentLine(source.number(), text, source.time()), removals);
    }

    /** Runs whose bytes in one code page are complete, plausible UTF-8 characters. */
    private List<Run> repairableRuns(String text, Map<Character, Integer> bytes) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int length = sequenceLength(bytes.getOrDefault(text.charAt(i), 0));
            if (length > 0 && i + length <= text.length()) {
                byte[] sequence = new byte[length];
                boolean complete = true;
                for (int k = 0; k < length && complete; k++) {
                    int b = bytes.getOrDefault(text.charAt(i + k), 0);
                    complete = k == 0 || (b >= 0x80 && b <= 0xBF);
                    sequence[k] = (byte) b;
                }
                String decoded = complete ? strictUtf8(sequence) : null;
                if (decoded != null && rules.plausibleRepair().matcher(decoded).matches()) {
                    runs.add(new Run(i, i + length, decoded));
                    i += length;
                    continue;
                }
            }
            i++;
        }
        // A run that reads as letters ("Ðµ", Cyrillic) might be real text of that script, which
        // the line's other letters of it would show. One that does not ("â€™": a letter, a
        // currency sign and a trade mark) is no word of any script, and "café" on the same line
        // is no evidence for it.
        List<Run> words = runs.stream().filter(run -> isLetters(text.substring(run.start(), run.end()))).toList();
        List<Run> noWords = runs.stream().filter(run -> !words.contains(run)).toList();
        List<Run> kept = unprotected(text, words, Stream.concat(noWords.stream(), unrepairable(text).stream()).toList());
        return runs.stream().filter(run -> noWords.contains(run) || kept.contains(run)).toList();
    }

    private static boolean isLetters(String run) {
        return run.codePoints().allMatch(Character::isLetter);
    }

    /** Every unrepairable run in the text: mojibake, so no evidence of real text around a run. */
    private List<Run> unrepairable(String text) {
        return rules.misdecodedRuns().stream().flatMap(p -> matches(text, p).stream()).toList();
    }

    private static List<Run> matches(String text, Pattern pattern) {
        List<Run> runs = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            runs.add(new Run(m.start(), m.end(), ""));
        }
        return runs;
    }

    /** The runs whose script has no letters elsewhere in the line, other mojibake aside. */
    private static List<Run> unprotected(String text, List<Run> runs, List<Run> otherMojibake) {
        StringBuilder outside = new StringBuilder(text);
        for (Run run : Stream.concat(runs.stream(), otherMojibake.stream()).toList()) {
            for (int k = run.start(); k < run.end(); k++) {
                outside.setCharAt(k, ' ');
            }
        }
        return runs.stream()
                .filter(run -> {
                    Character.UnicodeScript script = scriptOf(text.substring(run.start(), run.end()));
                    return script == null || outside.codePoints()
                            .noneMatch(c -> c > 0x7F && Character.isLetter(c) && Character.UnicodeScript.of(c) == script);
                })
                .toList();
    }

    private static Character.UnicodeScript scriptOf(String run) {
        return run.codePoints()
                .mapToObj(Character.UnicodeScript::of)
                .filter(s -> s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED
                        && s != Character.UnicodeScript.UNKNOWN)
                .findFirst()
                .orElse(null);
    }

    private static String apply(String text, List<Run> runs) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Run run : runs) {
            out.append(text, at, run.start()).append(run.replacement());
            at = run.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** How many bytes a UTF-8 sequence starting with this lead byte has; 0 if it is no lead byte. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Each character a code page gives for a byte 0x80-0xFF, mapped back to that byte. A C1
     * control stands for itself, as decoders that pass undefined bytes through leave them.
     */
    private static Map<Character, Integer> highBytes(Charset codePage) {
        Map<Character, Integer> bytes = new HashMap<>();
        for (int b = 0x80; b <= 0xFF; b++) {
            CharBuffer decoded = codePage.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
            if (decoded.length() == 1 && decoded.charAt(0) != '\uFFFD') {
                bytes.put(decoded.charAt(0), b);
            }
        }
        for (char c = 0x80; c <= 0x9F; c++) {
            bytes.putIfAbsent(c, (int) c);
        }
        return Map.copyOf(bytes);
    }
}
