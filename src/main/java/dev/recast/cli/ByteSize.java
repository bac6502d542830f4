package dev.recast.cli;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as people write them on a command line and read them in a log: {@code 500M}, {@code 5G}, {@code 1.5 GB}. */
final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?",
            Pattern.CASE_INSENSITIVE);
    private static final String UNITS = "KMGT";

    private ByteSize() {
    }

    /**
     * A size in bytes: a number, whole or decimal, with an optional unit {@code K}, {@code M},
     * {@code G} or {@code T}, each 1024 of the one before (as {@code du -h} counts), optionally
     * followed by {@code B} or {@code iB}.
     *
     * @throws IllegalArgumentException when it does not read as a size of at least one byte
     */
    static long parse(String text) {
        Matcher matcher = SIZE.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "'");
        }
        String unit = matcher.group(2).toUpperCase(Locale.ROOT);
        int power = unit.isEmpty() ? 0 : UNITS.indexOf(unit) + 1;
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        if (bytes.compareTo(BigDecimal.ONE) < 0 || bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("not a size from one byte to 8 EiB: '" + text + "'");
        }
        return bytes.longValue();
    }

    /** {@code 4.6 GB}: one decimal in the largest unit that keeps the number at least 1. */
    static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length() - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %sB", value, UNITS.charAt(unit));
    }
}
