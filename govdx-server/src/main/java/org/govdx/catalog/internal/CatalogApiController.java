package org.govdx.catalog.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.govdx.catalog.CatalogClassification;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryRequest;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogReviewDecision;
import org.govdx.catalog.CatalogReviewTask;
import org.govdx.catalog.CatalogSearch;
import org.govdx.catalog.CatalogSearchQuery;
import org.govdx.catalog.CatalogSearchResult;
import org.govdx.catalog.CatalogSubmission;
import org.govdx.catalog.CatalogVersionComparison;
import org.govdx.catalog.CatalogVersionView;
import org.govdx.catalog.OrgMountingRate;
import org.govdx.common.PageResponse;
import org.govdx.common.Validation;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/catalog}: entries, their lifecycle and versions, the classification tree, the review queue. */
@Tag(name = "catalog", description = "Resource catalog (政务数据资源目录)")
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogApiController {

    static final String READERS = "isAuthenticated() and !hasRole('AUDIT_ADMIN')";
    static final String EDITORS = "hasRole('ORG_CATALOG_ADMIN')";
    static final String REVIEWERS = "hasRole('PLATFORM_OPERATOR')";

    private final CatalogEntries entries;
    private final CatalogSearch search;

    CatalogApiController(CatalogEntries entries, CatalogSearch search) {
        this.entries = entries;
        this.search = search;
    }

    @Operation(summary = "Search the catalog: full text, filters (comma-separated values match any), facet counts")
    @PreAuthorize(READERS)
    @GetMapping
    CatalogSearchResult search(@RequestParam(required = false) String q,
                               @RequestParam(required = false) List<String> classification,
                               @RequestParam(required = false) List<String> provider,
                               @RequestParam(required = false) List<String> shareType,
                               @RequestParam(required = false) List<String> format,
                               @RequestParam(required = false) List<String> grade,
                               @RequestParam(required = false) List<String> updateCycle,
                               @RequestParam(required = false) List<String> status,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size,
                               @AuthenticationPrincipal CurrentUser me) {
        return search.search(new CatalogSearchQuery(q, classification, provider, shareType, format, grade, updateCycle,
                status, page == null ? 0 : page, size == null ? 20 : size), me);
    }

    @Operation(summary = "Rebuild the search index from the database")
    @PreAuthorize("hasAnyRole('SYS_ADMIN','PLATFORM_OPERATOR')")
    @Audited("CATALOG_INDEX_REBUILD")
    @PostMapping("/index/rebuild")
    Map<String, Object> rebuild() {
        return Map.of("indexed", search.rebuild());
    }

    @Operation(summary = "Create a draft entry provided by the caller's org")
    @PreAuthorize(EDITORS)
    @Audited("CATALOG_CREATE")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CatalogEntryView create(@RequestBody CatalogEntryRequest request, @AuthenticationPrincipal CurrentUser me) {
        return entries.create(request, me);
    }

    @Operation(summary = "One entry: the newest version for its provider and the operator, the published one for others")
    @PreAuthorize(READERS)
    @GetMapping("/{id}")
    CatalogEntryView get(@PathVariable long id, @RequestParam(required = false) Integer version,
                         @AuthenticationPrincipal CurrentUser me) {
        return version == null ? entries.get(id, me) : entries.get(id, version, me);
    }

    @Operation(summary = "Change an entry; a published entry gets a new draft version (null fields keep their value)")
    @PreAuthorize(EDITORS)
    @Audited("CATALOG_UPDATE")
    @PutMapping("/{id}")
    CatalogEntryView update(@PathVariable long id, @RequestBody CatalogEntryRequest request,
                            @AuthenticationPrincipal CurrentUser me) {
        return entries.update(id, request, me);
    }

    @Operation(summary = "Submit the draft version for review, with the Art. 13 confirmations")
    @PreAuthorize(EDITORS)
    @Audited("CATALOG_SUBMIT")
    @PostMapping("/{id}/submit")
    CatalogEntryView submit(@PathVariable long id, @RequestBody(required = false) CatalogSubmission submission,
                            @AuthenticationPrincipal CurrentUser me) {
        return entries.submit(id, submission, me);
    }

    @Operation(summary = "Approve (publish) or reject a submitted version")
    @PreAuthorize(REVIEWERS)
    @Audited("CATALOG_REVIEW")
    @PostMapping("/{id}/review")
    CatalogEntryView review(@PathVariable long id, @RequestBody(required = false) CatalogReviewDecision decision,
                            @AuthenticationPrincipal CurrentUser me) {
        return entries.review(id, decision, me);
    }

    @Operation(summary = "Withdraw (注销) an entry with a reason")
    @PreAuthorize(EDITORS)
    @Audited("CATALOG_WITHDRAW")
    @PostMapping("/{id}/withdraw")
    CatalogEntryView withdraw(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body,
                              @AuthenticationPrincipal CurrentUser me) {
        Object reason = body == null ? null : body.get("reason");
        return entries.withdraw(id, reason == null ? null : reason.toString(), me);
    }

    @Operation(summary = "Every version of an entry the caller may see, with its history")
    @PreAuthorize(READERS)
    @GetMapping("/{id}/versions")
    List<CatalogVersionView> versions(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return entries.versions(id, me);
    }

    @Operation(summary = "Field and item differences between two versions")
    @PreAuthorize(READERS)
    @GetMapping("/{id}/versions/compare")
    CatalogVersionComparison compare(@PathVariable long id, @RequestParam(required = false) Integer from,
                                     @RequestParam(required = false) Integer to,
                                     @AuthenticationPrincipal CurrentUser me) {
        Validation v = new Validation();
        v.check(from == null, "from", "REQUIRED");
        v.check(to == null, "to", "REQUIRED");
        v.throwIfInvalid();
        return entries.compare(id, from, to, me);
    }

    @Operation(summary = "The resource classification tree (类-项-目-细目)")
    @PreAuthorize(READERS)
    @GetMapping("/classifications")
    PageResponse<CatalogClassification> classifications() {
        List<CatalogClassification> all = entries.classifications();
        return new PageResponse<>(all, 0, all.size(), all.size());
    }

    @Operation(summary = "Submitted versions waiting for review, overdue ones flagged")
    @PreAuthorize(REVIEWERS)
    @GetMapping("/reviews")
    PageResponse<CatalogReviewTask> reviews() {
        List<CatalogReviewTask> all = entries.reviewQueue();
        return new PageResponse<>(all, 0, Math.max(1, all.size()), all.size());
    }

    @Operation(summary = "Mounting rate (mounted ÷ published) per provider org")
    @PreAuthorize("hasAnyRole('PLATFORM_OPERATOR','LEADER')")
    @GetMapping("/mounting-rates")
    PageResponse<OrgMountingRate> mountingRates() {
        List<OrgMountingRate> all = entries.mountingRates();
        return new PageResponse<>(all, 0, Math.max(1, all.size()), all.size());
    }
}
