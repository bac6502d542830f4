package dev.recast.concurrent;

import dev.recast.RecastException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One step of a render run on a thread of its own while the render goes on with the next, for
 * steps that leave a core idle alone: the episode's WAV is one file, written by one thread. The
 * thread only waits on the render's workers and writes; its failure is thrown by {@link #join}.
 * Closed unjoined (the render failed elsewhere), it is interrupted, which cancels its tasks on
 * the workers, and waited for, so it does not go on writing while the render cleans up.
 */
public final class SideTask implements AutoCloseable {

    /** The step's work. */
    public interface Step {
        void run() throws RecastException;
    }

    private final FutureTask<Void> task;
    private final Thread thread;

    private SideTask(String name, Step step) {
        this.task = new FutureTask<>(() -> {
            step.run();
            return null;
        });
        this.thread = new Thread(task, name);
        thread.setDaemon(true);
    }

    /** Starts {@code step} on a new thread named {@code name}. */
    public static SideTask start(String name, Step step) {
        SideTask side = new SideTask(name, step);
        side.thread.start();
        return side;
    }

    /** Waits for the step to end, and throws what it failed with. */
    public void join() throws RecastException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecastException(RecastException.Kind.FAILURE, null,
                    "interrupted while waiting for " + thread.getName(), e);
        } catch (ExecutionException e) {
            throw TaskFailure.cause(e, RecastException.class);
        }
    }

    /** Stops the step if it is still running, and waits until its thread has ended. */
    @Override
    public void close() {
        task.cancel(true);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
