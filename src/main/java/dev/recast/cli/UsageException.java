package dev.recast.cli;

/** The command line itself is wrong: exit 2, with the usage hint in the message. */
public final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
