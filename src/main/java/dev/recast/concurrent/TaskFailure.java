package dev.recast.concurrent;

import java.util.concurrent.ExecutionException;

/** What a task run on another thread failed with, thrown on the thread that waited for it. */
public final class TaskFailure {

    private TaskFailure() {
    }

    /**
     * The cause of {@code e}, to throw as it is when it is a {@code checked} exception; a runtime
     * exception is thrown from here as it is, and anything else (an error) wrapped as one, so the
     * command line reports it as a bug in one line like any other.
     */
    public static <X extends Exception> X cause(ExecutionException e, Class<X> checked) {
        Throwable cause = e.getCause();
        if (checked.isInstance(cause)) {
            return checked.cast(cause);
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(cause);
    }
}
