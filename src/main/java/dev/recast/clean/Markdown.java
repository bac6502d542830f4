package dev.recast.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown's block syntax: which lines are headings, quotes, rules or code fences, for
 * {@link BlockParser} to read as structure. Inline syntax (emphasis, links, tags) is read out of
 * every transcript's text by {@link InlineMarkup}, and front matter is page boilerplate.
 */
final class Markdown {

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
}
