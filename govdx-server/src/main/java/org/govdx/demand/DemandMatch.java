package org.govdx.demand;

/** A published catalog entry that may satisfy a demand ("do not collect again"). */
public record DemandMatch(long entryId, String code, String name, String providerOrgCode, String providerOrgName,
                          String shareType, int itemCount) {
}
