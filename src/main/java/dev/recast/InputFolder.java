package dev.recast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An input folder and the one rule for every file Recast reads from it (sections, manifest,
 * lexicon, corrections, voice profiles): the file's real path, links followed, lies inside the
 * folder's real path. A link within the folder is fine; one leading out is refused, so an episode
 * shared as a folder cannot make Recast read, print and speak {@code /etc/passwd}.
 *
 * <p>Real paths also make the folder's own spelling irrelevant: {@code .}, {@code ./} and an
 * absolute path name the same folder.
 *
 * @param shown the folder as the user named it, for messages
 * @param real its real path
 */
public record InputFolder(Path shown, Path real) {

    /** @throws RecastException (input) when {@code folder} cannot be resolved */
    public static InputFolder of(Path folder) throws RecastException {
        try {
            return new InputFolder(folder, folder.toRealPath());
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, folder.toString(), "cannot read the input folder", e);
        }
    }

    /**
     * The real path of {@code file}, an existing file named inside this folder.
     *
     * @throws RecastException (input) naming {@code file} and where it leads, when that is outside
     */
    public Path confine(Path file) throws RecastException {
        return confine(file, file.toString(), "");
    }

    /**
     * As {@link #confine(Path)}, the error located at {@code location} (a manifest's line) and
     * saying what {@code file} is ({@code "section file 'a.txt'"}).
     */
    public Path confine(Path file, String location, String what) throws RecastException {
        String subject = what.isEmpty() ? "" : what + " ";
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            throw new RecastException(RecastException.Kind.INPUT, location, subject + "cannot be read", e);
        }
        if (!target.startsWith(real)) {
            throw RecastException.input(location, subject + (Files.isSymbolicLink(file) ? "links" : "leads")
                    + " outside the input folder (to " + target + ")");
        }
        return target;
    }

    /** Whether {@code path}, which need not exist yet, lies in this folder once links are followed. */
    public boolean holds(Path path) {
        return realPath(path).startsWith(real);
    }

    /** The real path of the nearest existing folder above {@code path}, then the rest of its name. */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath();
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
            } catch (IOException e) {
                // Not there yet: ask the folder above.
            }
        }
        return absolute.normalize();
    }
}
