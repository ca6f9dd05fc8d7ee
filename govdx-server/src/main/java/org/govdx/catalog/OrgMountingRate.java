package org.govdx.catalog;

/**
 * How much of an org's published catalog is bound to real data.
 *
 * @param published published (not withdrawn) entries
 * @param mounted   of those, entries whose mount works
 * @param broken    of those, entries whose mount is broken
 * @param rate      mounted ÷ published, 0 when nothing is published
 */
public record OrgMountingRate(long orgId, String orgCode, String orgName, int published, int mounted, int broken,
                              double rate) {
}
