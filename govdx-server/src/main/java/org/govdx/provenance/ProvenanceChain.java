package org.govdx.provenance;

import java.util.List;
import org.govdx.ledger.SignedCheckpoint;

/**
 * A provenance chain, oldest step first.
 *
 * @param requestId         the usage request id it was asked for, else null
 * @param grantId           the grant concerned, null for a call that had no grant
 * @param applicationNumber the application behind the grant, else null
 * @param entryCode         the resource code of the catalog entry
 * @param entryName         the entry's name
 * @param steps             the facts, in the order they happened
 * @param checkpoint        the signed checkpoint the steps' proofs are against (null before the first one)
 */
public record ProvenanceChain(String requestId, Long grantId, String applicationNumber, String entryCode,
                              String entryName, List<ProvenanceStep> steps, SignedCheckpoint checkpoint) {
}
