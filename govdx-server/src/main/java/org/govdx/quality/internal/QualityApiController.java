package org.govdx.quality.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.quality.IssueReportRequest;
import org.govdx.quality.IssueStatus;
import org.govdx.quality.IssueTransition;
import org.govdx.quality.IssueTransitionRequest;
import org.govdx.quality.IssueView;
import org.govdx.quality.OrgIssueStats;
import org.govdx.quality.QualityIssues;
import org.govdx.quality.QualityRuleRequest;
import org.govdx.quality.QualityRuleView;
import org.govdx.quality.QualityRules;
import org.govdx.quality.QualityScans;
import org.govdx.quality.ScanView;
import org.govdx.quality.ScoreReport;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Data quality: rules, scans, scores and issues. */
@Tag(name = "quality", description = "Data quality (数据质量): rules, scans, scores, issues and error reports (纠错)")
@RestController
@RequestMapping("/api/v1/quality")
class QualityApiController {

    /** The provider's catalog admins and the platform operator manage rules and see scans. */
    static final String MANAGERS = "hasAnyRole('ORG_CATALOG_ADMIN','PLATFORM_OPERATOR')";
    /** Scores are for everyone who works with the catalog. */
    static final String SCORE_READERS = "hasAnyRole('SYS_ADMIN','SEC_ADMIN','PLATFORM_OPERATOR','ORG_CATALOG_ADMIN',"
            + "'ORG_APPROVER','ORG_DATA_USER','LEADER')";
    /** Issues concern providers, reporters (data users) and the operator. */
    static final String ISSUE_PARTIES = "hasAnyRole('ORG_CATALOG_ADMIN','ORG_DATA_USER','PLATFORM_OPERATOR')";
    static final String REPORTERS = "hasAnyRole('ORG_DATA_USER','PLATFORM_OPERATOR')";
    static final String SUPERVISORS = "hasAnyRole('PLATFORM_OPERATOR','LEADER')";

    private final QualityRules rules;
    private final QualityScans scans;
    private final QualityIssues issues;

    QualityApiController(QualityRules rules, QualityScans scans, QualityIssues issues) {
        this.rules = rules;
        this.scans = scans;
        this.issues = issues;
    }

    /** A scan request. */
    record ScanRequest(Long entryId, Integer timeLimitSeconds) {
    }

    /** An entry to propose rules for. */
    record EntryRequest(Long entryId) {
    }

    @Operation(summary = "Add a rule to a mounted entry")
    @PreAuthorize(MANAGERS)
    @Audited("QUALITY_RULE_CREATE")
    @PostMapping("/rules")
    @ResponseStatus(HttpStatus.CREATED)
    QualityRuleView createRule(@RequestBody(required = false) QualityRuleRequest body,
                               @AuthenticationPrincipal CurrentUser me) {
        return rules.create(body == null ? new QualityRuleRequest(null, null, null, null, null, null, null, null) : body,
                me);
    }

    @Operation(summary = "Propose rules from the entry's items and add those missing")
    @PreAuthorize(MANAGERS)
    @Audited("QUALITY_RULE_PREFILL")
    @PostMapping("/rules/prefill")
    List<QualityRuleView> prefill(@RequestBody(required = false) EntryRequest body,
                                  @AuthenticationPrincipal CurrentUser me) {
        return rules.prefill(required(body == null ? null : body.entryId()), me);
    }

    @Operation(summary = "The rules of an entry")
    @PreAuthorize(MANAGERS)
    @GetMapping("/rules")
    List<QualityRuleView> listRules(@RequestParam(required = false) Long entryId,
                                    @AuthenticationPrincipal CurrentUser me) {
        return rules.ofEntry(required(entryId), me);
    }

    @Operation(summary = "One rule")
    @PreAuthorize(MANAGERS)
    @GetMapping("/rules/{id}")
    QualityRuleView getRule(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return rules.get(id, me);
    }

    @Operation(summary = "Change a rule (null fields keep their value)")
    @PreAuthorize(MANAGERS)
    @Audited("QUALITY_RULE_UPDATE")
    @PutMapping("/rules/{id}")
    QualityRuleView updateRule(@PathVariable long id, @RequestBody(required = false) QualityRuleRequest body,
                               @AuthenticationPrincipal CurrentUser me) {
        return rules.update(id, body == null ? new QualityRuleRequest(null, null, null, null, null, null, null, null)
                : body, me);
    }

