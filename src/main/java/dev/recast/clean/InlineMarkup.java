package dev.recast.clean;

import dev.recast.ingest.CharacterReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the written markup of Markdown and HTML out of a line's text, in any transcript: emphasis
 * and code marks go, a link keeps its text and loses its address, an image goes with its description, tags
 * go, entities and backslash escapes become the characters they stand for. Line-level Markdown
 * ("# Title", "&gt; quote") stays for the block parser, and so do asterisks around a sound note
 * ("*laughs*"), which {@link SoundAnnotations} takes out with a pause.
 */
final class InlineMarkup {

    /** The lines as read aloud, and what was taken out of them. */
    record Result(List<ContentLine> lines, List<Removal> removals) {
        Result {
            lines = List.copyOf(lines);
            removals = List.copyOf(removals);
        }
    }

    private static final Pattern IMAGE = Pattern.compile("(?<!\\\\)!\\[[^\\]]*]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern LINK = Pattern.compile(
            "(?<![\\\\!])\\[(?<text>[^\\]]+)](?<target>\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\))");
    private static final Pattern AUTOLINK = Pattern.compile("<(?<address>(?:https?|ftp|mailto):[^>\\s]+)>");
    // A site generator's template tag ({{< transcript "…" >}}, {{% note %}}, {% include x %}): the
    // quoted text it wraps is said, the tag is not.
    private static final Pattern TEMPLATE_TAG = Pattern.compile("\\{\\{[<%]?(?<body>[^{}]*?)[>%]?}}|\\{%[^{}]*%}");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)");
    // HTML's elements, by name, so "a <b and c> d" in prose is read as text unless it names one.
    private static final Pattern TAG = Pattern.compile("(?i)</?(?<name>a|abbr|article|aside|audio|b|big|blockquote|body"
            + "|br|button|center|cite|code|dd|del|details|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head"
            + "|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|ol|p|pre|q|s|script"
            + "|section|small|source|span|strike|strong|style|sub|summary|sup|table|tbody|td|th|thead|time|title|tr|tt"
            + "|u|ul|video)(?=[\\s/>])(?:\\s[^<>]*)?/?>");
    // WebVTT's cue markup pasted into text (Udemy and Rev exports): class, language and ruby spans,
    // inline timestamps; a voice tag is handled apart, as it names who speaks.
    private static final Pattern CUE_TAG = Pattern.compile(
            "</?(?:c|lang|ruby|rt)(?:\\.[\\w.-]+)?(?:[ \\t][^<>]*)?>|</v>|<(?:\\d{1,4}:)?[0-5]\\d:[0-5]\\d\\.\\d{3}>");
    // A voice tag: "<v Ada Quill>", "<v.loud Ben>", Rev's "<v ->" for a speaker it does not name.
    private static final Pattern VOICE_TAG = Pattern.compile("<v(?:\\.[\\w.-]+)*(?:[ \\t]+(?<name>[^<>]*))?>");
    // Tags that break a line: their words would run together without a space.
    private static final Pattern BREAKING_TAG = Pattern.compile(
            "(?i)br|p|div|li|ul|ol|tr|td|th|h[1-6]|hr|blockquote|section|article|header|footer|table|dd|dt");
    private static final Pattern STRONG = Pattern.compile("(?<![\\\\*\\w])(\\*\\*|__)(?=\\S)(?<text>.+?)(?<=\\S)\\1(?![*\\w])");
    private static final Pattern STRIKE = Pattern.compile("(?<!\\\\)~~(?=\\S)(?<text>.+?)(?<=\\S)~~");
    private static final Pattern STAR = Pattern.compile("(?<![\\\\*\\w])\\*(?=[^\\s*])(?<text>[^*]+?)(?<=[^\\s*\\\\])\\*(?![*\\w])");
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\\\\\w])_(?=[^\\s_])(?<text>[^_]+?)(?<=[^\\s_\\\\])_(?!\\w)");
    private static final Pattern CODE_SPAN = Pattern.compile("(?<![\\\\`])(`+)(?=[^`\\s])(?<text>.+?)(?<=[^`\\s])\\1(?!`)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");


    private final SoundAnnotations sounds;

    InlineMarkup(SoundAnnotations sounds) {
        this.sounds = sounds;
    }

    Result read(List<ContentLine> lines) {
        List<ContentLine> read = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        for (ContentLine line : lines) {
            read.add(line.isBlank() ? line : line.withText(read(line, removals)));
        }
        return new Result(read, removals);
    }

    private String read(ContentLine line, List<Removal> removals) {
        List<String> markup = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<String> images = new ArrayList<>();
        String text = line.text();
        text = replace(IMAGE, text, m -> {
            images.add(m.group());
            return "";
        });
        text = replace(TEMPLATE_TAG, text, m -> {
            markup.add(QUOTED.matcher(m.group()).replaceAll(" ").replaceAll("\\s+", " ").strip());
            String body = m.group("body") == null ? "" : m.group("body");
            return " " + String.join(" ", QUOTED.matcher(body).results().map(q -> q.group(1)).toList()) + " ";
        });
        text = replace(LINK, text, m -> {
            targets.add(m.group("target"));
            return m.group("text");
        });
        text = replace(AUTOLINK, text, m -> m.group("address"));
        text = replace(COMMENT, text, m -> {
            markup.add(m.group());
            return " ";
        });
        text = readVoiceTags(text, markup);
        text = replace(CUE_TAG, text, m -> {
            markup.add(m.group());
            return "";
        });
        text = replace(TAG, text, m -> {
            markup.add(m.group());
            return BREAKING_TAG.matcher(m.group("name")).matches() ? " " : "";
        });
        text = replace(CODE_SPAN, text, m -> m.group("text"));
        text = unwrap(STRONG, text);
        text = unwrap(STRIKE, text);
        text = replace(STAR, text, m -> sounds.isStarNote(m.group("text")) ? m.group() : m.group("text"));
        text = unwrap(UNDERSCORE, text);
        text = replace(ESCAPE, text, m -> m.group(1));
        text = CharacterReferences.resolve(text, markup::add);
        record(line, images, RemovalReason.IMAGE_NOTE, removals);
        record(line, targets, RemovalReason.LINK, removals);
        record(line, markup, RemovalReason.MARKUP, removals);
        return text;
    }


    /**
     * A voice tag naming its speaker at the line's start becomes the label a transcript writes there
     * ("Ada Quill: "), for the speaker rules to read; any other only goes. Outside those places
     * "<v …>" is prose ("if x <v and w> y") unless it is Rev's "<v ->" or the line closes it.
     */
    private static String readVoiceTags(String text, List<String> markup) {
        Matcher m = VOICE_TAG.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean closed = text.contains("</v>");
        while (m.find()) {
            boolean opensLine = text.substring(0, m.start()).isBlank();
            String name = m.group("name") == null ? "" : m.group("name").strip();
            if (!opensLine && !closed && !name.equals("-")) {
                continue;
            }
            boolean names = opensLine && !name.isEmpty() && !name.equals("-");
            // A name made a label is recorded as the label; the tag's marks are recorded here.
            markup.add(names ? m.group().substring(0, m.start("name") - m.start()) + ">" : m.group());
            String label = names ? name + ": " : " ";
            m.appendReplacement(out, Matcher.quoteReplacement(label));
        }
        return m.appendTail(out).toString();
    }

    /** Takes a pair of marks off the text between them, innermost last ("***both***"). */
    private static String unwrap(Pattern marks, String text) {
        String before;
        do {
            before = text;
            text = replace(marks, text, m -> m.group("text"));
        } while (!text.equals(before));
        return text;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        return m.appendTail(out).toString();
    }

    /** One removal for the line's markup of one kind, its pieces in the order read. */
    private static void record(ContentLine line, List<String> pieces, RemovalReason reason, List<Removal> removals) {
        if (!pieces.isEmpty()) {
            removals.add(new Removal(line.number(), String.join(" ", pieces), reason));
        }
    }
}
