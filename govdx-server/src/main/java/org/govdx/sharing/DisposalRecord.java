package org.govdx.sharing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The consumer org's record of how it disposed of the data once a grant ended (Art. 27). Created DUE
 * when the grant ends; RECORDED when the consumer states how and when. Kept at least three years.
 */
public record DisposalRecord(long id, long grantId, long orgId, String status, String method, LocalDate disposedOn,
                             String recordedBy, Instant recordedAt, Instant dueAt, LocalDate keepUntil) {
}
