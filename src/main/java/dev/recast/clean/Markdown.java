package dev.recast.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown's syntax: which lines are Markdown block syntax, and the inline syntax taken out of a
 * Markdown section's lines before anything else reads them, so a listener hears the words and
 * none of the marks: front matter, images, link targets, emphasis and code marks, HTML tags,
 * escapes. Speaker labels written in bold ("**Ada:**") are then plain labels. Block syntax
 * (headings, quotes, lists, tables, fenced code) is left for {@link BlockParser}.
 */
final class Markdown {

    /** The lines with their inline syntax out, and what was removed. */
    record Result(List<ContentLine> lines, List<Removal> removals) {
        Result {
            lines = List.copyOf(lines);
            removals = List.copyOf(removals);
        }
    }

    /** A code fence's opening or closing line; group 1 is its marker. */
    static final Pattern FENCE = Pattern.compile("\\s{0,3}(`{3,}|~{3,}).*");
    /** "# Title", "## Title ##"; group 1 is the marks, group 2 the title. */
    static final Pattern ATX_HEADING = Pattern.compile("\\s{0,3}(#{1,6})(?:\\s+(.*?))??(?:\\s+#+)?\\s*");
    /** The line under a title that makes it a heading: "=====" or "-----". */
    static final Pattern SETEXT_UNDERLINE = Pattern.compile("\\s{0,3}(?:=+|-{2,})\\s*");
    /** A horizontal rule: "---", "***", "_ _ _". */
    static final Pattern RULE = Pattern.compile("\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*");
    /** A "> " quote line; group 1 is its text. */
    static final Pattern BLOCKQUOTE = Pattern.compile("\\s{0,3}>\\s?(.*)");
    // YAML front matter between "---" lines, TOML between "+++" lines.
    private static final Pattern FRONT_MATTER_FENCE = Pattern.compile("(---|\\+\\+\\+)\\s*");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|mailto):[^>\\s]+>");
    // A mark hugging the words it marks: "**bold**", "_it_", "~~gone~~", "`code`".
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\\\])(\\*{1,3}|_{1,3}|~~|`)(?=[^\\s*_~`])(.+?)(?<=[^\\s*_~`])\\1(?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|~])");

    private final List<Removal> removals = new ArrayList<>();

    private Markdown() {}

    /** Whether the line is Markdown block syntax no plain transcript line looks like. */
    static boolean isBlockLine(ContentLine line) {
        String text = line.text();
        return ATX_HEADING.matcher(text).matches() && text.strip().startsWith("#")
                || FENCE.matcher(text).matches() || BLOCKQUOTE.matcher(text).matches()
                || RULE.matcher(text).matches() || SETEXT_UNDERLINE.matcher(text).matches();
    }

    /** Whether the section is Markdown: no caption text, and some line of Markdown block syntax. */
    static boolean isMarkdown(List<ContentLine> lines) {
        return lines.stream().noneMatch(line -> line.time().isPresent())
                && lines.stream().anyMatch(Markdown::isBlockLine);
    }

    /** Whether a file's name says it holds Markdown: "notes.md", "ep-12.markdown". */
    static boolean isMarkdownFile(String source) {
        String name = source.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /**
     * The lines with their inline syntax out, if the section is Markdown (by its file's name or
     * its block syntax); else the lines as they are.
     */
    static Result strip(List<ContentLine> lines, boolean markdownFile) {
        boolean captions = lines.stream().anyMatch(line -> line.time().isPresent());
        if (captions || !markdownFile && !isMarkdown(lines)) {
            return new Result(lines, List.of());
        }
        Markdown inline = new Markdown();
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

    /** A "---" (or "+++") block of "key: value" lines at the very top: page metadata, not words to read. */
    private List<ContentLine> stripFrontMatter(List<ContentLine> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        Matcher opening = FRONT_MATTER_FENCE.matcher(first == lines.size() ? "" : lines.get(first).text());
        if (!opening.matches()) {
            return lines;
        }
        for (int end = first + 1; end < lines.size(); end++) {
            if (lines.get(end).text().strip().equals(opening.group(1))) {
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
        text = replace(text, HTML_TAG, number, RemovalReason.MARKUP, m -> "");
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
