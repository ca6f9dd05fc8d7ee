package org.govdx.demand;

/**
 * The demand satisfaction rate of a provider org: fulfilled ÷ assigned, for the scorecards.
 *
 * @param rate fulfilled ÷ assigned, 0 when nothing was assigned
 */
public record SatisfactionRate(long orgId, long assigned, long fulfilled, double rate) {
}
