package org.govdx.ledger.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.SubtreeHashes;

/**
 * {@link SubtreeHashes} over the database: {@code MTH(D[start:end])} is the stored hash of a complete
 * aligned subtree or, on the right edge of a tree, combined from at most {@code log2(end - start) + 1}
 * of them. {@link #prefetch} loads the hashes of many ranges in one query, so that a whole proof
 * costs a single round trip; hashes not prefetched are read on demand.
 *
 * <p>One instance serves one request: it caches what it read.
 */
final class StoredSubtreeHashes implements SubtreeHashes {

    private final TreeStore store;
    private final MerkleHasher hasher;
    private final long size;
    private final Map<Long, byte[]> cache = new HashMap<>();

    /**
     * @param size leaves that are stored (committed); ranges beyond are refused
     */
    StoredSubtreeHashes(TreeStore store, MerkleHasher hasher, long size) {
        this.store = store;
        this.hasher = hasher;
        this.size = size;
    }

    /** Loads the stored hashes that the ranges {@code {start, end}} need, in one query. */
    void prefetch(Iterable<long[]> ranges) {
        Set<Long> missing = new LinkedHashSet<>();
        for (long[] range : ranges) {
            check(range[0], range[1]);
            for (long id : NodeIds.cover(range[0], range[1])) {
                if (!cache.containsKey(id)) {
                    missing.add(id);
                }
            }
        }
        load(missing.stream().mapToLong(Long::longValue).toArray());
    }

    @Override
    public byte[] hash(long start, long end) {
        check(start, end);
        long[] ids = NodeIds.cover(start, end);
        long[] missing = Arrays.stream(ids).filter(id -> !cache.containsKey(id)).toArray();
        load(missing);
        byte[] hash = cache.get(ids[ids.length - 1]);
        for (int i = ids.length - 2; i >= 0; i--) {
            hash = hasher.nodeHash(cache.get(ids[i]), hash);
        }
        return hash.clone();
    }

    private void load(long[] ids) {
        if (ids.length == 0) {
            return;
        }
        Map<Long, byte[]> found = store.hashes(ids);
        for (long id : ids) {
            byte[] hash = found.get(id);
            if (hash == null) {
                throw new IllegalStateException("the stored hash of subtree " + NodeIds.level(id) + "/"
                        + NodeIds.index(id) + " is missing: run the ledger audit");
            }
            cache.put(id, hash);
        }
    }

    private void check(long start, long end) {
        if (start < 0 || end <= start || end > size) {
            throw new IllegalArgumentException("subtree [" + start + ", " + end + ") is not within " + size + " leaves");
        }
    }
}
