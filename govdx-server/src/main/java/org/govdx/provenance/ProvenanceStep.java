package org.govdx.provenance;

import java.time.Instant;

/**
 * One step of a provenance chain.
 *
 * @param step        {@code ENTRY_VERSION}, {@code MOUNT}, {@code APPLICATION_SUBMITTED},
 *                    {@code APPLICATION_DECIDED}, {@code GRANT} or {@code USAGE}
 * @param type        the ledger fact type, e.g. {@code GRANT_CREATED}; null when the fact was not found
 * @param summary     what happened, in the viewer's language
 * @param occurredAt  when it happened (null when the fact was not found)
 * @param actor       who did it, as recorded
 * @param ledgerIndex the fact's leaf index; null when the ledger holds no such fact (yet)
 * @param leafHash    the leaf hash, lower-case hex
 * @param proofUrl    where to download its proof bundle; null until a checkpoint covers the index
 */
public record ProvenanceStep(String step, String type, String summary, Instant occurredAt, String actor,
                             Long ledgerIndex, String leafHash, String proofUrl) {
}
