package org.govdx.ledger.internal;

/**
 * Keys of stored subtree hashes. The complete aligned subtree at {@code level} with index
 * {@code index} covers leaves {@code [index * 2^level, (index + 1) * 2^level)}; its key is
 * {@code (last leaf) * 64 + level}. Keys therefore ascend in the order the appender completes the
 * subtrees (by last leaf, then level), and a leaf's key is {@code leafIndex * 64}.
 */
final class NodeIds {

    private NodeIds() {
    }

    /** The key of the subtree at {@code level} with index {@code index}. */
    static long id(int level, long index) {
        return ((((index + 1) << level) - 1) << 6) | level;
    }

    /** The level of a key. */
    static int level(long id) {
        return (int) (id & 63);
    }

    /** The index within its level of a key. */
    static long index(long id) {
        int level = level(id);
        return (((id >>> 6) + 1) >>> level) - 1;
    }

    /** The first leaf a key's subtree covers. */
    static long firstLeaf(long id) {
        return index(id) << level(id);
    }

    /** Keys of the complete subtrees whose hashes make up {@code MTH(D[start:end])}, left to right. */
    static long[] cover(long start, long end) {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty range [" + start + ", " + end + ")");
        }
        long[] ids = new long[64];
        int count = 0;
        // MTH(D[start:end]) = HASH(MTH(D[start:split]), MTH(D[split:end])): peel off the complete left side
        while (true) {
            long length = end - start;
            if (Long.bitCount(length) == 1) {
                ids[count++] = aligned(start, length);
                break;
            }
            long left = Long.highestOneBit(length - 1);
            ids[count++] = aligned(start, left);
            start += left;
        }
        return java.util.Arrays.copyOf(ids, count);
    }

    private static long aligned(long start, long length) {
        if (start % length != 0) {
            throw new IllegalArgumentException("subtree [" + start + ", " + (start + length)
                    + ") is not aligned: proofs only ask for aligned ranges");
        }
        int level = Long.numberOfTrailingZeros(length);
        return id(level, start >>> level);
    }
}
