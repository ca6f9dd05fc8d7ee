package org.govdx.sharing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.sharing.DisposalRecord;
import org.govdx.sharing.GrantStatus;
import org.govdx.sharing.GrantView;
import org.govdx.sharing.Grants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Grants: lists for consumer, provider and operator; revocation; end of use and disposal. */
@Tag(name = "grants", description = "Grants (授权) created by approved applications")
@RestController
@RequestMapping("/api/v1/grants")
class GrantApiController {

    static final String READERS = ApplicationApiController.READERS;
    static final String REVOKERS = "hasAnyRole('ORG_APPROVER','PLATFORM_OPERATOR')";

    private final Grants grants;

    GrantApiController(Grants grants) {
        this.grants = grants;
    }

    /** A reason. */
    record ReasonRequest(String reason) {
    }

    /** How and when the consumer disposed of the data. */
    record DisposalRequest(String method, LocalDate disposedOn) {
    }

    @Operation(summary = "Grants: scope=mine (consumer) | provider (on my entries) | all (operator)")
    @PreAuthorize(READERS)
    @GetMapping
    PageResponse<GrantView> list(@RequestParam(required = false) String scope,
                                 @RequestParam(required = false) String status,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size,
                                 @AuthenticationPrincipal CurrentUser me) {
        GrantStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = GrantStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw GovdxException.invalid("status", "INVALID_STATUS", status);
            }
        }
        return grants.list(scope, s, new PageRequest(page, size), me);
    }

    @Operation(summary = "One grant")
    @PreAuthorize(READERS)
    @GetMapping("/{id}")
    GrantView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return grants.get(id, me);
    }

    @Operation(summary = "Revoke a grant with a reason; the gateway stops at once")
    @PreAuthorize(REVOKERS)
    @Audited("GRANT_REVOKE")
    @PostMapping("/{id}/revoke")
    GrantView revoke(@PathVariable long id, @RequestBody(required = false) ReasonRequest body,
                     @AuthenticationPrincipal CurrentUser me) {
        return grants.revoke(id, body == null ? null : body.reason(), me);
    }

    @Operation(summary = "The consumer declares the purpose met: the grant ends")
    @PreAuthorize(ApplicationApiController.APPLICANT)
    @Audited("GRANT_END")
    @PostMapping("/{id}/end")
    GrantView end(@PathVariable long id, @RequestBody(required = false) ReasonRequest body,
                  @AuthenticationPrincipal CurrentUser me) {
        return grants.end(id, body == null ? null : body.reason(), me);
    }

    @Operation(summary = "The disposal record of an ended grant")
    @PreAuthorize(READERS)
    @GetMapping("/{id}/disposal")
    DisposalRecord disposal(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return grants.disposal(id, me)
                .orElseThrow(() -> GovdxException.notFound("NO_DISPOSAL_DUE", String.valueOf(id)));
    }

    @Operation(summary = "The consumer records how and when it disposed of the data")
    @PreAuthorize(ApplicationApiController.APPLICANT)
    @Audited("GRANT_DISPOSAL_RECORD")
    @PostMapping("/{id}/disposal")
    DisposalRecord recordDisposal(@PathVariable long id, @RequestBody(required = false) DisposalRequest body,
                                  @AuthenticationPrincipal CurrentUser me) {
        return grants.recordDisposal(id, body == null ? null : body.method(),
                body == null ? null : body.disposedOn(), me);
    }
}
