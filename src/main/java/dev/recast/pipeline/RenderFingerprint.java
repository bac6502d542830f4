package dev.recast.pipeline;

import dev.recast.InputFolder;
import dev.recast.RecastVersion;
import dev.recast.episode.ContentDigest;
import dev.recast.ingest.EpisodeReader;
import dev.recast.ingest.ShowInfo;
import dev.recast.segment.Lexicon;
import dev.recast.segment.Pause;
import dev.recast.synth.Engines;
import dev.recast.synth.VoiceProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A digest of everything a render's outputs follow from: every file of the input, the voice
 * profiles and lexicon as read, the options that shape the outputs, and the build of Recast and
 * the engine. Equal fingerprints give equal outputs (renders are deterministic), so a render whose
 * fingerprint matches the last one into the same folder, with its files untouched, has nothing to do.
 * The thread count and the cache are left out: they change how fast, not what.
 */
public final class RenderFingerprint {

    /** Bumped when what the fingerprint covers changes. */
    private static final String VERSION = "recast-render-fingerprint-5";
    private static final List<String> READ_EXTENSIONS = Stream.concat(EpisodeReader.SECTION_EXTENSIONS.stream(),
            Stream.of(".json", ".tsv")).toList();

    private RenderFingerprint() {
    }

    /**
     * @param show the show the episode is rendered as part of
     * @param cast the voice profiles the render resolved, wherever they were read from, by the role or
     *        speaker each is cast for
     * @param engines the engines that speak them, whose builds are part of each profile's sound
     * @param lexicon the pronunciations the synthesizers say
     */
    static String of(RenderOptions options, ShowInfo show, Map<String, VoiceProfile> cast, Engines engines,
            Lexicon lexicon) throws IOException {
        ContentDigest fingerprint = new ContentDigest();
        fingerprint.add(VERSION);
        fingerprint.add(RecastVersion.current());
        fingerprint.add(build());
        fingerprint.add(options.formats().stream().map(Enum::name).sorted().toList().toString());
        fingerprint.add(String.valueOf(options.mp3Bitrate()));
        fingerprint.add(options.loudness().isPresent()
                ? String.format(Locale.ROOT, "%a", options.loudness().getAsDouble()) : "unlevelled");
        fingerprint.add(options.baseUrl().orElse("relative links"));
        fingerprint.add(options.timing().map(Enum::name).orElse("timing as the manifest says"));
        fingerprint.add(String.format(Locale.ROOT, "%a", options.maxSpeedup()));
        // The show's fields and cover are in every episode's feed and audio, and may lie outside its
        // folder; the cover by its bytes, not by its path, which changes with how the input is named.
        fingerprint.add(new ShowInfo(show.title(), show.author(), show.owner(), show.description(), show.language(),
                show.categories(), show.explicit(), Optional.empty(), show.link(), show.copyright(), show.type())
                .toString());
        fingerprint.add(show.cover().isPresent() ? Files.readAllBytes(show.cover().get()) : new byte[0]);
        cast.forEach((role, profile) -> {
            fingerprint.add(role);
            fingerprint.add(profile.name());
            fingerprint.add(engines.soundKey(profile));
            for (Pause pause : Pause.values()) {
                fingerprint.add(String.valueOf(profile.pauses().millis(pause)));
            }
        });
        fingerprint.add(lexicon.soundKey());
        if (options.input().isEmpty()) {
            fingerprint.add("bundled example");
            return fingerprint.hex();
        }
        Path input = options.input().get();
        if (Files.isDirectory(input)) {
            // A link leading out of the folder is never read: the render refuses the ones it would read.
            InputFolder folder = new InputFolder(input, input.toRealPath());
            try (Stream<Path> files = Files.walk(input)) {
                for (Path file : files.filter(RenderFingerprint::readByRecast).filter(folder::holds).sorted().toList()) {
                    fingerprint.add(input.relativize(file).toString());
                    fingerprint.add(Files.readAllBytes(file));
                }
            }
        } else {
            fingerprint.add(Files.readAllBytes(input));
        }
        return fingerprint.hex();
    }

    /** The kinds of file a render reads: sections, manifest, corrections, lexicon, voice profiles. */
    private static boolean readByRecast(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && READ_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * The jar Recast runs from, by the digest of its bytes, so a rebuilt jar of the same version
     * does not reuse outputs of the old one, and a copy of the same jar anywhere (a cluster's
     * executors each fetch their own) does; from class folders (tests), only the version.
     */
    public static String build() {
        return Build.IDENTITY;
    }

    /** Read once a process, on first use: a jar does not change under a running JVM. */
    private static final class Build {
        static final String IDENTITY = identity();

        private static String identity() {
            try {
                CodeSource source = RenderFingerprint.class.getProtectionDomain().getCodeSource();
                Path location = source == null ? null : Path.of(source.getLocation().toURI());
                if (location != null && Files.isRegularFile(location)) {
                    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                    try (InputStream in = new DigestInputStream(Files.newInputStream(location), sha256)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                    return "jar " + HexFormat.of().formatHex(sha256.digest());
                }
            } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
                // Not knowable here: the version alone stands for the build.
            }
            return "classes";
        }
    }
}
