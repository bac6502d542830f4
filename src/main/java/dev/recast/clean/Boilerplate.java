package dev.recast.clean;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds page boilerplate: the lines every section repeats at its head and foot, or, where no
 * repetition shows it, known header lines or a Markdown page's front matter at the very top; and,
 * anywhere, the notes transcript
 * tools and subtitle sites add ("Transcribed by https://otter.ai").
 */
final class Boilerplate {

    // A time before a note ("0:00 Transcribed by …") belongs to it.
    private static final Pattern LEADING_TIME =
            Pattern.compile("^\\s*[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?[\\])]?\\s+");

    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("\\s|[\\w.\"'-]+\\s*[:=]|- |#|\\[[^\\]]+]\\s*$");
    private static final int MAX_FRONT_MATTER = 100;

    private final CleaningRules rules;

    Boilerplate(CleaningRules rules) {
        this.rules = rules;
    }

    /** How many non-blank lines all sections repeat at their head and at their foot. */
    private record Repeated(int head, int foot) {}

    /** For each section, the numbers of its boilerplate lines. */
    List<Set<Integer>> find(List<List<ContentLine>> sections) {
        List<List<ContentLine>> texts = sections.stream()
                .map(lines -> lines.stream().filter(line -> !line.isBlank()).toList())
                .toList();
        Repeated repeated = repeated(texts);
        return texts.stream()
                .map(lines -> {
                    int head = Math.max(Math.max(repeated.head(), knownHeader(lines)), frontMatter(lines));
                    int foot = Math.min(repeated.foot(), lines.size() - head);
                    return IntStream.range(0, lines.size())
                            .filter(k -> k < head || k >= lines.size() - foot || isToolNote(lines.get(k).text()))
                            .mapToObj(k -> lines.get(k).number())
                            .collect(Collectors.toUnmodifiableSet());
                })
                .toList();
    }

    private static Repeated repeated(List<List<ContentLine>> texts) {
        if (texts.size() < 2) {
            return new Repeated(0, 0);
        }
        int shortest = texts.stream().mapToInt(List::size).min().orElse(0);
        int head = commonRun(texts, shortest, false);
        int foot = commonRun(texts, shortest - head, true);
        if (texts.stream().allMatch(lines -> lines.size() == head + foot)) {
            // Sections repeating each other whole are duplicated content, not page chrome.
            return new Repeated(0, 0);
        }
        return new Repeated(head, foot);
    }

    /** How many leading (or trailing) non-blank lines all sections share, at most {@code limit}. */
    private static int commonRun(List<List<ContentLine>> texts, int limit, boolean fromEnd) {
        int run = 0;
        while (run < limit) {
            int k = run;
            long distinct = texts.stream()
                    .map(lines -> normalized(lines.get(fromEnd ? lines.size() - 1 - k : k).text()))
                    .distinct()
                    .count();
            if (distinct != 1) {
                break;
            }
            run++;
        }
        return run;
    }

    /**
     * How many top lines are known header lines, with any name-only lines among them. The run
     * ends at the last header line, so a name-like first line of real text is never taken.
     */
    private int knownHeader(List<ContentLine> lines) {
        int end = 0;
        for (int k = 0; k < lines.size(); k++) {
            String text = lines.get(k).text().strip();
            String norm = normalized(text);
            if (rules.headerLines().stream().anyMatch(p -> p.matcher(norm).matches())) {
                end = k + 1;
            } else if (!rules.headerName().matcher(text).matches()) {
                break;
            }
        }
        return end;
    }

    /**
     * How many top lines are a Markdown page's front matter: YAML between "---" lines or TOML
     * between "+++" lines, every line between them a field, a list item, a table or indented.
     */
    private static int frontMatter(List<ContentLine> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        String fence = lines.get(0).text().strip();
        if (!fence.equals("---") && !fence.equals("+++")) {
            return 0;
        }
        for (int k = 1; k < Math.min(lines.size(), MAX_FRONT_MATTER); k++) {
            String text = lines.get(k).text();
            if (text.strip().equals(fence)) {
                return k + 1;
            }
            if (!FRONT_MATTER_LINE.matcher(text).lookingAt()) {
                return 0;
            }
        }
        return 0;
    }

    /** A short line a transcript tool or subtitle site adds, not words of the recording. */
    private boolean isToolNote(String text) {
        String stripped = LEADING_TIME.matcher(text).replaceFirst("").strip();
        AnnotationRules annotations = rules.annotations();
        return stripped.split("\\s+").length <= annotations.maxNoteWords()
                && annotations.toolNotes().stream().anyMatch(p -> p.matcher(stripped).matches());
    }

    /** Text as compared for repetition: case, accents' encoding, punctuation and spacing set aside. */
    private static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
