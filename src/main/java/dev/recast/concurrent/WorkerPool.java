package dev.recast.concurrent;

import dev.recast.episode.Workers;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A render's {@code jobs} worker threads for the work done clip by clip or part by part
 * (levelling, measuring, the MP3's parts). Tasks run a few per thread ahead of the result being
 * handed over, so memory holds a handful of results however long the episode is.
 */
public final class WorkerPool implements Workers, AutoCloseable {

    /** Tasks started ahead of the result being handed over, per thread. */
    private static final int AHEAD_PER_JOB = 4;

    private final int jobs;
    private final ExecutorService pool;

    public WorkerPool(int jobs) {
        this.jobs = Math.max(1, jobs);
        this.pool = Executors.newFixedThreadPool(this.jobs, task -> {
            Thread thread = new Thread(task, "recast-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void inOrder(int count, IntFunction<Task<T>> tasks, Results<T> results) throws IOException {
        Deque<Future<T>> ahead = new ArrayDeque<>();
        int next = 0;
        try {
            for (int i = 0; i < count; i++) {
                while (next < count && ahead.size() < AHEAD_PER_JOB * jobs) {
                    Task<T> task = tasks.apply(next++);
                    ahead.add(pool.submit(task::run));
                }
                // Taken off only once done, so a failure here cancels it too, not just the ones after it.
                T done = result(ahead.peek());
                ahead.remove();
                results.accept(done);
            }
        } finally {
            for (Future<T> abandoned : ahead) {
                abandoned.cancel(true);
            }
        }
    }

    private static <T> T result(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while working on clips");
        } catch (ExecutionException e) {
            throw TaskFailure.cause(e, IOException.class);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
