package dev.recast.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recast.RecastException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A render step on a thread of its own: what it throws, and how it is stopped. */
class SideTaskTest {

    @Test
    void joinWaitsForTheStepOnItsOwnThread() throws Exception {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        try (SideTask side = SideTask.start("recast-test", () -> ranOn.set(Thread.currentThread()))) {
            side.join();
        }
        assertEquals("recast-test", ranOn.get().getName());
        assertFalse(ranOn.get() == Thread.currentThread());
    }

    @Test
    void joinThrowsWhatTheStepFailedWithAsItIs() {
        RecastException failure = new RecastException(RecastException.Kind.ENVIRONMENT, "out/episode.wav",
                "cannot write: no space left on device");
        try (SideTask side = SideTask.start("recast-test", () -> {
            throw failure;
        })) {
            assertSame(failure, assertThrows(RecastException.class, side::join));
        }
        try (SideTask side = SideTask.start("recast-test", () -> {
            throw new IllegalStateException("a bug");
        })) {
            assertEquals("a bug", assertThrows(IllegalStateException.class, side::join).getMessage());
        }
    }

    @Test
    void closedUnjoinedTheStepIsInterruptedAndHasEndedWhenCloseReturns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        SideTask side = SideTask.start("recast-test", () -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
                // Still busy a moment after the interrupt, as a write being abandoned is.
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            ended.set(true);
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        side.close();
        assertTrue(interrupted.get(), "the step is interrupted");
        assertTrue(ended.get(), "close waits until the step has ended");
    }
}
