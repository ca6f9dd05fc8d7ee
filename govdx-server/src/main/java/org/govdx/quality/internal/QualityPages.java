package org.govdx.quality.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.common.FormErrors;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.identity.Audited;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.quality.EntryScore;
import org.govdx.quality.IssueReportRequest;
import org.govdx.quality.IssueStatus;
import org.govdx.quality.IssueTransition;
import org.govdx.quality.IssueView;
import org.govdx.quality.QualityIssues;
import org.govdx.quality.QualityRuleRequest;
import org.govdx.quality.QualityRules;
import org.govdx.quality.QualityScans;
import org.govdx.quality.RuleType;
import org.govdx.quality.ScanView;
import org.govdx.quality.ScoreReport;
import org.govdx.quality.ScoreTrendPoint;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Data quality pages: the overview (own org, city-wide for the operator), an org's scores and trend, an
 * entry's scores, history, latest results with samples and rule editor, the issue board and an issue's
 * page with its actions, and the error report (纠错) form that grant and usage pages link to.
 */
@Controller
@RequestMapping("/quality")
class QualityPages {

    private final QualityRules rules;
    private final QualityScans scans;
    private final QualityIssues issues;
    private final EntryAccess access;
    private final CatalogEntries catalog;
    private final Orgs orgs;
    private final FormErrors formErrors;

    QualityPages(QualityRules rules, QualityScans scans, QualityIssues issues, EntryAccess access,
                 CatalogEntries catalog, Orgs orgs, FormErrors formErrors) {
        this.rules = rules;
        this.scans = scans;
        this.issues = issues;
        this.access = access;
        this.catalog = catalog;
        this.orgs = orgs;
        this.formErrors = formErrors;
    }

