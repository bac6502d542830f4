package dev.recast.concurrent;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recast.RecastException;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A task's failure, thrown on the waiting thread as what it was. */
class TaskFailureTest {

    @Test
    void theCheckedExceptionTheCallerDeclaresIsHandedBackAsItIs() {
        IOException io = new IOException("disk full");
        assertSame(io, TaskFailure.cause(new ExecutionException(io), IOException.class));
        RecastException recast = RecastException.input("a.txt", "bad");
        assertSame(recast, TaskFailure.cause(new ExecutionException(recast), RecastException.class));
    }

    @Test
    void aRuntimeExceptionIsThrownAsItIsAndAnErrorOrOtherCheckedOneWrapped() {
        IllegalArgumentException bug = new IllegalArgumentException("bug");
        assertSame(bug, assertThrows(IllegalArgumentException.class,
                () -> TaskFailure.cause(new ExecutionException(bug), IOException.class)));
        AssertionError error = new AssertionError("broken");
        assertSame(error, assertThrows(IllegalStateException.class,
                () -> TaskFailure.cause(new ExecutionException(error), IOException.class)).getCause());
        IOException io = new IOException("not declared");
        assertSame(io, assertThrows(IllegalStateException.class,
                () -> TaskFailure.cause(new ExecutionException(io), RecastException.class)).getCause());
    }
}
