package dev.recast.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out runs of more than {@link #MAX_TOKEN} characters without a space: a pasted base64
 * blob, a key, a hash, an address with a long query. No listener can follow one spelled out, and
 * spelling one costs minutes of audio per thousand characters. Taken out here, in the clean stage,
 * rather than when text becomes speech: a removal is recorded where the cleaner records every
 * other (so {@code recast clean} and {@code render.json} list it with its line), and the page and
 * captions, which show the cleaned text, do not carry it either. Runs after inline markup is read,
 * so a long link target has gone as a link's and its text stays.
 */
final class LongTokens {

    /** The longest run without a space kept: longer than any word, even German compounds and chemical names. */
    static final int MAX_TOKEN = 100;
    private static final Pattern LONG_TOKEN = Pattern.compile(
            "[\\s\\p{Z}]*+([^\\s\\p{Z}]{" + (MAX_TOKEN + 1) + ",}+)"); // with the space before it, which goes too

    private LongTokens() {
    }

    /** {@code lines} with every long token out, and a removal for each; a line of nothing else goes. */
    static InlineMarkup.Result remove(List<ContentLine> lines) {
        List<ContentLine> kept = new ArrayList<>(lines.size());
        List<Removal> removals = new ArrayList<>();
        for (ContentLine line : lines) {
            Matcher matcher = LONG_TOKEN.matcher(line.text());
            if (!matcher.find()) {
                kept.add(line);
                continue;
            }
            StringBuilder text = new StringBuilder();
            int copied = 0;
            do {
                removals.add(new Removal(line.number(), matcher.group(1), RemovalReason.LONG_TOKEN));
                text.append(line.text(), copied, matcher.start());
                copied = matcher.end();
            } while (matcher.find());
            text.append(line.text(), copied, line.text().length());
            if (!text.toString().isBlank()) {
                kept.add(line.withText(text.toString()));
            } // else the line goes, as a boilerplate line does: left blank, it would end a paragraph
        }
        return new InlineMarkup.Result(kept, removals);
    }
}
