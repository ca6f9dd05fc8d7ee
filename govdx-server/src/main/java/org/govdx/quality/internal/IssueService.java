package org.govdx.quality.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.common.SqlConditions;
import org.govdx.common.Validation;
import org.govdx.common.WorkingDays;
import org.govdx.exchange.UsageRecords;
import org.govdx.exchange.UsageView;
import org.govdx.identity.AuditLog;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.notification.Notifications;
import org.govdx.notification.Recipient;
import org.govdx.quality.IssueReportRequest;
import org.govdx.quality.IssueStatus;
import org.govdx.quality.IssueTransition;
import org.govdx.quality.IssueView;
import org.govdx.quality.OrgIssueStats;
import org.govdx.quality.QualityIssueEvent;
import org.govdx.quality.QualityIssues;
import org.govdx.quality.RuleResult;
import org.govdx.quality.Severity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of {@link QualityIssues}. */
@Service
@Transactional
class IssueService implements QualityIssues {

    /** Working days a provider has to answer an error report (政务数据共享条例 Art. 26). */
    static final int REPORT_DAYS = 10;
    private static final int MAX_TEXT = 2000;
    private static final String SYSTEM = "system";

    private final IssueStore store;
    private final CatalogEntries catalog;
    private final Orgs orgs;
    private final Notifications notifications;
    private final ObjectProvider<UsageRecords> usage;
    private final WorkingDays calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssueService(IssueStore store, CatalogEntries catalog, Orgs orgs, Notifications notifications,
                 ObjectProvider<UsageRecords> usage, WorkingDays calendar, ApplicationEventPublisher events,
                 Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.orgs = orgs;
        this.notifications = notifications;
        this.usage = usage;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return calendar.today(clock);
    }

    @Override
    public IssueView report(IssueReportRequest r, CurrentUser me) {
        Validation v = new Validation();
        CatalogEntryView entry = null;
        if (r.entryId() == null) {
            v.check(true, "entryId", "REQUIRED");
        } else {
            entry = catalog.get(r.entryId(), me);
        }
        String requestId = trim(r.requestId());
        String recordKey = trim(r.recordKey());
        String itemCode = trim(r.itemCode());
        v.check(requestId == null && recordKey == null, "requestId", "QUALITY_REPORT_CITE");
        v.check(requestId != null && requestId.length() > 100, "requestId", "TOO_LONG", 100);
        v.check(recordKey != null && recordKey.length() > 200, "recordKey", "TOO_LONG", 200);
        if (entry != null && itemCode != null) {
            v.check(entry.item(itemCode).isEmpty(), "itemCode", "UNKNOWN_ITEM", itemCode);
        }
        if (v.required(r.description(), "description")) {
            v.check(r.description().trim().length() > MAX_TEXT, "description", "TOO_LONG", MAX_TEXT);
        }
        if (entry != null && requestId != null && !requestIsMine(requestId, entry.id(), me)) {
            v.check(true, "requestId", "QUALITY_REQUEST_NOT_FOUND", requestId);
        }
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        IssueRow row = new IssueRow(0, entry.id(), entry.providerOrgId(), IssueRow.REPORT, null, IssueStatus.REPORTED,
                Severity.MEDIUM, itemCode, recordKey, requestId, r.description().trim(), me.getUsername(), me.orgId(),
                null, null, calendar.plusWorkingDays(today(), REPORT_DAYS), null, null, now, now, null, null, null);
        long id = store.insert(row);
        IssueRow saved = store.find(id).orElseThrow();
        record(saved, IssueTransition.REPORT, null, me.getUsername(), me.orgId(), me.orgCode(), null, now);
        notifications.send(List.of(Recipient.orgRole(entry.providerOrgId(), Role.ORG_CATALOG_ADMIN)),
                "QUALITY_ISSUE_REPORTED", "#" + id, entry.name(), saved.dueDate().toString(), link(id));
        AuditLog.target("quality-issue:" + id);
        return view(saved, me);
    }

    /**
     * True when the cited request is one of the reporter's org's calls on this entry. While the exchange
     * cannot answer (no usage records yet), the citation is taken as given.
     */
    private boolean requestIsMine(String requestId, long entryId, CurrentUser me) {
        UsageRecords records = usage.getIfAvailable();
        if (records == null) {
            return true;
        }
        Optional<UsageView> call;
        try {
            call = records.find(requestId);
        } catch (RuntimeException e) {
            return true;
        }
        return call.isPresent() && call.get().entryId() != null && call.get().entryId() == entryId
                && call.get().consumerOrgId() != null && orgs.scopeOf(me).contains(call.get().consumerOrgId());
    }

