package dev.recast;

import java.util.List;

/**
 * A value that parsed but makes no sense ({@code "rate": 0}), naming the field by its path
 * ({@code ["pauses", "clause"]}) so {@link LocatedJson} can point at the value in the file.
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final List<String> path;

    public InvalidFieldException(String message, String... path) {
        super(message);
        this.path = List.of(path);
    }

    /** The field's names from the outermost object in; empty for the whole document. */
    public List<String> path() {
        return path;
    }
}
