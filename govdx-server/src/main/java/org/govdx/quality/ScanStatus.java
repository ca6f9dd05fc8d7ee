package org.govdx.quality;

/** A scan runs, then either succeeds with scores or fails with a reason and no score at all. */
public enum ScanStatus {
    RUNNING,
    SUCCEEDED,
    FAILED
}
