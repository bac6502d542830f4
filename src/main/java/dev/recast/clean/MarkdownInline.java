package dev.recast.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes Markdown's inline syntax out of a Markdown section's lines, so a listener hears the words
 * and none of the marks: front matter, images, link targets, emphasis and code marks, escapes;
 * but not tables, read as blocks. Fenced code is left for the block reader, which drops it whole.
 */
final class MarkdownInline {

    /** The lines with their inline syntax out, and what was removed. */
    record Result(List<ContentLine> lines, List<Removal> removals) {
        Result {
            lines = List.copyOf(lines);
            removals = List.copyOf(removals);
        }
    }

    /** A code fence's opening or closing line; group 1 is its marker. */
    static final Pattern FENCE = Pattern.compile("\\s{0,3}(`{3,}|~{3,}).*");
    private static final Pattern FRONT_MATTER_FENCE = Pattern.compile("---\\s*|\\.\\.\\.\\s*");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|mailto):[^>\\s]+>");
    // A mark hugging the words it marks: "**bold**", "_it_", "~~gone~~", "`code`".
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\\\])(\\*{1,3}|_{1,3}|~~|`)(?=[^\\s*_~`])(.+?)(?<=[^\\s*_~`])\\1(?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|~])");

    private final List<Removal> removals = new ArrayList<>();

    private MarkdownInline() {}

    static Result strip(List<ContentLine> lines) {
        MarkdownInline inline = new MarkdownInline();
        List<ContentLine> kept = inline.stripFrontMatter(lines);
        List<ContentLine> stripped = new ArrayList<>();
        String fence = null;
        for (ContentLine line : kept) {
            Matcher opening = FENCE.matcher(line.text());
            if (fence != null) {
                fence = line.text().strip().startsWith(fence) ? null : fence;
                stripped.add(line);
            } else if (opening.matches()) {
                fence = opening.group(1);
                stripped.add(line);
            } else {
                stripped.add(inline.stripLine(line));
            }
        }
        return new Result(stripped, inline.removals);
    }

    /** A "---" block of "key: value" lines at the very top: page metadata, not words to read. */
    private List<ContentLine> stripFrontMatter(List<ContentLine> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size() || !lines.get(first).text().strip().equals("---")) {
            return lines;
        }
        for (int end = first + 1; end < lines.size(); end++) {
            if (FRONT_MATTER_FENCE.matcher(lines.get(end).text()).matches()) {
                for (ContentLine line : lines.subList(first, end + 1)) {
                    if (!line.isBlank()) {
                        removals.add(new Removal(line.number(), line.text().strip(), RemovalReason.MARKUP));
                    }
                }
                List<ContentLine> rest = new ArrayList<>(lines.subList(0, first));
                rest.addAll(lines.subList(end + 1, lines.size()));
                return rest;
            }
        }
        return lines;
    }

    private ContentLine stripLine(ContentLine line) {
        String text = line.text();
        int number = line.number();
        text = replace(text, IMAGE, number, RemovalReason.IMAGE_NOTE, m -> "");
        text = replace(text, LINK, number, RemovalReason.MARKUP, m -> m.group(1));
        text = replace(text, AUTOLINK, number, RemovalReason.MARKUP, m -> "");
        String before;
        do {
            before = text;
            text = replace(text, EMPHASIS, number, RemovalReason.MARKUP, m -> m.group(2));
        } while (!text.equals(before));
        text = ESCAPE.matcher(text).replaceAll("$1");
        return text.equals(line.text()) ? line : line.withText(text);
    }

    /** Replaces every match, recording what the replacement leaves out: a link's target, the marks. */
    private String replace(String text, Pattern pattern, int line, RemovalReason reason,
            Function<Matcher, String> kept) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String keep = kept.apply(matcher);
            String whole = matcher.group();
            int at = keep.isEmpty() ? -1 : whole.indexOf(keep);
            String removed = at < 0 ? whole
                    : (whole.substring(0, at) + " " + whole.substring(at + keep.length())).strip();
            removals.add(new Removal(line, removed, reason));
            matcher.appendReplacement(out, Matcher.quoteReplacement(keep));
        }
        return matcher.appendTail(out).toString();
    }
}
