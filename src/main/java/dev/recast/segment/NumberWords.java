package dev.recast.segment;

import java.util.List;

/** Numbers as words, only where the engine's own reading is wrong: years, days of the month and fraction parts. */
final class NumberWords {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> ORDINAL_UNITS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    /** Decades by their tens digit: "1870s" are the seventies, "2010s" the tens. */
    private static final List<String> DECADES = List.of("hundreds", "tens", "twenties", "thirties", "forties",
            "fifties", "sixties", "seventies", "eighties", "nineties");

    private NumberWords() {
    }

    /** 0 to 99: "seven", "forty five". */
    static String below100(int n) {
        if (n < 0 || n > 99) {
            throw new IllegalArgumentException("not below 100: " + n);
        }
        if (n < 20) {
            return UNITS.get(n);
        }
        return n % 10 == 0 ? TENS.get(n / 10) : TENS.get(n / 10) + " " + UNITS.get(n % 10);
    }

    /** 1 to 99 as an ordinal: "third", "twenty first", "thirtieth". */
    static String ordinal(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("not an ordinal from 1 to 99: " + n);
        }
        if (n < 20) {
            return ORDINAL_UNITS.get(n);
        }
        if (n % 10 == 0) {
            return TENS.get(n / 10).replaceFirst("y$", "ieth");
        }
        return TENS.get(n / 10) + " " + ORDINAL_UNITS.get(n % 10);
    }

    /**
     * A year as people say it: 1851 "eighteen fifty one", 1900 "nineteen hundred", 1905 "nineteen
     * oh five", 2000 "two thousand", 2007 "two thousand seven", 2017 "twenty seventeen".
     */
    static String year(int year) {
        int century = year / 100;
        int rest = year % 100;
        if (year % 1000 < 10 && year >= 1000 && century % 10 == 0) {
            return below100(year / 1000) + " thousand" + (rest == 0 ? "" : " " + below100(rest));
        }
        if (rest == 0) {
            return below100(century) + " hundred";
        }
        return below100(century) + (rest < 10 ? " oh " : " ") + below100(rest);
    }

    /** The decade beginning {@code year}: 1870 "eighteen seventies", 2000 "two thousands". */
    static String decade(int year) {
        if (year % 1000 == 0) {
            return below100(year / 1000) + " thousands";
        }
        return below100(year / 100) + " " + DECADES.get(year % 100 / 10);
    }

    /** A decade without its century: "90" gives "nineties". */
    static String shortDecade(int tens) {
        return DECADES.get(tens / 10);
    }

    /** The hour and minute of a clock: 3:45 "three forty five", 3:05 "three oh five", 3:00 "three o'clock". */
    static String clock(int hour, int minute) {
        if (minute == 0) {
            return below100(hour) + " o'clock";
        }
        return below100(hour) + (minute < 10 ? " oh " : " ") + below100(minute);
    }
}
