package org.govdx.identity;

import java.time.Instant;

/** One entry of the operation audit log: who did what to which target, from where, with what result. */
public record AuditEvent(long id, Instant occurredAt, String username, String orgCode, String clientIp,
                         String action, String target, AuditResult result, String detail) {
}