    @Override
    public IssueView transition(long id, IssueTransition t, String comment, CurrentUser me) {
        IssueRow issue = visible(id, me);
        if (!allowed(issue, t, me)) {
            throw GovdxException.forbidden("QUALITY_ISSUE_ACTION_NOT_ALLOWED", t.name().toLowerCase(Locale.ROOT));
        }
        if (!t.from().contains(issue.status())) {
            throw GovdxException.conflict("QUALITY_ISSUE_STATE", issue.status().name(), t.name().toLowerCase(Locale.ROOT));
        }
        String text = trim(comment);
        Validation v = new Validation();
        v.check(t.commentRequired() && text == null, "comment", "REQUIRED");
        v.check(text != null && text.length() > MAX_TEXT, "comment", "TOO_LONG", MAX_TEXT);
        v.throwIfInvalid();
        AuditLog.target("quality-issue:" + id);
        IssueRow after = move(issue, t, text, me.getUsername(), me.orgId(), me.orgCode());
        if (IssueRow.RULE.equals(issue.origin()) && t == IssueTransition.CONFIRM) {
            after = move(after, IssueTransition.CLOSE, null, me.getUsername(), me.orgId(), me.orgCode());
        }
        return view(after, me);
    }

    /** Applies one transition, records it (history, ledger fact) and tells the other side. */
    private IssueRow move(IssueRow issue, IssueTransition t, String comment, String actor, Long actorOrgId,
                          String actorOrgCode) {
        Instant now = Instant.now(clock);
        LocalDate newDue = t == IssueTransition.OVERTURN ? calendar.plusWorkingDays(today(), REPORT_DAYS) : null;
        if (!store.transition(issue.id(), issue.status(), t.to(), now, t == IssueTransition.CORRECT ? comment : null,
                t == IssueTransition.REJECT ? comment : null, newDue)) {
            throw GovdxException.conflict("QUALITY_ISSUE_STATE", issue.status().name(), t.name().toLowerCase(Locale.ROOT));
        }
        IssueRow after = store.find(issue.id()).orElseThrow();
        record(after, t, issue.status(), actor, actorOrgId, actorOrgCode, comment, now);
        notifyFor(after, t, comment);
        return after;
    }

    private void record(IssueRow issue, IssueTransition t, IssueStatus from, String actor, Long actorOrgId,
                        String actorOrgCode, String comment, Instant now) {
        store.history(issue.id(), t.name(), from, issue.status(), actor, actorOrgId, comment, now);
        String code = catalog.findLatest(issue.entryId()).map(CatalogEntryView::code).orElse(null);
        events.publishEvent(new QualityIssueEvent(t.factType(), now, actor, actorOrgCode, issue.id(), issue.entryId(),
                code, issue.origin(), issue.ruleId(), from == null ? null : from.name(), issue.status().name(), comment));
    }

    private void notifyFor(IssueRow issue, IssueTransition t, String comment) {
        String title = catalog.findLatest(issue.entryId()).map(CatalogEntryView::name).orElse("");
        String subject = "#" + issue.id();
        List<Recipient> provider = List.of(Recipient.orgRole(issue.orgId(), Role.ORG_CATALOG_ADMIN));
        List<Recipient> reporter = IssueRow.REPORT.equals(issue.origin()) ? List.of(Recipient.user(issue.reporter()))
                : List.of();
        String detail = comment == null ? "" : comment;
        switch (t) {
            case ACKNOWLEDGE, INVESTIGATE, CORRECT, REJECT -> send(reporter, "QUALITY_ISSUE_" + t.name(), subject, title,
                    detail, issue.id());
            case CONFIRM, REOPEN, CLOSE -> send(provider, "QUALITY_ISSUE_" + t.name(), subject, title, detail, issue.id());
            case CONTEST -> {
                send(List.of(Recipient.platform(Role.PLATFORM_OPERATOR)), "QUALITY_ISSUE_CONTEST", subject, title,
                        detail, issue.id());
                send(provider, "QUALITY_ISSUE_CONTEST", subject, title, detail, issue.id());
            }
            case UPHOLD, OVERTURN -> {
                List<Recipient> both = new ArrayList<>(provider);
                both.addAll(reporter);
                send(both, "QUALITY_ISSUE_" + t.name(), subject, title, detail, issue.id());
            }
            default -> {
            }
        }
    }

    private void send(List<Recipient> to, String type, String subject, String title, String detail, long id) {
        if (!to.isEmpty()) {
            notifications.send(to, type, subject, title, detail, link(id));
        }
    }

    private static String link(long id) {
        return "/quality/issues/" + id;
    }

    // ---- rule-raised issues

