package org.govdx.demand.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.demand.DemandMatch;
import org.govdx.demand.DemandRequest;
import org.govdx.demand.DemandStatus;
import org.govdx.demand.DemandView;
import org.govdx.demand.Demands;
import org.govdx.demand.SatisfactionRate;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
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

/** The supply-demand list. */
@Tag(name = "demands", description = "Supply-demand list (供需对接清单)")
@RestController
@RequestMapping("/api/v1/demands")
class DemandApiController {

    static final String READERS =
            "hasAnyRole('ORG_DATA_USER','ORG_CATALOG_ADMIN','ORG_APPROVER','PLATFORM_OPERATOR')";
    static final String REQUESTER = "hasRole('ORG_DATA_USER')";
    static final String REQUESTER_OR_OPERATOR = "hasAnyRole('ORG_DATA_USER','PLATFORM_OPERATOR')";
    static final String PROVIDER = "hasAnyRole('ORG_CATALOG_ADMIN','ORG_APPROVER')";
    static final String OPERATOR = "hasRole('PLATFORM_OPERATOR')";

    private final Demands demands;

    DemandApiController(Demands demands) {
        this.demands = demands;
    }

    /** Assignment to a provider org. */
    record AssignRequest(Long providerOrgId) {
    }

    /** Acceptance: a commitment date and/or an existing entry. */
    record AcceptRequest(LocalDate commitDate, Long entryId) {
    }

    /** Refusal: reason and legal basis. */
    record RefuseRequest(String reason, String legalBasis) {
    }

    /** A reason. */
    record ReasonRequest(String reason) {
    }

    /** The operator's outcome; a provider org reassigns the demand. */
    record OutcomeRequest(String outcome, Long providerOrgId) {
    }

    @Operation(summary = "Post a demand; the answer carries matching published entries via /suggestions")
    @PreAuthorize(REQUESTER)
    @Audited("DEMAND_POST")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DemandView post(@RequestBody DemandRequest request, @AuthenticationPrincipal CurrentUser me) {
        return demands.post(request, me);
    }

    @Operation(summary = "Demands: scope=mine|assigned|all, optional status")
    @PreAuthorize(READERS)
    @GetMapping
    PageResponse<DemandView> list(@RequestParam(required = false) String scope,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size,
                                  @AuthenticationPrincipal CurrentUser me) {
        return demands.list(scope, status(status), new PageRequest(page, size), me);
    }

    @Operation(summary = "Published entries that may already satisfy a demand (do not collect again)")
    @PreAuthorize(READERS)
    @GetMapping("/suggestions")
    List<DemandMatch> suggestions(@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser me) {
        return demands.suggest(q, me);
    }

    @Operation(summary = "Demand satisfaction rate per provider org (fulfilled ÷ assigned)")
    @PreAuthorize("hasAnyRole('PLATFORM_OPERATOR','LEADER')")
    @GetMapping("/satisfaction")
    List<SatisfactionRate> satisfaction() {
        return demands.satisfaction();
    }

    @Operation(summary = "One demand")
    @PreAuthorize(READERS)
    @GetMapping("/{id}")
    DemandView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return demands.get(id, me);
    }

    @Operation(summary = "Assign to a provider org")
    @PreAuthorize(REQUESTER_OR_OPERATOR)
    @Audited("DEMAND_ASSIGN")
    @PostMapping("/{id}/assign")
    DemandView assign(@PathVariable long id, @RequestBody(required = false) AssignRequest body,
                      @AuthenticationPrincipal CurrentUser me) {
        return demands.assign(id, body == null ? null : body.providerOrgId(), me);
    }

    @Operation(summary = "The provider accepts: commitDate and/or entryId")
    @PreAuthorize(PROVIDER)
    @Audited("DEMAND_ACCEPT")
    @PostMapping("/{id}/accept")
    DemandView accept(@PathVariable long id, @RequestBody(required = false) AcceptRequest body,
                      @AuthenticationPrincipal CurrentUser me) {
        return demands.accept(id, body == null ? null : body.commitDate(), body == null ? null : body.entryId(), me);
    }

    @Operation(summary = "The provider refuses with reason and legal basis")
    @PreAuthorize(PROVIDER)
    @Audited("DEMAND_REFUSE")
    @PostMapping("/{id}/refuse")
    DemandView refuse(@PathVariable long id, @RequestBody(required = false) RefuseRequest body,
                      @AuthenticationPrincipal CurrentUser me) {
        return demands.refuse(id, body == null ? null : body.reason(), body == null ? null : body.legalBasis(), me);
    }

    @Operation(summary = "Escalate a refused or overdue demand to the platform operator")
    @PreAuthorize(REQUESTER)
    @Audited("DEMAND_ESCALATE")
    @PostMapping("/{id}/escalate")
    DemandView escalate(@PathVariable long id, @RequestBody(required = false) ReasonRequest body,
                        @AuthenticationPrincipal CurrentUser me) {
        return demands.escalate(id, body == null ? null : body.reason(), me);
    }

    @Operation(summary = "The operator records the coordination's outcome (providerOrgId reassigns)")
    @PreAuthorize(OPERATOR)
    @Audited("DEMAND_COORDINATE")
    @PostMapping("/{id}/coordinate")
    DemandView coordinate(@PathVariable long id, @RequestBody(required = false) OutcomeRequest body,
                          @AuthenticationPrincipal CurrentUser me) {
        return demands.coordinate(id, body == null ? null : body.outcome(), body == null ? null : body.providerOrgId(),
                me);
    }

    @Operation(summary = "Mark fulfilled once the linked entry is published and mounted")
    @PreAuthorize(READERS)
    @Audited("DEMAND_FULFIL")
    @PostMapping("/{id}/fulfil")
    DemandView fulfil(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return demands.fulfil(id, me);
    }

    @Operation(summary = "Close the demand")
    @PreAuthorize(REQUESTER_OR_OPERATOR)
    @Audited("DEMAND_CLOSE")
    @PostMapping("/{id}/close")
    DemandView close(@PathVariable long id, @RequestBody(required = false) OutcomeRequest body,
                     @AuthenticationPrincipal CurrentUser me) {
        return demands.close(id, body == null ? null : body.outcome(), me);
    }

    private static DemandStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DemandStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GovdxException.invalid("status", "INVALID_STATUS", status);
        }
    }
}
