package dev.recast.cli;

import dev.recast.pipeline.RenderOptions;
import dev.recast.publish.Format;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values of {@code recast render}'s options, each checked with the message a user needs; the
 * catalogue job on Spark takes the same options and checks them here.
 */
public final class RenderOptionValues {

    private static final Set<Integer> MP3_BITRATES = Set.of(32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320);

    private RenderOptionValues() {
    }

    public static Set<Format> formats(String list) throws UsageException {
        try {
            return Format.parse(list);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
    }

    public static int bitrate(String value) throws UsageException {
        try {
            int kbps = Integer.parseInt(value.strip());
            if (MP3_BITRATES.contains(kbps)) {
                return kbps;
            }
        } catch (NumberFormatException e) {
            // reported below, with the values that work
        }
        throw new UsageException("--bitrate must be one of " + new TreeSet<>(MP3_BITRATES) + " kbit/s, not '" + value + "'");
    }

    public static RenderOptions.Timing timing(String value) throws UsageException {
        for (RenderOptions.Timing timing : RenderOptions.Timing.values()) {
            if (timing.name().equalsIgnoreCase(value.strip())) {
                return timing;
            }
        }
        throw new UsageException("--timing must be 'natural' or 'source', not '" + value + "'");
    }

    public static double maxSpeedup(String value) throws UsageException {
        try {
            double factor = Double.parseDouble(value.strip());
            if (factor >= RenderOptions.MIN_SPEEDUP && factor <= RenderOptions.MAX_SPEEDUP) {
                return factor;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range that works
        }
        throw new UsageException("--max-speedup must be a factor from 1.0 to 2.0, not '" + value + "'");
    }

    public static OptionalDouble loudness(String value) throws UsageException {
        if (value.strip().equalsIgnoreCase("off")) {
            return OptionalDouble.empty();
        }
        try {
            double lufs = Double.parseDouble(value.strip());
            if (lufs >= -70 && lufs <= -5) {
                return OptionalDouble.of(lufs);
            }
        } catch (NumberFormatException e) {
            // reported below, with the range that works
        }
        throw new UsageException("--loudness must be 'off' or a level from -70 to -5 LUFS, not '" + value + "'");
    }

    /**
     * The folder's URL, which the feed, page and XSPF put in front of every path: it must be one a
     * podcast app can fetch, so {@code javascript:} and the like never reach a page's links, and it
     * must end where a path can follow, so no query or fragment.
     */
    public static String baseUrl(String value) throws UsageException {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below, with what works
        }
        throw new UsageException("--base-url must be an absolute http or https URL without a query, such as"
                + " https://example.com/episodes/, not '" + value + "'");
    }

    static int jobs(String value) throws UsageException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 256) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--jobs must be a whole number from 1 to 256, not '" + value + "'");
    }

    /** The limit in bytes, or none for {@code none}. */
    static Optional<Long> cacheLimit(String value) throws UsageException {
        if (value.strip().equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ByteSize.parse(value));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--cache-limit must be a size such as 500M or 20G, or 'none', not '" + value
                    + "'");
        }
    }
}