    @Operation(summary = "Delete a rule")
    @PreAuthorize(MANAGERS)
    @Audited("QUALITY_RULE_DELETE")
    @DeleteMapping("/rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRule(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        rules.delete(id, me);
    }

    @Operation(summary = "Scan an entry now: 202 with the scan (RUNNING); poll GET /scans/{id}")
    @PreAuthorize(MANAGERS)
    @Audited("QUALITY_SCAN_START")
    @PostMapping("/scans")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ScanView startScan(@RequestBody(required = false) ScanRequest body, @AuthenticationPrincipal CurrentUser me) {
        return scans.start(required(body == null ? null : body.entryId()), body == null ? null : body.timeLimitSeconds(),
                me);
    }

    @Operation(summary = "Scans, newest first: of one entry, or of the caller's org (operator: all)")
    @PreAuthorize(MANAGERS)
    @GetMapping("/scans")
    PageResponse<ScanView> listScans(@RequestParam(required = false) Long entryId,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size,
                                     @AuthenticationPrincipal CurrentUser me) {
        return scans.list(entryId, new PageRequest(page, size), me);
    }

    @Operation(summary = "One scan with its results, samples and scores")
    @PreAuthorize(MANAGERS)
    @GetMapping("/scans/{id}")
    ScanView getScan(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return scans.get(id, me);
    }

    @Operation(summary = "Scores: entryId, or orgId (default: the caller's org); trend by period=week|quarter")
    @PreAuthorize(SCORE_READERS)
    @GetMapping("/scores")
    ScoreReport scores(@RequestParam(required = false) Long orgId, @RequestParam(required = false) Long entryId,
                       @RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser me) {
        return scans.scores(orgId, entryId, period, me);
    }

    @Operation(summary = "Report an error in received data (纠错): entryId, requestId or recordKey, itemCode, description")
    @PreAuthorize(REPORTERS)
    @Audited("QUALITY_ISSUE_REPORT")
    @PostMapping("/issues")
    @ResponseStatus(HttpStatus.CREATED)
    IssueView report(@RequestBody(required = false) IssueReportRequest body, @AuthenticationPrincipal CurrentUser me) {
        return issues.report(body == null ? new IssueReportRequest(null, null, null, null, null) : body, me);
    }

    @Operation(summary = "Issues: scope=provider|reporter|all, status, origin=RULE|REPORT, entryId, overdue")
    @PreAuthorize(ISSUE_PARTIES)
    @GetMapping("/issues")
    PageResponse<IssueView> listIssues(@RequestParam(required = false) String scope,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(required = false) String origin,
                                       @RequestParam(required = false) Long entryId,
                                       @RequestParam(required = false) Boolean overdue,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size,
                                       @AuthenticationPrincipal CurrentUser me) {
        return issues.list(scope, status(status), origin, entryId, overdue, new PageRequest(page, size), me);
    }

    @Operation(summary = "Issue handling per provider org: open, overdue, hours to acknowledge and to fix")
    @PreAuthorize(SUPERVISORS)
    @GetMapping("/issues/stats")
    List<OrgIssueStats> issueStats() {
        return issues.stats();
    }

    @Operation(summary = "One issue with its history and the actions open to the caller")
    @PreAuthorize(ISSUE_PARTIES)
    @GetMapping("/issues/{id}")
    IssueView getIssue(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
        return issues.get(id, me);
    }

    @Operation(summary = "Move an issue: acknowledge, investigate, correct, reject, confirm, reopen, contest, "
            + "uphold, overturn, close; body {\"comment\"}")
    @PreAuthorize(ISSUE_PARTIES)
    @Audited("QUALITY_ISSUE_TRANSITION")
    @PostMapping("/issues/{id}/{transition}")
    IssueView transition(@PathVariable long id, @PathVariable String transition,
                         @RequestBody(required = false) IssueTransitionRequest body,
                         @AuthenticationPrincipal CurrentUser me) {
        IssueTransition t = IssueTransition.parse(transition)
                .orElseThrow(() -> GovdxException.notFound("QUALITY_UNKNOWN_TRANSITION", transition));
        return issues.transition(id, t, body == null ? null : body.comment(), me);
    }

    private static long required(Long entryId) {
        if (entryId == null) {
            throw GovdxException.invalid("entryId", "REQUIRED");
        }
        return entryId;
    }

    private static IssueStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return IssueStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GovdxException.invalid("status", "INVALID_STATUS", status);
        }
    }
}
