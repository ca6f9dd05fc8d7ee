package org.govdx.ledger;

import java.util.List;
import java.util.Optional;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;

/**
 * The platform's tamper-evident ledger: reading entries, checkpoints and proofs, and auditing the
 * stored tree. Nothing writes through this interface: modules record facts by publishing
 * {@link org.govdx.common.LedgerFact} events inside the transaction of their change.
 */
public interface Ledger {

    /** The latest signed checkpoint, if any has been signed yet. */
    Optional<SignedCheckpoint> latestCheckpoint();

    /** The current checkpoint verifier key text ({@code <name>+<key id>+<base64>}). */
    String publicKey();

    /**
     * Every checkpoint verifier key the ledger trusts, current first, then the keys of signers used
     * before a rotation ({@code govdx.ledger.previous-verifier-keys}): older checkpoints verify with one
     * of them.
     */
    List<String> publicKeys();

    /**
     * One entry by leaf index.
     *
     * @throws org.govdx.common.GovdxException 404 {@code LEDGER_ENTRY_NOT_FOUND}
     */
    LedgerEntry entry(long index);

    /**
     * Entries matching every given filter, newest first. Appended entries are found at once by type, org,
     * actor and time, and by key once the search indexer has covered them (normally within a second).
     *
     * @throws org.govdx.common.GovdxException 400 when {@code from} is after {@code to}
     */
    PageResponse<LedgerEntrySummary> search(LedgerQuery query, PageRequest page);

    /**
     * The inclusion proof of leaf {@code index} in the tree of {@code treeSize} leaves (default: the
     * latest checkpoint's size), which must not exceed the latest checkpoint.
     *
     * @throws org.govdx.common.GovdxException 400 with field errors for missing or out-of-range values
     */
    LedgerInclusionProof inclusionProof(Long index, Long treeSize);

    /**
     * The consistency proof between tree sizes {@code from} and {@code to} (default: the latest
     * checkpoint's size), {@code from <= to <=} the latest checkpoint.
     *
     * @throws org.govdx.common.GovdxException 400 with field errors for missing or out-of-range values
     */
    LedgerConsistencyProof consistencyProof(Long from, Long to);

    /**
     * Recomputes the whole tree from the stored leaves (streamed) and checks it against the stored
     * leaf and subtree hashes and every signed checkpoint; stops at the first problem.
     */
    LedgerAuditReport audit();
}
