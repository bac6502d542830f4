package dev.recast.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)");
    // HTML's elements, by name, so "a <b and c> d" in prose is read as text unless it names one.
    private static final Pattern TAG = Pattern.compile("(?i)</?(?<name>a|abbr|article|aside|audio|b|big|blockquote|body"
            + "|br|button|center|cite|code|dd|del|details|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head"
            + "|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|ol|p|pre|q|s|script"
            + "|section|small|source|span|strike|strong|style|sub|summary|sup|table|tbody|td|th|thead|time|title|tr|tt"
            + "|u|ul|video)(?=[\\s/>])(?:\\s[^<>]*)?/?>");
    // Tags that break a line: their words would run together without a space.
    private static final Pattern BREAKING_TAG = Pattern.compile(
            "(?i)br|p|div|li|ul|ol|tr|td|th|h[1-6]|hr|blockquote|section|article|header|footer|table|dd|dt");
    private static final Pattern STRONG = Pattern.compile("(?<![\\\\*\\w])(\\*\\*|__)(?=\\S)(?<text>.+?)(?<=\\S)\\1(?![*\\w])");
    private static final Pattern STRIKE = Pattern.compile("(?<!\\\\)~~(?=\\S)(?<text>.+?)(?<=\\S)~~");
    private static final Pattern STAR = Pattern.compile("(?<![\\\\*\\w])\\*(?=[^\\s*])(?<text>[^*]+?)(?<=[^\\s*\\\\])\\*(?![*\\w])");
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\\\\\w])_(?=[^\\s_])(?<text>[^_]+?)(?<=[^\\s_\\\\])_(?!\\w)");
    private static final Pattern CODE_SPAN = Pattern.compile("(?<![\\\\`])(`+)(?=[^`\\s])(?<text>.+?)(?<=[^`\\s])\\1(?!`)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(?<decimal>\\d{1,7})|#[xX](?<hex>\\p{XDigit}{1,6})|(?<name>[A-Za-z][A-Za-z0-9]{1,31}));");

    // The named entities transcripts and web pages use; an unknown name stays as written.
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
            Map.entry("rdquo", "”"), Map.entry("ldquo", "“"), Map.entry("sbquo", "‚"), Map.entry("bdquo", "„"),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("bull", "•"),
            Map.entry("middot", "·"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("lsaquo", "‹"),
            Map.entry("rsaquo", "›"), Map.entry("prime", "′"), Map.entry("Prime", "″"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("deg", "°"), Map.entry("plusmn", "±"),
            Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("minus", "−"), Map.entry("frac12", "½"),
            Map.entry("frac14", "¼"), Map.entry("frac34", "¾"), Map.entry("cent", "¢"), Map.entry("pound", "£"),
            Map.entry("euro", "€"), Map.entry("yen", "¥"), Map.entry("sect", "§"), Map.entry("para", "¶"),
            Map.entry("dagger", "†"), Map.entry("Dagger", "‡"), Map.entry("permil", "‰"), Map.entry("micro", "µ"),
            Map.entry("shy", "\u00AD"), Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"),
            Map.entry("thinsp", "\u2009"), Map.entry("zwnj", "\u200C"), Map.entry("zwj", "\u200D"),
            Map.entry("iexcl", "¡"), Map.entry("iquest", "¿"), Map.entry("eacute", "é"), Map.entry("Eacute", "É"),
            Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"), Map.entry("aacute", "á"),
            Map.entry("agrave", "à"), Map.entry("acirc", "â"), Map.entry("auml", "ä"), Map.entry("Auml", "Ä"),
            Map.entry("aring", "å"), Map.entry("atilde", "ã"), Map.entry("ccedil", "ç"), Map.entry("iacute", "í"),
            Map.entry("icirc", "î"), Map.entry("iuml", "ï"), Map.entry("ntilde", "ñ"), Map.entry("oacute", "ó"),
            Map.entry("ocirc", "ô"), Map.entry("ouml", "ö"), Map.entry("Ouml", "Ö"), Map.entry("oslash", "ø"),
            Map.entry("uacute", "ú"), Map.entry("ugrave", "ù"), Map.entry("ucirc", "û"), Map.entry("uuml", "ü"),
            Map.entry("Uuml", "Ü"), Map.entry("szlig", "ß"), Map.entry("aelig", "æ"), Map.entry("oelig", "œ"));

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
        text = replace(LINK, text, m -> {
            targets.add(m.group("target"));
            return m.group("text");
        });
        text = replace(AUTOLINK, text, m -> m.group("address"));
        text = replace(COMMENT, text, m -> {
            markup.add(m.group());
            return " ";
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
        text = replace(ENTITY, text, m -> {
            String decoded = decode(m);
            if (!decoded.equals(m.group())) {
                markup.add(m.group());
            }
            return decoded;
        });
        record(line, images, RemovalReason.IMAGE_NOTE, removals);
        record(line, targets, RemovalReason.LINK, removals);
        record(line, markup, RemovalReason.MARKUP, removals);
        return text;
    }

    /** What an entity stands for; the entity itself when it names nothing known. */
    private static String decode(Matcher entity) {
        if (entity.group("name") != null) {
            return ENTITIES.getOrDefault(entity.group("name"), entity.group());
        }
        int codePoint = entity.group("decimal") != null
                ? Integer.parseInt(entity.group("decimal"))
                : Integer.parseInt(entity.group("hex"), 16);
        return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : entity.group();
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
