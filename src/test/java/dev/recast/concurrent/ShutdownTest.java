package dev.recast.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stop: its cleanups run once, newest first, and those withdrawn not at all. */
class ShutdownTest {

    private final Shutdown shutdown = Shutdown.manual();
    private final List<String> ran = new ArrayList<>();

    @Test
    void theActionsRunNewestFirstAndOnceHoweverOftenItIsStopped() {
        shutdown.onStop(() -> ran.add("folder"));
        shutdown.onStop(() -> ran.add("render"));
        shutdown.onStop(() -> ran.add("cache"));

        shutdown.stop();
        shutdown.stop();

        assertEquals(List.of("cache", "render", "folder"), ran);
    }

    @Test
    void itIsStoppingFromTheMomentTheStopBegins() {
        List<Boolean> seen = new ArrayList<>();
        shutdown.onStop(() -> seen.add(shutdown.isStopping()));
        assertFalse(shutdown.isStopping());

        shutdown.stop();

        assertEquals(List.of(true), seen);
        assertTrue(shutdown.isStopping());
    }

    @Test
    void aWithdrawnActionDoesNotRunAndAWithdrawalAfterTheStopSaysSo() {
        Shutdown.Registration done = shutdown.onStop(() -> ran.add("done"));
        Shutdown.Registration running = shutdown.onStop(() -> ran.add("running"));

        assertTrue(done.withdraw(), "withdrawn before any stop");
        assertFalse(done.withdraw(), "already withdrawn");
        shutdown.stop();

        assertEquals(List.of("running"), ran);
        assertFalse(running.withdraw(), "the stop took it");
    }

    @Test
    void noWorkIsStartedOnceTheStopHasBegun() {
        shutdown.stop();

        assertThrows(IllegalStateException.class, () -> shutdown.onStop(() -> ran.add("late")));
        assertEquals(List.of(), ran);
    }

    @Test
    void aFailingActionKeepsNoOtherFromRunning() {
        shutdown.onStop(() -> ran.add("first registered"));
        shutdown.onStop(() -> {
            throw new IllegalStateException("cannot clean up");
        });

        shutdown.stop();

        assertEquals(List.of("first registered"), ran);
    }

    @Test
    void anActionMayWaitForWorkThatWithdrawsItsOwnRegistration() throws Exception {
        Shutdown.Registration[] work = new Shutdown.Registration[1];
        Thread worker = new Thread(() -> ran.add("withdrawn: " + work[0].withdraw()));
        work[0] = shutdown.onStop(() -> {
            worker.start();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        shutdown.stop();

        assertEquals(List.of("withdrawn: false"), ran);
    }
}
