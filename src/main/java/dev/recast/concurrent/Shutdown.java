package dev.recast.concurrent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a process does when it is stopped (Ctrl-C, SIGTERM, {@code System.exit}): the cleanup of
 * whatever is under way (a render's staged files, a temporary clip folder, a benchmark's work
 * folder, a restarted JVM), run once, newest first, so what was set up inside something else is
 * undone before it. A program's {@code main} makes one with {@link #hookedToJvm()} and hands it to
 * what needs cleanup on a stop; work run in-process (tests) gets a {@link #manual()} one.
 */
public final class Shutdown {

    private final List<Registration> actions = new ArrayList<>();
    private boolean stopping;

    private Shutdown() {
    }

    /** A new one run by a JVM shutdown hook of its own: the one a program's {@code main} makes, once. */
    public static Shutdown hookedToJvm() {
        Shutdown shutdown = new Shutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::stop, "recast-stop"));
        return shutdown;
    }

    /** A new one that only a call to {@link #stop()} runs: for work run in-process, which the JVM's end does not concern. */
    public static Shutdown manual() {
        return new Shutdown();
    }

    /** Whether the stop has begun: what fails for want of the files its cleanup removes is then no error to report. */
    public synchronized boolean isStopping() {
        return stopping;
    }

    /**
     * Has {@code action} run on a stop, until the registration is withdrawn.
     *
     * @throws IllegalStateException when the stop has begun: the work it would clean up after must not start
     */
    public synchronized Registration onStop(Runnable action) {
        if (stopping) {
            throw new IllegalStateException("stopping: no more work is started");
        }
        Registration registration = new Registration(action);
        actions.add(registration);
        return registration;
    }

    /**
     * Runs the actions registered and not withdrawn, newest first, on this thread; once, whoever
     * calls it again. The lock is not held while they run: an action may wait for work that
     * withdraws its own registration as it ends.
     */
    public void stop() {
        List<Registration> due;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            due = new ArrayList<>(actions);
            actions.clear();
        }
        Collections.reverse(due);
        for (Registration registration : due) {
            try {
                registration.action.run();
            } catch (RuntimeException e) {
                // A cleanup that fails must not keep the others from running.
            }
        }
    }

    /** One action to run on a stop. */
    public final class Registration {
        private final Runnable action;

        private Registration(Runnable action) {
            this.action = action;
        }

        /**
         * Withdraws the action, the work it cleans up after being done. Returns whether it was
         * withdrawn before a stop took it; false when the stop runs it, or has.
         */
        public boolean withdraw() {
            synchronized (Shutdown.this) {
                return actions.remove(this);
            }
        }
    }
}
