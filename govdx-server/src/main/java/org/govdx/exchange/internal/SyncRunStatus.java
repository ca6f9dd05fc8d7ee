package org.govdx.exchange.internal;

/** The outcome of a sync run. */
public enum SyncRunStatus {
    RUNNING,
    SUCCEEDED,
    /** Stopped by a refusal or an error; the checkpoint is kept, the next run resumes from it. */
    FAILED,
    /** The instance stopped or died mid-run; the job resumes from its checkpoint. */
    INTERRUPTED
}
