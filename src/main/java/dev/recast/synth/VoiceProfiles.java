package dev.recast.synth;

import dev.recast.InputFolder;
import dev.recast.InvalidFieldException;
import dev.recast.LocatedJson;
import dev.recast.segment.Pauses;
import dev.recast.RecastException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds and reads voice profiles: a {@code .json} path as given, else a name looked up in the
 * input's own {@code voices/} folder, then in the profiles bundled with Recast. Each is checked
 * by the engine it names, so a value its engine cannot say is an error at its place in the file.
 */
public final class VoiceProfiles {

    public static final String NARRATOR = "narrator";
    private static final String BUNDLED = "/dev/recast/voices/";
    public static final String QUOTE = "quote";
    public static final String HEADING = "heading";
    private static final List<String> BUNDLED_NAMES = List.of(NARRATOR, QUOTE, HEADING);
    /** The longest pause a profile may ask for, in milliseconds. */
    private static final int MAX_PAUSE_MILLIS = 10_000;

    private final List<Path> folders;
    // The input folder every profile file found in the folders must lie in, links followed.
    private final Optional<InputFolder> input;
    private final Engines engines;

    /**
     * @param folders folders searched first, in order (e.g. the input's {@code voices/})
     * @param engines the engines a profile may name
     */
    public VoiceProfiles(List<Path> folders, Engines engines) {
        this(folders, Optional.empty(), engines);
    }

    private VoiceProfiles(List<Path> folders, Optional<InputFolder> input, Engines engines) {
        this.folders = List.copyOf(folders);
        this.input = input;
        this.engines = engines;
    }

    /** Profiles from the input's {@code voices/} folder, each confined to the input folder. */
    public static VoiceProfiles ofInput(InputFolder input, Engines engines) {
        return new VoiceProfiles(List.of(input.shown().resolve("voices")), Optional.of(input), engines);
    }

    /**
     * A profile the input itself names (its manifest): a {@code .json} path is taken inside the
     * input folder, not the working folder, and like every file read from there must lie in it.
     */
    public VoiceProfile findNamedByInput(String nameOrPath) throws RecastException {
        if (input.isPresent() && nameOrPath.endsWith(".json")) {
            Path file = input.get().shown().resolve(nameOrPath);
            if (!Files.isRegularFile(file)) {
                throw RecastException.input(file.toString(), "voice profile file does not exist");
            }
            return read(file, confined(file));
        }
        return find(nameOrPath);
    }

    public VoiceProfile find(String nameOrPath) throws RecastException {
        if (nameOrPath.endsWith(".json")) {
            Path file = Path.of(nameOrPath);
            if (!Files.isRegularFile(file)) {
                throw RecastException.input(nameOrPath, "voice profile file does not exist");
            }
            return read(file, file);
        }
        for (Path folder : folders) {
            Path file = folder.resolve(nameOrPath + ".json");
            if (Files.isRegularFile(file)) {
                return read(file, confined(file));
            }
        }
        try (InputStream bundled = VoiceProfiles.class.getResourceAsStream(BUNDLED + nameOrPath + ".json")) {
            if (bundled != null) {
                return parse(bundled.readAllBytes(), nameOrPath, "voices/" + nameOrPath + ".json");
            }
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.ENVIRONMENT, null,
                    "cannot read bundled voice profile '" + nameOrPath + "': " + e.getMessage(), e);
        }
        throw RecastException.input(null, "unknown voice profile '" + nameOrPath + "' (known: "
                + String.join(", ", known()) + ")");
    }

    /** Where the named profile comes from: its file, or {@code bundled}. */
    public String sourceOf(String name) {
        for (Path folder : folders) {
            Path file = folder.resolve(name + ".json");
            if (Files.isRegularFile(file)) {
                return file.toString();
            }
        }
        return "bundled";
    }

    /** Every profile name on offer, sorted. */
    public List<String> known() {
        TreeSet<String> names = new TreeSet<>(BUNDLED_NAMES);
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".json"))
                        .forEach(n -> names.add(n.substring(0, n.length() - ".json".length())));
            } catch (IOException e) {
                // An unreadable folder offers no names; find() reports the real problem.
            }
        }
        return new ArrayList<>(names);
    }

    /** Where a profile file found in the input leads, once confined to the input folder. */
    private Path confined(Path file) throws RecastException {
        return input.isPresent() ? input.get().confine(file) : file;
    }

    /** @param real where {@code file}, as named, leads: what is read */
    private VoiceProfile read(Path file, Path real) throws RecastException {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".json".length());
        try {
            return parse(Files.readAllBytes(real), name, file.toString());
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, file.toString(),
                    "cannot read voice profile: " + e.getMessage(), e);
        }
    }

    private VoiceProfile parse(byte[] bytes, String name, String shownAs) throws RecastException {
        return LocatedJson.read(bytes, shownAs, ProfileFile.class, f -> profile(name, f));
    }

    /** The file's profile, checked by its engine; absent fields take the documented defaults. */
    private VoiceProfile profile(String name, ProfileFile f) {
        Engine engine = engines.named(f.engine() == null ? VoiceProfile.DEFAULT_ENGINE : f.engine());
        VoiceProfile profile = new VoiceProfile(name, engine.name(),
                f.voice() == null ? engine.defaultVoice() : f.voice(),
                f.rate() == null ? VoiceProfile.DEFAULT_RATE : f.rate(),
                f.pitch() == null ? VoiceProfile.DEFAULT_PITCH : f.pitch(),
                f.pitchRange() == null ? VoiceProfile.DEFAULT_PITCH_RANGE : f.pitchRange(),
                f.volume() == null ? VoiceProfile.DEFAULT_VOLUME : f.volume(),
                pauses(f.pauses()));
        engine.check(profile);
        return profile;
    }

    private static Pauses pauses(PausesFile f) {
        if (f == null) {
            return Pauses.DEFAULTS;
        }
        Pauses d = Pauses.DEFAULTS;
        return new Pauses(
                millis("clause", f.clause(), d.clauseMillis()),
                millis("sentence", f.sentence(), d.sentenceMillis()),
                millis("paragraph", f.paragraph(), d.paragraphMillis()),
                millis("chapter", f.chapter(), d.chapterMillis()),
                millis("section", f.section(), d.sectionMillis()));
    }

    private static int millis(String field, Integer value, int defaultMillis) {
        if (value == null) {
            return defaultMillis;
        }
        if (value < 0 || value > MAX_PAUSE_MILLIS) {
            throw new InvalidFieldException("\"pauses\".\"" + field + "\" must be 0 to " + MAX_PAUSE_MILLIS
                    + " ms, not " + value, "pauses", field);
        }
        return value;
    }

    /** The file's fields; absent ones take the documented defaults. */
    private record ProfileFile(String engine, String voice, Double rate, Double pitch, Double pitchRange, Double volume,
            PausesFile pauses) {
    }

    /** {@code "pauses"}: milliseconds of silence after each kind of utterance. */
    private record PausesFile(Integer clause, Integer sentence, Integer paragraph, Integer chapter, Integer section) {
    }
}