    /** Points of an SVG polyline (600 × 160) of the overall score over the trend. */
    static String chart(List<ScoreTrendPoint> trend) {
        List<String> points = new ArrayList<>();
        int n = trend.size();
        for (int i = 0; i < n; i++) {
            Double overall = trend.get(i).scores().overall();
            if (overall == null) {
                continue;
            }
            double x = n == 1 ? 300 : 20 + 560.0 * i / (n - 1);
            double y = 150 - 140 * overall / 100.0;
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return String.join(" ", points);
    }

    @GetMapping
    @PreAuthorize(QualityApiController.SCORE_READERS)
    String overview(@RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser me,
                    Model model) {
        String p = "quarter".equals(period) ? "quarter" : "week";
        ScoreReport mine = scans.scores(me.orgId(), null, p, me);
        model.addAttribute("report", mine);
        model.addAttribute("points", chart(mine.trend()));
        model.addAttribute("period", p);
        if (me.hasAnyRole(Role.PLATFORM_OPERATOR, Role.LEADER)) {
            List<Map<String, Object>> city = new ArrayList<>();
            for (OrgInfo org : orgs.all()) {
                if (org.type() != OrgType.DEPARTMENT) {
                    continue;
                }
                ScoreReport r = scans.scores(org.id(), null, p, me);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("org", org);
                row.put("report", r);
                city.add(row);
            }
            model.addAttribute("city", city);
            model.addAttribute("stats", issues.stats());
        }
        return "quality/overview";
    }

    @GetMapping("/orgs/{id}")
    @PreAuthorize(QualityApiController.SCORE_READERS)
    String org(@PathVariable long id, @RequestParam(required = false) String period,
               @AuthenticationPrincipal CurrentUser me, Model model) {
        OrgInfo org = orgs.all().stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow(() -> GovdxException.notFound("ORG_NOT_FOUND", String.valueOf(id)));
        String p = "quarter".equals(period) ? "quarter" : "week";
        ScoreReport report = scans.scores(id, null, p, me);
        model.addAttribute("org", org);
        model.addAttribute("report", report);
        model.addAttribute("points", chart(report.trend()));
        model.addAttribute("period", p);
        return "quality/org";
    }

    @GetMapping("/entries/{id}")
    @PreAuthorize(QualityApiController.SCORE_READERS)
    String entry(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        CatalogEntryView entry = catalog.get(id, me);
        ScoreReport report = scans.scores(null, id, "week", me);
        boolean manage = access.canManage(entry, me);
        model.addAttribute("entry", entry);
        model.addAttribute("report", report);
        model.addAttribute("current", report.entries().isEmpty() ? null : report.entries().get(0));
        model.addAttribute("manage", manage);
        if (manage) {
            List<ScanView> history = scans.list(id, new PageRequest(0, 30), me).content();
            List<ScoreTrendPoint> points = new ArrayList<>();
            for (int i = history.size() - 1; i >= 0; i--) {
                ScanView s = history.get(i);
                if (s.scores() != null) {
                    points.add(new ScoreTrendPoint(String.valueOf(s.startedAt()), 1, s.scores()));
                }
            }
            model.addAttribute("points", chart(points));
            model.addAttribute("history", history);
            model.addAttribute("latest", history.isEmpty() ? null : scans.get(history.get(0).id(), me));
            model.addAttribute("rules", rules.ofEntry(id, me));
            model.addAttribute("ruleTypes", RuleType.values());
        } else {
            model.addAttribute("points", chart(report.trend()));
        }
        return "quality/entry";
    }

    @GetMapping("/scans/{id}")
    @PreAuthorize(QualityApiController.MANAGERS)
    String scan(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        ScanView scan = scans.get(id, me);
        model.addAttribute("latest", scan);
        model.addAttribute("entry", catalog.get(scan.entryId(), me));
        return "quality/scan";
    }

    @PostMapping("/entries/{id}/rules")
    @PreAuthorize(QualityApiController.MANAGERS)
    @Audited("QUALITY_RULE_CREATE")
    String addRule(@PathVariable long id, @RequestParam(required = false) String ruleType,
                   @RequestParam(required = false) String itemCode, @RequestParam(required = false) String severity,
                   @RequestParam(required = false) Double threshold, @RequestParam(required = false) String params,
                   @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        return act("/quality/entries/" + id, locale, redirect, () -> rules.create(new QualityRuleRequest(id, ruleType,
                itemCode, null, severity, threshold, parseParams(params), true), me));
    }

    /** {@code name=value} per line; values with commas become lists for {@code items} and {@code values}. */
    static Map<String, Object> parseParams(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            if (name.equals("items") || name.equals("values")) {
                out.put(name, List.of(value.split("\\s*[,，]\\s*")));
            } else {
                out.put(name, value);
            }
        }
        return out;
    }

    @PostMapping("/rules/{id}/delete")
    @PreAuthorize(QualityApiController.MANAGERS)
    @Audited("QUALITY_RULE_DELETE")
    String deleteRule(@PathVariable long id, @RequestParam(required = false) Long entryId,
                      @AuthenticationPrincipal CurrentUser me, Locale locale, RedirectAttributes redirect) {
        return act(entryId == null ? "/quality" : "/quality/entries/" + entryId, locale, redirect, () -> {
            rules.delete(id, me);
            return null;
        });
    }

    @PostMapping("/entries/{id}/prefill")
    @PreAuthorize(QualityApiController.MANAGERS)
    @Audited("QUALITY_RULE_PREFILL")
    String prefill(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
                   RedirectAttributes redirect) {
        return act("/quality/entries/" + id, locale, redirect, () -> rules.prefill(id, me));
    }

    @PostMapping("/entries/{id}/scan")
    @PreAuthorize(QualityApiController.MANAGERS)
    @Audited("QUALITY_SCAN_START")
    String scanNow(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale,
                   RedirectAttributes redirect) {
        try {
            scans.start(id, null, me);
            redirect.addFlashAttribute("notice", formErrors.message("QUALITY_SCAN_STARTED", locale));
        } catch (GovdxException e) {
            redirect.addFlashAttribute("errors", formErrors.of(e, locale));
        }
        return "redirect:/quality/entries/" + id;
    }

