package org.govdx.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One entry in a search result: the version the searcher may see, without its items. */
public record CatalogSearchHit(long id, String code, int version, CatalogStatus status, String name, String summary,
                               String classification, String classificationName, ResourceFormat format,
                               ShareType shareType, ShareMode shareMode, OpenType openType, UpdateCycle updateCycle,
                               DataGrade grade, List<String> tags, String providerOrgCode, String providerOrgName,
                               LocalDate publishDate, Instant updatedAt, int itemCount, List<String> itemNames) {
}
