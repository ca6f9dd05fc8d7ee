package org.govdx.exchange.internal;

/**
 * Stops a sync run with a stable code (e.g. {@code GRANT_REVOKED}, {@code TARGET_WRITE_FAILED}); the
 * checkpoint stays, so the next run resumes from the last committed batch.
 */
final class SyncFailure extends RuntimeException {

    private final String code;
    private final SyncRunStatus status;

    SyncFailure(String code) {
        this(code, SyncRunStatus.FAILED);
    }

    SyncFailure(String code, SyncRunStatus status) {
        super(code, null, false, false);
        this.code = code;
        this.status = status;
    }

    String code() {
        return code;
    }

    SyncRunStatus status() {
        return status;
    }
}
