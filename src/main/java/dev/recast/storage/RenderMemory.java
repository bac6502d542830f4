package dev.recast.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * What a render leaves in its marker for the next render into the same folder, to tell what is
 * unchanged: its fingerprint and title, each file it wrote as it left it, the gain that levelled
 * its episode and the key its measurements are kept under.
 *
 * @param files every file of the render but the marker
 * @param readings the utterance cache's entry of what the render measured ({@link KeptReadings})
 */
record RenderMemory(String fingerprint, String title, List<WrittenFile> files, Optional<Gain> gain,
        Optional<String> readings) {

    /** A cache key: a marker edited by hand must not name a file outside the cache. */
    private static final Pattern CACHE_KEY = Pattern.compile("[0-9a-f]{64}");

    RenderMemory {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(title, "title");
        files = List.copyOf(files);
        if (readings.isPresent() && !CACHE_KEY.matcher(readings.get()).matches()) {
            throw new IllegalArgumentException("readings is no cache key: " + readings.get());
        }
    }

    /**
     * One file a render wrote, as it left it: its size and modification time, and the digest of
     * what it was made from when its maker gave one.
     *
     * @param name its path in the folder, which it does not leave
     * @param modified the modification time as an ISO-8601 instant
     */
    record WrittenFile(String name, long size, String modified, Optional<String> contentKey) {

        WrittenFile {
            Path path = Path.of(name).normalize();
            if (name.isEmpty() || path.isAbsolute() || path.startsWith("..")) {
                throw new IllegalArgumentException("not a file of the folder: " + name);
            }
            Objects.requireNonNull(modified, "modified");
        }

        /** The file at {@code file} as it is now, recorded under {@code name}. */
        static WrittenFile at(Path file, String name, Optional<String> contentKey) throws IOException {
            return new WrittenFile(name, Files.size(file), Files.getLastModifiedTime(file).toInstant().toString(),
                    contentKey);
        }

        /** Whether the file under {@code root} has the size and modification time recorded. */
        boolean isInPlace(Path root) {
            try {
                WrittenFile now = at(root.resolve(name), name, contentKey);
                return now.size == size && now.modified.equals(modified);
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** The loudness a render aimed at and the gain in dB that met it. */
    record Gain(double targetLufs, double gainDb) {

        Gain {
            if (!Double.isFinite(targetLufs) || !Double.isFinite(gainDb)) {
                throw new IllegalArgumentException("a gain that met a target is finite: " + gainDb + " for " + targetLufs);
            }
        }

        /** The gain to remember: none when it is no number to try again (an episode of silence). */
        static Optional<Gain> of(double targetLufs, double gainDb) {
            return Double.isFinite(targetLufs) && Double.isFinite(gainDb)
                    ? Optional.of(new Gain(targetLufs, gainDb)) : Optional.empty();
        }
    }

    /**
     * The title of this render if it had {@code fingerprint} and its files are all under
     * {@code root} as it left them; empty otherwise.
     */
    Optional<String> titleIf(String fingerprint, Path root) {
        boolean same = this.fingerprint.equals(fingerprint) && files.stream().allMatch(file -> file.isInPlace(root));
        return same ? Optional.of(title) : Optional.empty();
    }

    /** The gain this render levelled its episode by, if it aimed at {@code targetLufs}. */
    OptionalDouble gainDbFor(double targetLufs) {
        return gain.filter(g -> g.targetLufs() == targetLufs).map(g -> OptionalDouble.of(g.gainDb()))
                .orElse(OptionalDouble.empty());
    }

    /**
     * Whether this render wrote {@code name} from content with {@code contentKey}, and it is
     * under {@code root} as it left it: then it is already what that content would write.
     */
    boolean wroteUnchanged(String name, String contentKey, Path root) {
        return files.stream().anyMatch(file -> file.name().equals(name)
                && file.contentKey().equals(Optional.of(contentKey)) && file.isInPlace(root));
    }
}
