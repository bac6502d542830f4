package dev.recast.proof;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers left in a spoken text as words, read as the engine reads them ("6.2" six point
 * two, "1,200" one thousand two hundred, "70%" seventy percent, "3rd" third, "$5" five dollars),
 * so the words compared with a recognizer's hold no digits it could never hear. The normalizer has
 * already said years, times, ranges and units; what is left is plain.
 */
final class NumberReading {

    private static final Pattern NUMBER = Pattern.compile(
            "(\\$)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(%|st\\b|nd\\b|rd\\b|th\\b)?");
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final String[] SCALES = {"", " thousand", " million", " billion"};
    /** Longer runs of digits are read digit by digit. */
    private static final int MAX_DIGITS = 12;

    private NumberReading() {
    }

    /** {@code text} (lower case) with every number in words. */
    static String spell(String text) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder spelled = new StringBuilder();
        while (m.find()) {
            String whole = m.group(2).replace(",", "");
            String suffix = m.group(4) == null ? "" : m.group(4);
            StringBuilder words = new StringBuilder(" ");
            if (!suffix.isEmpty() && !suffix.equals("%") && m.group(3) == null) {
                words.append(ordinal(cardinal(whole)));
            } else {
                words.append(cardinal(whole));
                if (m.group(3) != null) {
                    words.append(" point");
                    m.group(3).chars().forEach(d -> words.append(' ').append(UNITS.get(d - '0')));
                }
                words.append(suffix.equals("%") ? " percent" : suffix.isEmpty() ? "" : " " + suffix);
            }
            if (m.group(1) != null) {
                words.append(whole.equals("1") && m.group(3) == null ? " dollar" : " dollars");
            }
            m.appendReplacement(spelled, Matcher.quoteReplacement(words.append(' ').toString()));
        }
        m.appendTail(spelled);
        return spelled.toString();
    }

    /** An unsigned run of digits in words. */
    static String cardinal(String digits) {
        if (digits.length() > MAX_DIGITS || (digits.length() > 1 && digits.startsWith("0"))) {
            StringBuilder each = new StringBuilder();
            digits.chars().forEach(d -> each.append(each.length() == 0 ? "" : " ").append(UNITS.get(d - '0')));
            return each.toString();
        }
        long n = Long.parseLong(digits);
        if (n == 0) {
            return "zero";
        }
        String words = "";
        for (int scale = 0; n > 0; scale++, n /= 1000) {
            int group = (int) (n % 1000);
            if (group > 0) {
                words = below1000(group) + SCALES[scale] + (words.isEmpty() ? "" : " " + words);
            }
        }
        return words;
    }

    private static String below1000(int n) {
        String hundreds = n >= 100 ? UNITS.get(n / 100) + " hundred" : "";
        int rest = n % 100;
        if (rest == 0) {
            return hundreds;
        }
        String below100 = rest < 20 ? UNITS.get(rest)
                : TENS.get(rest / 10) + (rest % 10 == 0 ? "" : " " + UNITS.get(rest % 10));
        return hundreds.isEmpty() ? below100 : hundreds + " " + below100;
    }

    /** The ordinal of a cardinal's last word: "twenty one" to "twenty first". */
    private static String ordinal(String cardinal) {
        int space = cardinal.lastIndexOf(' ');
        String head = cardinal.substring(0, space + 1);
        String last = cardinal.substring(space + 1);
        String ordinal = switch (last) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
        return head + ordinal;
    }
}
