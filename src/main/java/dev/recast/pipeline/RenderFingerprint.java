package dev.recast.pipeline;

import dev.recast.RecastVersion;
import dev.recast.segment.Lexicon;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A digest of everything a render's outputs follow from: every file of the input, the voice
 * profiles and lexicon as read, the options that shape the outputs, and the build of Recast and
 * the engine. Equal fingerprints give equal outputs (renders are deterministic), so a render whose
 * fingerprint matches the last one into the same folder, with its files untouched, has nothing to do.
 * The thread count and the cache are left out: they change how fast, not what.
 */
final class RenderFingerprint {

    /** Bumped when what the fingerprint covers changes. */
    private static final String VERSION = "recast-render-fingerprint-1";
    private static final List<String> READ_EXTENSIONS = List.of(".txt", ".vtt", ".srt", ".json", ".tsv");

    private final MessageDigest digest;

    private RenderFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * @param cast the voice profiles the render resolved, with all their values, wherever they were read from
     * @param lexicon the pronunciations the synthesizers say
     */
    static String of(RenderOptions options, String engine, String cast, Lexicon lexicon) throws IOException {
        RenderFingerprint fingerprint = new RenderFingerprint();
        fingerprint.add(VERSION);
        fingerprint.add(RecastVersion.current());
        fingerprint.add(build());
        fingerprint.add(engine);
        fingerprint.add(options.formats().stream().map(Enum::name).sorted().toList().toString());
        fingerprint.add(String.valueOf(options.mp3Bitrate()));
        fingerprint.add(String.format(Locale.ROOT, "%a", options.loudness()));
        fingerprint.add(String.valueOf(options.baseUrl()));
        fingerprint.add(cast);
        fingerprint.add(lexicon.toString());
        Path input = options.input();
        if (input == null) {
            fingerprint.add("bundled example");
        } else if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path file : files.filter(RenderFingerprint::readByRecast).sorted().toList()) {
                    fingerprint.add(input.relativize(file).toString());
                    fingerprint.addFile(file);
                }
            }
        } else {
            fingerprint.addFile(input);
        }
        return HexFormat.of().formatHex(fingerprint.digest.digest());
    }

    /** The kinds of file a render reads: sections, manifest, corrections, lexicon, voice profiles. */
    private static boolean readByRecast(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && READ_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private void add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(lengthOf(bytes.length));
        digest.update(bytes);
    }

    private void addFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        digest.update(lengthOf(bytes.length));
        digest.update(bytes);
    }

    /** Each part's length goes first, so no two different sequences of parts run together the same. */
    private static byte[] lengthOf(long length) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (length >>> (56 - 8 * i));
        }
        return bytes;
    }

    /**
     * The jar Recast runs from, by size and modification time, so a rebuilt jar of the same
     * version does not reuse outputs of the old one; from class folders (tests), only the version.
     */
    private static String build() {
        try {
            CodeSource source = RenderFingerprint.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Not knowable here: the version alone stands for the build.
        }
        return "classes";
    }
}
