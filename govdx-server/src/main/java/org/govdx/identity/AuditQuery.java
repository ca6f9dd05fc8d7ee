package org.govdx.identity;

import java.time.Instant;

/** Filters of the audit log; a null field does not filter. {@code to} is exclusive. */
public record AuditQuery(String username, String action, AuditResult result, Instant from, Instant to) {
}
