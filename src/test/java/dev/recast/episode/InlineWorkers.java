package dev.recast.episode;

import java.io.IOException;
import java.util.function.IntFunction;

/** Runs every task on the caller's thread, in order: what a pool of one thread would do. */
final class InlineWorkers implements Workers {

    @Override
    public <T> void inOrder(int count, IntFunction<Task<T>> tasks, Results<T> results) throws IOException {
        for (int i = 0; i < count; i++) {
            results.accept(tasks.apply(i).run());
        }
    }
}