    /** After a successful scan: raises an issue per failing rule (or updates the open one), confirms fixed ones. */
    void afterScan(CatalogEntryView entry, long scanId, List<RuleDef> rules, List<RuleResult> results) {
        Map<Long, RuleDef> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        Instant now = Instant.now(clock);
        for (RuleResult result : results) {
            RuleDef rule = byId.get(result.ruleId());
            if (rule == null) {
                continue;
            }
            Optional<IssueRow> open = store.openForRule(rule.id());
            if (!result.passed()) {
                if (open.isPresent()) {
                    store.refresh(open.get().id(), result.failedRows(), scanId, now);
                    continue;
                }
                String description = describe(rule, result);
                IssueRow row = new IssueRow(0, entry.id(), entry.providerOrgId(), IssueRow.RULE, rule.id(),
                        IssueStatus.REPORTED, rule.severity(), rule.itemCode(), null, null, description, SYSTEM, null,
                        result.failedRows(), scanId, calendar.plusWorkingDays(today(), rule.severity().fixDays()), null,
                        null, now, now, null, null, null);
                long id = store.insert(row);
                IssueRow saved = store.find(id).orElseThrow();
                record(saved, IssueTransition.REPORT, null, SYSTEM, null, null, description, now);
                notifications.send(List.of(Recipient.orgRole(entry.providerOrgId(), Role.ORG_CATALOG_ADMIN)),
                        "QUALITY_ISSUE_RAISED", "#" + id, entry.name(), description, link(id));
            } else if (open.isPresent() && (open.get().status().awaitsProvider()
                    || open.get().status() == IssueStatus.CORRECTED)) {
                IssueRow issue = open.get();
                store.refresh(issue.id(), 0, scanId, now);
                String comment = "scan #" + scanId;
                if (issue.status() != IssueStatus.CORRECTED) {
                    // fixed without a word from the provider: the passing scan is the correction
                    issue = move(issue, IssueTransition.CORRECT, comment, SYSTEM, null, null);
                }
                issue = move(issue, IssueTransition.CONFIRM, comment, SYSTEM, null, null);
                move(issue, IssueTransition.CLOSE, comment, SYSTEM, null, null);
            }
        }
    }

    private static String describe(RuleDef rule, RuleResult result) {
        return rule.type().name() + (rule.itemCode() == null ? "" : " " + rule.itemCode()) + ": "
                + result.failedRows() + "/" + result.checkedRows()
                + String.format(Locale.ROOT, " (%.1f%% < %.1f%%)", result.ratio() * 100, rule.threshold() * 100);
    }

    // ---- reading

    @Override
    @Transactional(readOnly = true)
    public IssueView get(long id, CurrentUser viewer) {
        return view(visible(id, viewer), viewer);
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<IssueView> list(String scope, IssueStatus status, String origin, Long entryId, Boolean overdue,
                                        PageRequest page, CurrentUser viewer) {
        String s = scope == null || scope.isBlank()
                ? (viewer.hasRole(Role.PLATFORM_OPERATOR) ? "all"
                : viewer.hasRole(Role.ORG_CATALOG_ADMIN) ? "provider" : "reporter")
                : scope.trim().toLowerCase(Locale.ROOT);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(switch (s) {
            case "all" -> {
                if (!viewer.hasRole(Role.PLATFORM_OPERATOR)) {
                    throw GovdxException.forbidden("SCOPE_OPERATOR_ONLY");
                }
                yield "1 = 1";
            }
            case "provider" -> SqlConditions.in("org_id", orgs.scopeOf(viewer), params);
            case "reporter" -> SqlConditions.in("reporter_org_id", orgs.scopeOf(viewer), params);
            default -> throw GovdxException.invalid("scope", "INVALID_SCOPE", scope);
        });
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        if (origin != null && !origin.isBlank()) {
            String o = origin.trim().toUpperCase(Locale.ROOT);
            if (!o.equals(IssueRow.RULE) && !o.equals(IssueRow.REPORT)) {
                throw GovdxException.invalid("origin", "INVALID_ORIGIN", origin);
            }
            where.append(" AND origin = ?");
            params.add(o);
        }
        if (entryId != null) {
            where.append(" AND entry_id = ?");
            params.add(entryId);
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" AND due_date < ? AND status IN ('REPORTED', 'ACKNOWLEDGED', 'INVESTIGATING')");
            params.add(java.sql.Date.valueOf(today()));
        }
        List<IssueView> content = store.list(where.toString(), params, page.size(), page.offset()).stream()
                .map(r -> view(r, viewer, false)).toList();
        return new PageResponse<>(content, page.page(), page.size(), store.count(where.toString(), params));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgIssueStats> stats() {
        LocalDate today = today();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, List<Double>> ack = new LinkedHashMap<>();
        Map<Long, List<Double>> fix = new LinkedHashMap<>();
        for (IssueRow r : store.all()) {
            long[] c = counts.computeIfAbsent(r.orgId(), k -> new long[3]);
            if (r.status() == IssueStatus.CLOSED) {
                c[2]++;
            } else {
                c[0]++;
            }
            if (r.overdue(today)) {
                c[1]++;
            }
            if (r.acknowledgedAt() != null) {
                ack.computeIfAbsent(r.orgId(), k -> new ArrayList<>()).add(hours(r.createdAt(), r.acknowledgedAt()));
            }
            if (r.correctedAt() != null) {
                fix.computeIfAbsent(r.orgId(), k -> new ArrayList<>()).add(hours(r.createdAt(), r.correctedAt()));
            }
        }
        List<OrgIssueStats> out = new ArrayList<>();
        counts.forEach((orgId, c) -> {
            OrgInfo org = orgs.get(orgId);
            out.add(new OrgIssueStats(orgId, org.code(), org.name(), c[0], c[1], c[2], mean(ack.get(orgId)),
                    mean(fix.get(orgId))));
        });
        return out;
    }

    private static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes() / 60.0;
    }

