package dev.recast.episode;

import dev.recast.audio.PcmSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of parts, each prefixed with its length so no two different sequences of parts run
 * together the same: the keys of things made from keyed content, and render fingerprints.
 */
public final class ContentDigest {

    private final MessageDigest digest;

    public ContentDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The digest of {@code parts}, in hex. */
    public static String of(String... parts) {
        ContentDigest digest = new ContentDigest();
        for (String part : parts) {
            digest.add(part);
        }
        return digest.hex();
    }

    public ContentDigest add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentDigest add(byte[] bytes) {
        digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                (byte) (bytes.length >>> 8), (byte) bytes.length});
        digest.update(bytes);
        return this;
    }

    /** Adds every sample {@code source} gives, as one part: the samples, then their count. */
    public ContentDigest add(PcmSource source) throws IOException {
        short[] samples = new short[1 << 14];
        byte[] bytes = new byte[2 * samples.length];
        long count = 0;
        for (int n = source.read(samples, 0, samples.length); n >= 0; n = source.read(samples, 0, samples.length)) {
            for (int i = 0; i < n; i++) {
                bytes[2 * i] = (byte) samples[i];
                bytes[2 * i + 1] = (byte) (samples[i] >> 8);
            }
            digest.update(bytes, 0, 2 * n);
            count += n;
        }
        return add(Long.toString(count));
    }

    /** The digest of the parts added, in hex; the digest starts over. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
