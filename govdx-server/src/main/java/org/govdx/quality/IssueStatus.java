package org.govdx.quality;

/**
 * States of a quality issue: REPORTED → ACKNOWLEDGED → INVESTIGATING → CORRECTED → CONFIRMED → CLOSED,
 * or REJECTED (not an error) → CONTESTED (the reporter disagrees) → decided by the platform operator.
 */
public enum IssueStatus {
    REPORTED,
    ACKNOWLEDGED,
    INVESTIGATING,
    CORRECTED,
    CONFIRMED,
    REJECTED,
    CONTESTED,
    CLOSED;

    /** True while the provider still owes an answer (the working-day limit runs). */
    public boolean awaitsProvider() {
        return this == REPORTED || this == ACKNOWLEDGED || this == INVESTIGATING;
    }
}
