package org.govdx.exchange.internal;

/** The instance is stopping: the run ends INTERRUPTED and the scheduler runs the job again soon. */
final class SyncInterrupted extends RuntimeException {

    SyncInterrupted() {
        super("the platform instance is stopping", null, false, false);
    }
}
