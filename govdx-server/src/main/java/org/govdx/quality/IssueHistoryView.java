package org.govdx.quality;

import java.time.Instant;

/** One transition of an issue: when, who, from which state to which, and the comment. */
public record IssueHistoryView(String transition, IssueStatus fromStatus, IssueStatus toStatus, String actor,
                               String comment, Instant occurredAt) {
}
