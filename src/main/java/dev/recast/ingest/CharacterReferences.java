package dev.recast.ingest;

import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML's character references ({@code &amp;}, {@code &#8217;}, {@code &#x2019;}), as caption files,
 * Markdown and scraped pages write them: one table for every reader. Marks that only steer a
 * renderer (direction marks, soft hyphens, joiners) resolve to nothing, since nothing is said there.
 */
public final class CharacterReferences {

    private static final Pattern REFERENCE = Pattern.compile("&(?:#[xX](\\p{XDigit}{1,6})|#(\\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));");
    // WebVTT's own (&amp; &lt; &gt; &lrm; &rlm; &nbsp;) and those transcripts and web pages use.
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("lrm", ""), Map.entry("rlm", ""),
            Map.entry("shy", ""), Map.entry("zwj", ""), Map.entry("zwnj", ""), Map.entry("thinsp", "\u2009"),
            Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"), Map.entry("ndash", "–"),
            Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("iexcl", "¡"), Map.entry("iquest", "¿"), Map.entry("deg", "°"), Map.entry("euro", "€"),
            Map.entry("pound", "£"), Map.entry("cent", "¢"), Map.entry("yen", "¥"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("middot", "·"), Map.entry("bull", "•"),
            Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("frac12", "½"), Map.entry("hearts", "♥"),
            Map.entry("sect", "§"), Map.entry("para", "¶"), Map.entry("eacute", "é"), Map.entry("egrave", "è"),
            Map.entry("ecirc", "ê"), Map.entry("aacute", "á"), Map.entry("agrave", "à"), Map.entry("acirc", "â"),
            Map.entry("iacute", "í"), Map.entry("oacute", "ó"), Map.entry("uacute", "ú"), Map.entry("ccedil", "ç"),
            Map.entry("ntilde", "ñ"), Map.entry("auml", "ä"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"),
            Map.entry("Auml", "Ä"), Map.entry("Ouml", "Ö"), Map.entry("Uuml", "Ü"), Map.entry("szlig", "ß"),
            Map.entry("Eacute", "É"), Map.entry("sbquo", "‚"), Map.entry("bdquo", "„"), Map.entry("lsaquo", "‹"),
            Map.entry("rsaquo", "›"), Map.entry("prime", "′"), Map.entry("Prime", "″"), Map.entry("plusmn", "±"),
            Map.entry("minus", "−"), Map.entry("frac14", "¼"), Map.entry("frac34", "¾"), Map.entry("dagger", "†"),
            Map.entry("Dagger", "‡"), Map.entry("permil", "‰"), Map.entry("micro", "µ"), Map.entry("euml", "ë"),
            Map.entry("aring", "å"), Map.entry("atilde", "ã"), Map.entry("icirc", "î"), Map.entry("iuml", "ï"),
            Map.entry("ocirc", "ô"), Map.entry("oslash", "ø"), Map.entry("ugrave", "ù"), Map.entry("ucirc", "û"),
            Map.entry("aelig", "æ"), Map.entry("oelig", "œ"));

    private CharacterReferences() {
    }

    /** Text with its references resolved; an unknown or invalid one stays as written. */
    public static String resolve(String text) {
        return resolve(text, reference -> { });
    }

    /** Text with its references resolved, each one resolved passed to {@code resolved} as written. */
    public static String resolve(String text, Consumer<String> resolved) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String character = m.group();
            if (m.group(3) != null) {
                character = NAMED.getOrDefault(m.group(3), character);
            } else {
                int codePoint = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
                if (Character.isValidCodePoint(codePoint) && codePoint != 0) {
                    character = Character.toString(codePoint);
                }
            }
            if (!character.equals(m.group())) {
                resolved.accept(m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        return m.appendTail(out).toString();
    }
}
