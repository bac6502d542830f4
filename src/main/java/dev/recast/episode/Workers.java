package dev.recast.episode;

import java.io.IOException;
import java.util.function.IntFunction;

/**
 * Threads for work done clip by clip. The pipeline owns the threads; this stage only hands
 * them tasks and takes the results back in order, so what it computes does not depend on how
 * many threads there are.
 */
public interface Workers {

    /** One piece of work, run on a worker thread. */
    interface Task<T> {
        T run() throws IOException;
    }

    /** Takes each result, on the caller's thread, in the order of the tasks. */
    interface Results<T> {
        void accept(T result) throws IOException;
    }

    /**
     * Runs {@code tasks.apply(i)} for every {@code i} from 0 to {@code count - 1} on the workers,
     * a few ahead of the one being handed over, and hands each result to {@code results} in
     * order of {@code i}. A task's failure is thrown here, and the rest are abandoned.
     */
    <T> void inOrder(int count, IntFunction<Task<T>> tasks, Results<T> results) throws IOException;
}
