package dev.recast.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tasks handed over in order, and what is left running when the caller stops waiting. */
class WorkerPoolTest {

    @Test
    void resultsComeInTheOrderOfTheTasksWhateverOrderTheyFinishIn() throws Exception {
        List<Integer> results = new ArrayList<>();
        try (WorkerPool workers = new WorkerPool(3)) {
            workers.inOrder(20, i -> () -> {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos((20 - i) % 4));
                return i;
            }, results::add);
        }
        assertEquals(IntStream.range(0, 20).boxed().toList(), results);
    }

    @Test
    void aCallerInterruptedWhileWaitingCancelsTheTaskItWaitedOnToo() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        try (WorkerPool workers = new WorkerPool(1)) {
            Thread caller = Thread.currentThread();
            Thread interrupter = new Thread(() -> {
                try {
                    started.await();
                    caller.interrupt();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            interrupter.start();
            assertThrows(InterruptedIOException.class, () -> workers.inOrder(1, i -> () -> {
                started.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return i;
            }, result -> { }));
            Thread.interrupted();
            interrupter.join();
            // Left running, it would sleep on (and, in a render, write on) after the render gave up.
            assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the task waited on is interrupted");
        }
    }

    @Test
    void aTaskFailureIsThrownToTheCaller() {
        try (WorkerPool workers = new WorkerPool(2)) {
            IOException e = assertThrows(IOException.class, () -> workers.inOrder(5, i -> () -> {
                if (i == 2) {
                    throw new IOException("clip 2 is damaged");
                }
                return i;
            }, result -> { }));
            assertEquals("clip 2 is damaged", e.getMessage());
        }
    }
}