    @GetMapping("/issues")
    @PreAuthorize(QualityApiController.ISSUE_PARTIES)
    String board(@RequestParam(required = false) String scope, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String origin, @RequestParam(required = false) Boolean overdue,
                 @AuthenticationPrincipal CurrentUser me, Model model) {
        String s = scope != null && !scope.isBlank() ? scope : me.hasRole(Role.PLATFORM_OPERATOR) ? "all"
                : me.hasRole(Role.ORG_CATALOG_ADMIN) ? "provider" : "reporter";
        IssueStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = IssueStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                st = null;
            }
        }
        model.addAttribute("scope", s);
        model.addAttribute("status", st == null ? "" : st.name());
        model.addAttribute("origin", origin == null ? "" : origin);
        model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
        model.addAttribute("statuses", IssueStatus.values());
        model.addAttribute("issues", issues.list(s, st, origin == null || origin.isBlank() ? null : origin, null,
                overdue, new PageRequest(0, 200), me));
        if (me.hasRole(Role.PLATFORM_OPERATOR)) {
            model.addAttribute("stats", issues.stats());
        }
        return "quality/issues";
    }

    @GetMapping("/issues/{id}")
    @PreAuthorize(QualityApiController.ISSUE_PARTIES)
    String issue(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("issue", issues.get(id, me));
        return "quality/issue";
    }

    @PostMapping("/issues/{id}/{transition}")
    @PreAuthorize(QualityApiController.ISSUE_PARTIES)
    @Audited("QUALITY_ISSUE_TRANSITION")
    String transition(@PathVariable long id, @PathVariable String transition,
                      @RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser me,
                      Locale locale, RedirectAttributes redirect) {
        IssueTransition t = IssueTransition.parse(transition)
                .orElseThrow(() -> GovdxException.notFound("QUALITY_UNKNOWN_TRANSITION", transition));
        return act("/quality/issues/" + id, locale, redirect, () -> issues.transition(id, t, comment, me));
    }

    @GetMapping("/reports/new")
    @PreAuthorize(QualityApiController.REPORTERS)
    String reportForm(@RequestParam(required = false) Long entryId, @RequestParam(required = false) String requestId,
                      @AuthenticationPrincipal CurrentUser me, Model model) {
        CatalogEntryView entry = entryId == null ? null : catalog.get(entryId, me);
        model.addAttribute("entry", entry);
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("entryId", entryId == null ? "" : entryId.toString());
            form.put("requestId", requestId == null ? "" : requestId);
            form.put("recordKey", "");
            form.put("itemCode", "");
            form.put("description", "");
            model.addAttribute("form", form);
        }
        return "quality/report";
    }

    @PostMapping("/reports")
    @PreAuthorize(QualityApiController.REPORTERS)
    @Audited("QUALITY_ISSUE_REPORT")
    String report(@RequestParam(required = false) Long entryId, @RequestParam(required = false) String requestId,
                  @RequestParam(required = false) String recordKey, @RequestParam(required = false) String itemCode,
                  @RequestParam(required = false) String description, @AuthenticationPrincipal CurrentUser me,
                  Locale locale, RedirectAttributes redirect) {
        try {
            IssueView issue = issues.report(new IssueReportRequest(entryId, requestId, recordKey, itemCode, description),
                    me);
            redirect.addFlashAttribute("notice", formErrors.message("QUALITY_REPORT_DONE", locale,
                    issue.dueDate().toString()));
            return "redirect:/quality/issues/" + issue.id();
        } catch (GovdxException e) {
            redirect.addFlashAttribute("errors", formErrors.of(e, locale));
            Map<String, String> form = new LinkedHashMap<>();
            form.put("entryId", entryId == null ? "" : entryId.toString());
            form.put("requestId", nz(requestId));
            form.put("recordKey", nz(recordKey));
            form.put("itemCode", nz(itemCode));
            form.put("description", nz(description));
            redirect.addFlashAttribute("form", form);
            return "redirect:/quality/reports/new" + (entryId == null ? "" : "?entryId=" + entryId);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String act(String target, Locale locale, RedirectAttributes redirect, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", formErrors.message("QUALITY_DONE", locale));
        } catch (GovdxException e) {
            redirect.addFlashAttribute("errors", formErrors.of(e, locale));
        }
        return "redirect:" + target;
    }
}
