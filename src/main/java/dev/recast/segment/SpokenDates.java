package dev.recast.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Dates written with a month's name, compiled once from the names. A month is matched
 * capitalized, in full or shortened to three letters ("Sept" too), with or without its period.
 */
record SpokenDates(Pattern monthFirst, Pattern dayFirst, List<String> months, Map<String, String> fullNames) {

    /** A year after a date: not a decimal, a percentage or the start of a range of numbers. */
    static final String YEAR = "(1[1-9]\\d\\d|20\\d\\d)(?![\\p{N}]|[.,]\\d|\\s?%|\\s?[–—-]\\s?\\d)";

    static SpokenDates of(List<String> months) {
        Map<String, String> fullNames = new HashMap<>();
        List<String> written = new ArrayList<>();
        for (String month : months) {
            fullNames.put(month, month);
            written.add(Pattern.quote(month));
            List<String> shortened = month.equals("September") ? List.of("Sept", "Sep") : List.of(month.substring(0, 3));
            for (String abbreviation : shortened) {
                if (!abbreviation.equals(month)) {
                    fullNames.put(abbreviation, month);
                    written.add(Pattern.quote(abbreviation) + "\\.?");
                }
            }
        }
        String month = "(" + String.join("|", written) + ")";
        String day = "(\\d{1,2})(st|nd|rd|th)?";
        // "March 3rd, 1921", "March 3", "March 3–5, 1921", "March 1921"; not "March 3:30".
        Pattern monthFirst = Pattern.compile("(?<![\\p{L}\\p{N}])" + month + "(?:\\s+" + day
                + "(?:\\s?[–—-]\\s?(\\d{1,2})(?:st|nd|rd|th)?)?(?![\\p{L}\\p{N}:/]|[.,]\\d))?(?:(,?\\s+)" + YEAR + ")?");
        // "3 March 1921", "3rd March", "the 3rd of March, 1921"; not "10 May releases".
        Pattern dayFirst = Pattern.compile("(?<![\\p{L}\\p{N}.,/:])((?:[Tt]he\\s+)?)" + day + "\\s+(of\\s+)?" + month
                + "(?![\\p{L}\\p{N}])(?:(,?\\s+)" + YEAR + ")?");
        return new SpokenDates(monthFirst, dayFirst, List.copyOf(months), Map.copyOf(fullNames));
    }

    /** Day first, so that "3 March 1921" is not taken for "March 1921". */
    String say(String text) {
        text = SpeechNormalizer.replace(dayFirst, text, this::dayFirst);
        return SpeechNormalizer.replace(monthFirst, text, this::monthFirst);
    }

    private String monthFirst(MatchResult m) {
        String day = m.group(2);
        String lastDay = m.group(4);
        if (day == null && m.group(6) == null || day != null && !isDay(day) || lastDay != null && !isDay(lastDay)) {
            return m.group();
        }
        String spoken = fullName(m.group(1)) + (day == null ? "" : " " + NumberWords.ordinal(Integer.parseInt(day)))
                + (lastDay == null ? "" : " to " + NumberWords.ordinal(Integer.parseInt(lastDay)));
        return m.group(6) == null ? spoken : spoken + separator(m.group(5)) + NumberWords.year(Integer.parseInt(m.group(6)));
    }

    private String dayFirst(MatchResult m) {
        boolean written = m.group(3) != null || m.group(4) != null || m.group(7) != null; // "3 May" alone may be a count
        if (!written || !isDay(m.group(2))) {
            return m.group();
        }
        String spoken = (m.group(1).isEmpty() ? "the " : m.group(1)) + NumberWords.ordinal(Integer.parseInt(m.group(2)))
                + " of " + fullName(m.group(5));
        return m.group(7) == null ? spoken : spoken + separator(m.group(6)) + NumberWords.year(Integer.parseInt(m.group(7)));
    }

    /** "1921-03-03" → "March third, nineteen twenty one". */
    String iso(MatchResult m) {
        return months.get(Integer.parseInt(m.group(2)) - 1) + " " + NumberWords.ordinal(Integer.parseInt(m.group(3)))
                + ", " + NumberWords.year(Integer.parseInt(m.group(1)));
    }

    private String fullName(String written) {
        return fullNames.get(written.endsWith(".") ? written.substring(0, written.length() - 1) : written);
    }

    private static boolean isDay(String digits) {
        int day = Integer.parseInt(digits);
        return day >= 1 && day <= 31;
    }

    private static String separator(String written) {
        return written.contains(",") ? ", " : " ";
    }
}
