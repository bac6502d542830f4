package dev.recast.publish;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * URLs to the episode's files, for the formats whose links are URIs (XSPF, the feed): each path
 * segment percent-encoded as UTF-8, relative to the episode folder, or under the base URL given
 * with {@code --base-url} so the feed works wherever it is fetched from.
 */
final class Links {

    private static final String HEX = "0123456789ABCDEF";

    private Links() {
    }

    /** {@code relative} (a path like {@code sections/01-intro.wav}) as a URI reference. */
    static String to(Publication publication, String relative) {
        return to(publication.baseUrl(), relative);
    }

    /** {@code relative} as a URI reference under {@code baseUrl}, or relative when there is none. */
    static String to(Optional<String> baseUrl, String relative) {
        String encoded = encodePath(relative);
        String base = baseUrl.orElse("");
        if (base.isEmpty()) {
            return encoded;
        }
        // The base names the folder, with or without its final slash.
        return base.endsWith("/") ? base + encoded : base + "/" + encoded;
    }

    /** The folder itself: the base URL, or {@code ./} when links are relative. */
    static String folder(Publication publication) {
        return folder(publication.baseUrl());
    }

    /** The folder {@code baseUrl} names, or {@code ./} when links are relative. */
    static String folder(Optional<String> baseUrl) {
        String base = baseUrl.orElse("");
        if (base.isEmpty()) {
            return "./";
        }
        return base.endsWith("/") ? base : base + "/";
    }

    /** Every byte outside RFC 3986's unreserved set, but the {@code /} between segments, as {@code %XX}. */
    static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return encoded.toString();
    }
}
