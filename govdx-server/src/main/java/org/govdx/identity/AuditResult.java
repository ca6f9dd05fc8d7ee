package org.govdx.identity;

/** Outcome of an audited action. */
public enum AuditResult {
    SUCCESS,
    FAILURE,
    /** Refused for lack of authentication or permission. */
    DENIED
}
