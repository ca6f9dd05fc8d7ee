package org.govdx.exchange;

/**
 * Calls to one entry over a period.
 *
 * @param calls          every call that reached the entry's grant check
 * @param served         calls answered with data or a verify result (2xx)
 * @param sourceFailures calls that failed because the source was unavailable or too slow (502/504)
 */
public record UsageStats(long calls, long served, long sourceFailures) {

    /** Served ÷ calls that were allowed to reach the source; empty period gives 1. */
    public double availability() {
        long reached = served + sourceFailures;
        return reached == 0 ? 1.0 : (double) served / reached;
    }
}
