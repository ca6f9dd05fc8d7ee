package org.govdx.ledger.internal;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.common.Validation;
import org.govdx.ledger.Ledger;
import org.govdx.ledger.LedgerAuditReport;
import org.govdx.ledger.LedgerConsistencyProof;
import org.govdx.ledger.LedgerEntry;
import org.govdx.ledger.LedgerEntrySummary;
import org.govdx.ledger.LedgerInclusionProof;
import org.govdx.ledger.LedgerQuery;
import org.govdx.ledger.SignedCheckpoint;
import org.govdx.tlog.VerifierKey;
import org.springframework.stereotype.Service;

/**
 * The {@link Ledger} over the database. Proofs are only given up to the latest signed checkpoint: a
 * proof is worth something against a signed root.
 */
@Service
class LedgerService implements Ledger {

    private static final HexFormat HEX = HexFormat.of();

    private final TreeStore tree;
    private final EntryStore entries;
    private final CheckpointStore checkpoints;
    private final LedgerProofs proofs;
    private final TreeAudit audit;
    private final VerifierKey key;
    private final LedgerVerifierKeys keys;

    LedgerService(TreeStore tree, EntryStore entries, CheckpointStore checkpoints, LedgerProofs proofs,
                  TreeAudit audit, VerifierKey key, LedgerVerifierKeys keys) {
        this.tree = tree;
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.audit = audit;
        this.key = key;
        this.keys = keys;
    }

    @Override
    public Optional<SignedCheckpoint> latestCheckpoint() {
        return checkpoints.latest();
    }

    @Override
    public String publicKey() {
        return key.encode();
    }

    @Override
    public List<String> publicKeys() {
        return keys.all().stream().map(VerifierKey::encode).toList();
    }

    @Override
    public LedgerEntry entry(long index) {
        return entries.entry(index).orElseThrow(() -> GovdxException.notFound("LEDGER_ENTRY_NOT_FOUND", text(index)));
    }

    @Override
    public PageResponse<LedgerEntrySummary> search(LedgerQuery query, PageRequest page) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw GovdxException.invalid("to", "LEDGER_TO_BEFORE_FROM");
        }
        return entries.search(query, page, tree.size());
    }

    @Override
    public LedgerInclusionProof inclusionProof(Long index, Long treeSize) {
        long signed = checkpoints.latestSize();
        long size = treeSize != null ? treeSize : Math.max(signed, 0);
        Validation v = new Validation();
        v.check(index == null, "index", "REQUIRED");
        v.check(index != null && index < 0, "index", "LEDGER_NEGATIVE");
        v.check(size < 1, "treeSize", "LEDGER_TREE_SIZE_TOO_SMALL");
        v.check(size > signed && size >= 1, "treeSize", "LEDGER_TREE_SIZE_NOT_SIGNED", text(Math.max(signed, 0)));
        v.check(index != null && index >= 0 && size >= 1 && size <= signed && index >= size, "index",
                "LEDGER_INDEX_OUT_OF_RANGE", text(size));
        v.throwIfInvalid();
        return new LedgerInclusionProof(index, size, hex(proofs.inclusion(index, size)));
    }

    @Override
    public LedgerConsistencyProof consistencyProof(Long from, Long to) {
        long signed = checkpoints.latestSize();
        long size = to != null ? to : Math.max(signed, 0);
        Validation v = new Validation();
        v.check(from == null, "from", "REQUIRED");
        v.check(from != null && from < 0, "from", "LEDGER_NEGATIVE");
        v.check(size < 0, "to", "LEDGER_NEGATIVE");
        v.check(size > Math.max(signed, 0), "to", "LEDGER_TREE_SIZE_NOT_SIGNED", text(Math.max(signed, 0)));
        v.check(from != null && from >= 0 && size >= 0 && from > size, "from", "LEDGER_FROM_AFTER_TO", text(size));
        v.throwIfInvalid();
        return new LedgerConsistencyProof(from, size, hex(proofs.consistency(from, size)));
    }

    @Override
    public LedgerAuditReport audit() {
        return audit.run();
    }

    // message arguments as text: MessageFormat would print 12345 as "12,345"
    private static String text(long value) {
        return Long.toString(value);
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
