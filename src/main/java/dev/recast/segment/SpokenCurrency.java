package dev.recast.segment;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** A currency symbol before a number ("€20", "€3.5 million") or after it ("20€"), compiled once. */
record SpokenCurrency(Pattern before, Pattern after, UnitForm form) {

    static SpokenCurrency of(UnitForm form) {
        String symbol = Pattern.quote(form.symbol());
        return new SpokenCurrency(
                Pattern.compile(symbol + "\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?"
                        + "(\\s+(?:thousand|million|billion|trillion)(?![\\p{L}]))?(?![\\p{N}])"),
                Pattern.compile("(?<![\\p{L}\\p{N}.,])((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s?" + symbol), form);
    }

    String say(String text) {
        if (!text.contains(form.symbol())) {
            return text;
        }
        text = SpeechNormalizer.replace(before, text, this::amount);
        return SpeechNormalizer.replace(after, text, m -> m.group(1) + " " + (m.group(1).equals("1") ? form.singular() : form.plural()));
    }

    /** "£4.50" → "4 pounds 50", "€3.5 million" → "3.5 million euros", "€1" → "1 euro". */
    private String amount(MatchResult m) {
        String whole = m.group(1);
        String cents = m.group(2);
        if (m.group(3) != null) {
            return whole + (cents == null ? "" : "." + cents) + m.group(3) + " " + form.plural();
        }
        if (cents != null && cents.length() != 2) {
            return whole + "." + cents + " " + form.plural();
        }
        String spoken = whole + " " + (whole.equals("1") ? form.singular() : form.plural());
        return cents == null || cents.equals("00") ? spoken : spoken + " " + cents;
    }
}
