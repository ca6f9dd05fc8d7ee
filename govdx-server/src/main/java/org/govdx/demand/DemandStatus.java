package org.govdx.demand;

/**
 * Lifecycle of a demand: OPEN → ASSIGNED (to a provider org) → ACCEPTED (the provider commits to publish
 * an entry by a date, or links an existing one) or REFUSED (reason and legal basis) → FULFILLED when the
 * linked entry is published and mounted → CLOSED. A refused or overdue demand can be escalated to the
 * platform operator (COORDINATING), who records the outcome.
 */
public enum DemandStatus {
    OPEN,
    ASSIGNED,
    ACCEPTED,
    REFUSED,
    COORDINATING,
    FULFILLED,
    CLOSED
}
