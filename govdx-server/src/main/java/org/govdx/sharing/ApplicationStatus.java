package org.govdx.sharing;

/**
 * Lifecycle of a sharing application: PENDING → APPROVED | REJECTED | RETURNED (→ PENDING again on
 * resubmission, the clock restarting); an application for a not-shared entry is COORDINATING while the
 * platform operator mediates; the applicant may withdraw it (WITHDRAWN) before a decision.
 */
public enum ApplicationStatus {
    PENDING,
    RETURNED,
    APPROVED,
    REJECTED,
    COORDINATING,
    WITHDRAWN;

    /** True once no further decision can be made. */
    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }
}
