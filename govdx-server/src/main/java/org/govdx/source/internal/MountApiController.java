package org.govdx.source.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.govdx.catalog.OrgMountingRate;
import org.govdx.common.PageResponse;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditResult;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.source.MountInfo;
import org.govdx.source.MountPreview;
import org.govdx.source.MountRequest;
import org.govdx.source.Mounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mounting catalog entries on real data: the provider's catalog admins mount and preview; the
 * platform operator (reviewer) reads mounts, previews and mounting rates.
 */
@Tag(name = "mounts", description = "Mounting catalog entries on tables, APIs and files; masked preview")
@RestController
class MountApiController {

    static final String PROVIDER_OR_REVIEWER = "hasAnyRole('ORG_CATALOG_ADMIN','PLATFORM_OPERATOR')";

    private final Mounts mounts;
    private final AuditLog audit;

    MountApiController(Mounts mounts, AuditLog audit) {
        this.mounts = mounts;
        this.audit = audit;
    }

    @Operation(summary = "Mount an entry on a table, API or file, mapping each item to a column")
    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @Audited("MOUNT_CHANGE")
    @PutMapping("/api/v1/catalog/{id}/mount")
    MountInfo mount(@PathVariable long id, @RequestBody MountRequest request, @AuthenticationPrincipal CurrentUser me,
                    Locale locale) {
        return mounts.mount(id, request, me, locale);
    }

    @Operation(summary = "The mount of an entry with its status")
    @PreAuthorize(PROVIDER_OR_REVIEWER)
    @GetMapping("/api/v1/catalog/{id}/mount")
    MountInfo get(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale) {
        return mounts.get(id, me, locale);
    }

    @Operation(summary = "Check the mount against its source now and record the status")
    @PreAuthorize(PROVIDER_OR_REVIEWER)
    @Audited("MOUNT_CHECK")
    @PostMapping("/api/v1/catalog/{id}/mount/check")
    MountInfo check(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale) {
        return mounts.check(id, me, locale);
    }

    @Operation(summary = "The first 20 rows of a mounted entry, each item masked by its masking rule")
    @PreAuthorize(PROVIDER_OR_REVIEWER)
    @GetMapping("/api/v1/catalog/{id}/preview")
    MountPreview preview(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        MountPreview preview = mounts.preview(id, me);
        // reading data, even masked, is an operation the audit log keeps
        audit.record("MOUNT_PREVIEW", "entry:" + preview.resourceCode(), AuditResult.SUCCESS,
                preview.rows().size() + " rows");
        return preview;
    }

    @Operation(summary = "Mounts of the caller's org")
    @PreAuthorize("hasRole('ORG_CATALOG_ADMIN')")
    @GetMapping("/api/v1/mounts")
    List<MountInfo> mine(@AuthenticationPrincipal CurrentUser me, Locale locale) {
        return mounts.ofMyOrg(me, locale);
    }

    @Operation(summary = "Mounting rate (mounted ÷ published) per org")
    @PreAuthorize("hasAnyRole('PLATFORM_OPERATOR','LEADER')")
    @GetMapping("/api/v1/mounts/rates")
    PageResponse<OrgMountingRate> rates() {
        List<OrgMountingRate> all = mounts.rates();
        return new PageResponse<>(all, 0, Math.max(1, all.size()), all.size());
    }
}
