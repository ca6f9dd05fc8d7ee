package org.govdx.sharing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.sharing.ApplicationRequest;
import org.govdx.sharing.ApplicationStatus;
import org.govdx.sharing.ApplicationView;
import org.govdx.sharing.Applications;
import org.govdx.sharing.ApprovalRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sharing applications: apply, return, resubmit, extend, decide. */
@Tag(name = "applications", description = "Sharing applications (共享申请) and their decisions")
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationApiController {

    static final String READERS = "hasAnyRole('ORG_DATA_USER','ORG_APPROVER','PLATFORM_OPERATOR')";
    static final String APPLICANT = "hasRole('ORG_DATA_USER')";
    static final String APPROVER = "hasRole('ORG_APPROVER')";
    static final String OPERATOR = "hasRole('PLATFORM_OPERATOR')";

    private final Applications applications;

    ApplicationApiController(Applications applications) {
        this.applications = applications;
    }

    /** Returned points. */
    record ReturnRequest(List<String> missing) {
    }

    /** An extension request. */
    record ExtensionRequest(Integer days, String reason) {
    }

    /** A reason (rejection, revocation). */
    record ReasonRequest(String reason) {
    }

    /** Opens a coordination of a not-shared entry for an org. */
    record CoordinationRequest(Long entryId, Long consumerOrgId, String note) {
    }

    /** The operator's outcome of a coordination. */
    record CoordinationOutcome(Boolean proceed, String comment) {
    }

    @Operation(summary = "Apply for a published catalog entry")
    @PreAuthorize(APPLICANT)
    @Audited("APPLICATION_SUBMIT")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView apply(@RequestBody ApplicationRequest request, @AuthenticationPrincipal CurrentUser me) {
        return applications.apply(request, me);
    }

    @Operation(summary = "Applications: scope=mine|provider|all, optional status")
    @PreAuthorize(READERS)
    @GetMapping
    PageResponse<ApplicationView> list(@RequestParam(required = false) String scope,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size,
                                       @AuthenticationPrincipal CurrentUser me) {
        return applications.list(scope, status(status), new PageRequest(page, size), me);
    }

    @Operation(summary = "The approval queue of my org: overdue first, then by deadline")
    @PreAuthorize(APPROVER)
    @GetMapping("/queue")
    List<ApplicationView> queue(@AuthenticationPrincipal CurrentUser me) {
        return applications.approvalQueue(me);
    }

    @Operation(summary = "Overdue applications and extension requests, for the platform operator")
    @PreAuthorize(OPERATOR)
    @GetMapping("/overdue")
    List<ApplicationView> overdue() {
        return applications.overdue();
    }

    @Operation(summary = "One application")
    @PreAuthorize(READERS)
    @GetMapping("/{id}")
    ApplicationView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return applications.get(id, me);
    }

    @Operation(summary = "Return the application once, listing every missing point")
    @PreAuthorize(APPROVER)
    @Audited("APPLICATION_RETURN")
    @PostMapping("/{id}/return")
    ApplicationView returnIt(@PathVariable long id, @RequestBody(required = false) ReturnRequest body,
                             @AuthenticationPrincipal CurrentUser me) {
        return applications.returnForSupplement(id, body == null ? null : body.missing(), me);
    }

    @Operation(summary = "Resubmit a returned application (changed fields only); the clock restarts")
    @PreAuthorize(APPLICANT)
    @Audited("APPLICATION_RESUBMIT")
    @PostMapping("/{id}/resubmit")
    ApplicationView resubmit(@PathVariable long id, @RequestBody(required = false) ApplicationRequest body,
                             @AuthenticationPrincipal CurrentUser me) {
        return applications.resubmit(id, body, me);
    }

    @Operation(summary = "The provider asks once for up to 10 more working days")
    @PreAuthorize(APPROVER)
    @Audited("APPLICATION_EXTEND")
    @PostMapping("/{id}/extend")
    ApplicationView extend(@PathVariable long id, @RequestBody(required = false) ExtensionRequest body,
                           @AuthenticationPrincipal CurrentUser me) {
        return applications.requestExtension(id, body == null ? null : body.days(),
                body == null ? null : body.reason(), me);
    }

    @Operation(summary = "The platform operator consents to the extension")
    @PreAuthorize(OPERATOR)
    @Audited("APPLICATION_EXTEND_APPROVE")
    @PostMapping("/{id}/extend/approve")
    ApplicationView approveExtension(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return applications.approveExtension(id, me);
    }

    @Operation(summary = "Approve, optionally narrower: items, rowFilter, accessModes, validUntil, rateLimitPerMinute")
    @PreAuthorize(APPROVER)
    @Audited("APPLICATION_APPROVE")
    @PostMapping("/{id}/approve")
    ApplicationView approve(@PathVariable long id, @RequestBody(required = false) ApprovalRequest body,
                            @AuthenticationPrincipal CurrentUser me) {
        return applications.approve(id, body, me);
    }

    @Operation(summary = "Reject with a reason")
    @PreAuthorize(APPROVER)
    @Audited("APPLICATION_REJECT")
    @PostMapping("/{id}/reject")
    ApplicationView reject(@PathVariable long id, @RequestBody(required = false) ReasonRequest body,
                           @AuthenticationPrincipal CurrentUser me) {
        return applications.reject(id, body == null ? null : body.reason(), me);
    }

    @Operation(summary = "The applicant withdraws an undecided application")
    @PreAuthorize(APPLICANT)
    @Audited("APPLICATION_WITHDRAW")
    @PostMapping("/{id}/withdraw")
    ApplicationView withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return applications.withdraw(id, me);
    }

    @Operation(summary = "The operator opens a coordination of a not-shared entry for an org")
    @PreAuthorize(OPERATOR)
    @Audited("APPLICATION_COORDINATION_OPEN")
    @PostMapping("/coordinations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void openCoordination(@RequestBody(required = false) CoordinationRequest body,
                          @AuthenticationPrincipal CurrentUser me) {
        if (body == null || body.entryId() == null || body.consumerOrgId() == null) {
            throw GovdxException.invalid("entryId", "REQUIRED");
        }
        applications.openCoordination(body.entryId(), body.consumerOrgId(), body.note(), me);
    }

    @Operation(summary = "The operator records a coordination's outcome (proceed to the provider or reject)")
    @PreAuthorize(OPERATOR)
    @Audited("APPLICATION_COORDINATE")
    @PostMapping("/{id}/coordinate")
    ApplicationView coordinate(@PathVariable long id, @RequestBody(required = false) CoordinationOutcome body,
                               @AuthenticationPrincipal CurrentUser me) {
        if (body == null || body.proceed() == null) {
            throw GovdxException.invalid("proceed", "REQUIRED");
        }
        return applications.concludeCoordination(id, body.proceed(), body.comment(), me);
    }

    static ApplicationStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GovdxException.invalid("status", "INVALID_STATUS", status);
        }
    }
}
