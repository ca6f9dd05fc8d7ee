package org.govdx.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.ProofGenerator;
import org.govdx.tlog.SubtreeHashes;
import org.springframework.stereotype.Component;

/**
 * Inclusion and consistency proofs and root hashes from the stored tree, with the library's
 * {@link ProofGenerator}. A proof is planned first (which ranges the generator asks for, a pure
 * computation) so that all its hashes come from the database in one query.
 */
@Component
public class LedgerProofs {

    private static final byte[] PLACEHOLDER = new byte[0];

    private final TreeStore store;
    private final MerkleHasher hasher;

    LedgerProofs(TreeStore store, MerkleHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /** {@code PATH(index, D[treeSize])}; the caller has checked {@code 0 <= index < treeSize <= stored size}. */
    public List<byte[]> inclusion(long index, long treeSize) {
        return generate(treeSize, generator -> generator.inclusionProof(index, treeSize));
    }

    /** {@code PROOF(from, D[to])}; the caller has checked {@code 0 <= from <= to <= stored size}. */
    public List<byte[]> consistency(long from, long to) {
        return generate(to, generator -> generator.consistencyProof(from, to));
    }

    /** The root hash of the first {@code treeSize} leaves. */
    public byte[] root(long treeSize) {
        if (treeSize == 0) {
            return hasher.emptyRoot();
        }
        return new StoredSubtreeHashes(store, hasher, treeSize).hash(0, treeSize);
    }

    private List<byte[]> generate(long treeSize, Function<ProofGenerator, List<byte[]>> proof) {
        List<long[]> ranges = new ArrayList<>();
        SubtreeHashes planner = (start, end) -> {
            ranges.add(new long[] {start, end});
            return PLACEHOLDER;
        };
        proof.apply(new ProofGenerator(planner));
        StoredSubtreeHashes stored = new StoredSubtreeHashes(store, hasher, treeSize);
        stored.prefetch(ranges);
        return proof.apply(new ProofGenerator(stored));
    }
}