    private static Double mean(List<Double> values) {
        return values == null || values.isEmpty() ? null
                : Math.round(values.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 10) / 10.0;
    }

    /** Tells the platform operator once about each overdue issue. */
    void flagOverdue() {
        for (IssueRow r : store.overdue(today())) {
            String title = catalog.findLatest(r.entryId()).map(CatalogEntryView::name).orElse("");
            notifications.sendOnce(List.of(Recipient.platform(Role.PLATFORM_OPERATOR)), "QUALITY_ISSUE_OVERDUE",
                    "#" + r.id(), title, r.dueDate().toString(), link(r.id()));
        }
    }

    private IssueRow visible(long id, CurrentUser viewer) {
        IssueRow issue = store.find(id).orElseThrow(() -> GovdxException.notFound("QUALITY_ISSUE_NOT_FOUND",
                String.valueOf(id)));
        if (!isProvider(issue, viewer) && !isReporter(issue, viewer) && !viewer.hasRole(Role.PLATFORM_OPERATOR)) {
            throw GovdxException.notFound("QUALITY_ISSUE_NOT_FOUND", String.valueOf(id));
        }
        return issue;
    }

    private boolean isProvider(IssueRow issue, CurrentUser me) {
        return me.hasRole(Role.ORG_CATALOG_ADMIN) && orgs.scopeOf(me).contains(issue.orgId());
    }

    private boolean isReporter(IssueRow issue, CurrentUser me) {
        return IssueRow.REPORT.equals(issue.origin()) && (me.getUsername().equals(issue.reporter())
                || (me.hasRole(Role.ORG_DATA_USER) && issue.reporterOrgId() != null
                && orgs.scopeOf(me).contains(issue.reporterOrgId())));
    }

    private boolean allowed(IssueRow issue, IssueTransition t, CurrentUser me) {
        boolean provider = isProvider(issue, me);
        boolean reporter = isReporter(issue, me);
        boolean operator = me.hasRole(Role.PLATFORM_OPERATOR);
        boolean ruleRaised = IssueRow.RULE.equals(issue.origin());
        return switch (t) {
            case ACKNOWLEDGE, INVESTIGATE, CORRECT, REJECT -> provider;
            case CONFIRM -> reporter || (ruleRaised && (provider || operator));
            case REOPEN -> reporter || (ruleRaised && operator);
            case CONTEST -> reporter;
            case UPHOLD, OVERTURN -> operator;
            case CLOSE -> reporter || provider || operator;
            default -> false;
        };
    }

    IssueView view(IssueRow r, CurrentUser viewer) {
        return view(r, viewer, true);
    }

    private IssueView view(IssueRow r, CurrentUser viewer, boolean withHistory) {
        CatalogEntryView entry = catalog.findLatest(r.entryId()).orElse(null);
        List<String> actions = new ArrayList<>();
        for (IssueTransition t : IssueTransition.values()) {
            if (t.from().contains(r.status()) && allowed(r, t, viewer)) {
                actions.add(t.name().toLowerCase(Locale.ROOT));
            }
        }
        String orgCode = entry == null ? null : entry.providerOrgCode();
        return new IssueView(r.id(), r.entryId(), entry == null ? null : entry.code(),
                entry == null ? null : entry.name(), r.orgId(), orgCode, r.origin(), r.ruleId(), r.status(),
                r.severity(), r.itemCode(), r.recordKey(), r.requestId(), r.description(), r.reporter(),
                r.reporterOrgId(), r.failedRows(), r.lastScanId(), r.dueDate(), r.overdue(today()), r.resolution(),
                r.rejectReason(), r.createdAt(), r.updatedAt(), r.acknowledgedAt(), r.correctedAt(), r.closedAt(),
                actions, withHistory ? store.historyOf(r.id()) : List.of());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
