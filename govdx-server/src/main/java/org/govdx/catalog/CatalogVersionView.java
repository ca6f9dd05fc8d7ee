package org.govdx.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of an entry in its history.
 *
 * @param history what happened to the version: opened, submitted, approved, rejected, withdrawn
 */
public record CatalogVersionView(int version, CatalogStatus status, String name, Instant createdAt, String createdBy,
                                 Instant submittedAt, LocalDate reviewDue, Instant publishedAt,
                                 List<CatalogHistoryEntry> history) {

    /**
     * @param action  VERSION_OPENED, SUBMITTED, APPROVED, REJECTED or WITHDRAWN
     * @param actor   username
     * @param comment review comment, rejection or withdrawal reason, or who approved a submission
     */
    public record CatalogHistoryEntry(String action, String actor, String actorOrgCode, Instant at, String comment) {
    }
}
