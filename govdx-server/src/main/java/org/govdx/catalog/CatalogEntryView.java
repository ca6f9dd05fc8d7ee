package org.govdx.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a catalog entry as other modules and the API see it.
 *
 * @param id                          entry id (the same for all versions)
 * @param code                        resource code: classification code + {@code /} + sequence, stable for the entry's life
 * @param version                     the version shown
 * @param status                      that version's status
 * @param publishedVersion            the live published version, null when none
 * @param latestVersion               the newest version (a draft or submission in progress when above publishedVersion)
 * @param shareCondition              scope and use (conditional) or the reason (not shared)
 * @param publishDate                 when the shown version was published
 * @param reviewDue                   last day of the review of a submitted version (2 working days)
 * @param reviewOverdue               true when a submitted version is past its review day
 * @param confidentialityRiskAssessed Art. 13 confirmation recorded at submission
 * @param personalInfoImpactAssessed  Art. 13 confirmation recorded at submission
 * @param approvedBy                  who in the provider approved the submission
 * @param reviewComment               the operator's last comment on this version
 * @param withdrawReason              why the entry was withdrawn
 * @param mount                       mount status of the entry
 */
public record CatalogEntryView(long id, String code, int version, CatalogStatus status, Integer publishedVersion,
                               int latestVersion, String name, String summary, String classification,
                               String classificationName, ResourceFormat format, ShareType shareType,
                               String shareCondition, String legalBasis, ShareMode shareMode, OpenType openType,
                               String openCondition, UpdateCycle updateCycle, DataGrade grade, List<String> tags,
                               List<String> relatedCodes, long providerOrgId, String providerOrgCode,
                               String providerOrgName, LocalDate publishDate, Instant createdAt, Instant updatedAt,
                               Instant submittedAt, LocalDate reviewDue, boolean reviewOverdue,
                               Boolean confidentialityRiskAssessed, Boolean personalInfoImpactAssessed,
                               String approvedBy, String reviewComment, String withdrawReason, MountState mount,
                               List<CatalogItemView> items) {

    /** The item with this code, if any. */
    public java.util.Optional<CatalogItemView> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** True while the entry can be applied for: published and not withdrawn. */
    public boolean applicable() {
        return status == CatalogStatus.PUBLISHED;
    }
}
