package org.govdx.provenance;

import java.util.Locale;
import org.govdx.identity.CurrentUser;

/**
 * Provenance (溯源) of shared data: the ledger facts that made a data flow, each provable with an
 * inclusion proof against a signed checkpoint.
 */
public interface Provenance {

    /**
     * The chain behind one gateway call or sync batch, found by the request id the caller was given
     * ({@code X-Request-Id}): entry version, mount, application, decision, grant and that usage event.
     *
     * @throws org.govdx.common.GovdxException 404 {@code PROVENANCE_NOT_FOUND} when no usage has the id
     *     or the viewer may not see it
     */
    ProvenanceChain ofRequest(String requestId, CurrentUser viewer, Locale locale);

    /**
     * The chain of a grant: entry version, mount, application, decision, the grant's transitions and
     * its newest usage events.
     *
     * @throws org.govdx.common.GovdxException 404 {@code GRANT_NOT_FOUND} when there is no such grant or
     *     the viewer may not see it
     */
    ProvenanceChain ofGrant(long grantId, CurrentUser viewer, Locale locale);

    /**
     * The proof bundle of one step of a chain the viewer may see (auditors: of any entry, then
     * {@code requestId} and {@code grantId} may both be null): a ZIP of the leaf data, its inclusion
     * proof in the CLI's JSON format, the latest signed checkpoint, the verifier key and a README with
     * the {@code govdx-ledger verify-inclusion} command.
     *
     * @throws org.govdx.common.GovdxException 404 when the index is not a step of the chain, 409
     *     {@code PROVENANCE_NOT_YET_SIGNED} when no checkpoint covers it yet
     */
    ProofBundle proofBundle(long index, String requestId, Long grantId, CurrentUser viewer);
}
