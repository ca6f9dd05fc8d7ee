package org.govdx.catalog;

import java.util.List;
import java.util.Optional;
import org.govdx.identity.CurrentUser;

/**
 * The catalog's API: departments describe what they hold, the platform operator reviews and
 * publishes it. Lifecycle of an entry: DRAFT → SUBMITTED → PUBLISHED, or back to DRAFT when
 * rejected; changing a published entry opens a new version (DRAFT) while the published one stays
 * live; any entry can be WITHDRAWN (注销). Every transition is published as a {@link CatalogEntryEvent}.
 *
 * <p>Who sees what: published (and withdrawn) entries are visible to every signed-in user; drafts and
 * submissions only to the provider org (and the governments above it) and the platform operator —
 * to anyone else they do not exist (404). Only ORG_CATALOG_ADMINs of the provider org change an entry.
 */
public interface CatalogEntries {

    /** Creates a draft (version 1) provided by the caller's org, with a new resource code. */
    CatalogEntryView create(CatalogEntryRequest request, CurrentUser me);

    /**
     * Changes an entry: a draft is edited in place; a published entry gets a new draft version while
     * the published one stays live. Null fields keep their value.
     */
    CatalogEntryView update(long id, CatalogEntryRequest change, CurrentUser me);

    /** Sends the draft version to review, recording the Art. 13 confirmations; due in 2 working days. */
    CatalogEntryView submit(long id, CatalogSubmission submission, CurrentUser me);

    /** The platform operator approves (publishes) or rejects (back to draft, reason required) a submission. */
    CatalogEntryView review(long id, CatalogReviewDecision decision, CurrentUser me);

    /** Withdraws (注销) the entry with a reason; it stays visible to its history but is no longer applicable. */
    CatalogEntryView withdraw(long id, String reason, CurrentUser me);

    /** The version the viewer sees: the newest for the provider and the operator, else the published one. */
    CatalogEntryView get(long id, CurrentUser viewer);

    /** One version, if the viewer may see it (others see only versions that were published). */
    CatalogEntryView get(long id, int version, CurrentUser viewer);

    /** The entry with this resource code as the viewer sees it. */
    CatalogEntryView getByCode(String code, CurrentUser viewer);

    /** Every version the viewer may see, oldest first, with its history. */
    List<CatalogVersionView> versions(long id, CurrentUser viewer);

    /** Field and item differences between two versions the viewer may see. */
    CatalogVersionComparison compare(long id, int from, int to, CurrentUser viewer);

    /**
     * For other modules (no viewer): the public face of an entry — its live published version, or
     * its last published version marked WITHDRAWN; empty when it was never published.
     */
    Optional<CatalogEntryView> find(long id);

    /** Like {@link #find(long)} by resource code. */
    Optional<CatalogEntryView> findByCode(String code);

    /** For other modules: the newest version whatever its state (e.g. to mount a draft before publishing). */
    Optional<CatalogEntryView> findLatest(long id);

    /** The items of the live published version; empty when the entry is not (or no longer) published. */
    List<CatalogItemView> publishedItems(long id);

    /** Submitted versions waiting for review, the earliest due first, overdue ones flagged. */
    List<CatalogReviewTask> reviewQueue();

    /** The classification tree in tree order. */
    List<CatalogClassification> classifications();

    /** Mounted ÷ published per provider org, from the {@link MountStatusProvider}. */
    List<OrgMountingRate> mountingRates();
}
