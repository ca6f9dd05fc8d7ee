package org.govdx.tlog;

/** Integer helpers for the shape of RFC 9162 Merkle trees. */
final class TreeMath {

    private TreeMath() {
    }

    /** Returns the largest power of two strictly smaller than {@code n}; {@code n} must be at least 2. */
    static long largestPowerOfTwoBelow(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("no power of two below " + n);
        }
        return Long.highestOneBit(n - 1);
    }

    /** Tells whether {@code n} is a positive power of two. */
    static boolean isPowerOfTwo(long n) {
        return n > 0 && (n & (n - 1)) == 0;
    }
}
