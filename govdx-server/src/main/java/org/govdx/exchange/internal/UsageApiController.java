package org.govdx.exchange.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.exchange.UsageRecords;
import org.govdx.exchange.UsageView;
import org.govdx.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Usage records for people: consumer and provider orgs their own, the operator and auditors all. */
@RestController
@RequestMapping("/api/v1/usage")
@Tag(name = "Usage records", description = "Every gateway call and sync batch, allowed or refused")
class UsageApiController {

    static final String READERS = "hasAnyRole('ORG_DATA_USER','ORG_APPROVER','ORG_CATALOG_ADMIN','PLATFORM_OPERATOR',"
            + "'AUDIT_ADMIN','LEADER')";

    private final UsageRecords usage;
    private final UsageService service;

    UsageApiController(UsageRecords usage, UsageService service) {
        this.usage = usage;
        this.service = service;
    }

    @Operation(summary = "Calls per resource and consumer org (who uses which data, how much), most used first")
    @GetMapping("/summary")
    @PreAuthorize(READERS)
    java.util.List<UsageSummary> summary(@RequestParam(required = false) String scope,
                                         @AuthenticationPrincipal CurrentUser me) {
        return service.summary(scope, me);
    }

    @Operation(summary = "Usage records, newest first; scope consumer (my org's calls), provider (calls on my "
            + "org's resources) or all (operator, auditors)")
    @GetMapping
    @PreAuthorize(READERS)
    PageResponse<UsageView> list(@RequestParam(required = false) String scope,
                                 @RequestParam(required = false) Long entryId,
                                 @RequestParam(required = false) Long grantId,
                                 @RequestParam(required = false) Instant from,
                                 @RequestParam(required = false) Instant to,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size,
                                 @AuthenticationPrincipal CurrentUser me) {
        return usage.list(scope, entryId, grantId, from, to, new PageRequest(page, size), me);
    }

    @Operation(summary = "One usage record by its request id (X-Request-Id)")
    @GetMapping("/{requestId}")
    @PreAuthorize(READERS)
    UsageView get(@PathVariable String requestId, @AuthenticationPrincipal CurrentUser me) {
        return usage.find(requestId, me).orElseThrow(() -> GovdxException.notFound("USAGE_NOT_FOUND", requestId));
    }
}
