package dev.recast;

import java.util.Objects;

/**
 * A failure the user can act on, located where possible ({@code file:line:column}). Every stage
 * throws this; only {@code cli} turns it into text and an exit code.
 */
public class RecastException extends Exception {

    /** What kind of failure, which decides the exit code. */
    public enum Kind {
        /** The work itself failed (exit 1). */
        FAILURE(1),
        /** Bad usage or bad input (exit 2). */
        INPUT(2),
        /** The environment: a tool or voice missing, an output not writable (exit 3). */
        ENVIRONMENT(3);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;
    private final String location;

    public RecastException(Kind kind, String location, String message) {
        this(kind, location, message, null);
    }

    public RecastException(Kind kind, String location, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
        this.location = location;
    }

    public static RecastException input(String location, String message) {
        return new RecastException(Kind.INPUT, location, message);
    }

    public static String at(Object file, int line) {
        return line > 0 ? file + ":" + line : String.valueOf(file);
    }

    public static String at(Object file, int line, int column) {
        return column > 0 ? at(file, line) + ":" + column : at(file, line);
    }

    public Kind kind() {
        return kind;
    }

    /** {@code file}, {@code file:line} or {@code file:line:column}; null when nothing is located. */
    public String location() {
        return location;
    }
}
