package org.govdx.sharing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ShareType;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.SqlConditions;
import org.govdx.common.PageResponse;
import org.govdx.common.Validation;
import org.govdx.identity.AuditLog;
import org.govdx.identity.ConsumerAppInfo;
import org.govdx.identity.ConsumerApps;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.ApplicationRequest;
import org.govdx.sharing.ApplicationStatus;
import org.govdx.sharing.ApplicationView;
import org.govdx.sharing.Applications;
import org.govdx.sharing.ApprovalRequest;
import org.govdx.sharing.DemandLinks;
import org.govdx.sharing.SharingEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of {@link Applications}. */
@Service
@Transactional
class ApplicationService implements Applications {

    static final String SYSTEM = "system";
    private static final int MAX_TEXT = 2000;

    private final ApplicationStore store;
    private final GrantStore grants;
    private final CatalogEntries catalog;
    private final ConsumerApps apps;
    private final Orgs orgs;
    private final Deadlines deadlines;
    private final SharingClock today;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<DemandLinks> demandLinks;
    private final JdbcClient jdbc;
    private final SharingJson json;
    private final Clock clock;

    ApplicationService(ApplicationStore store, GrantStore grants, CatalogEntries catalog, ConsumerApps apps,
                       Orgs orgs, Deadlines deadlines, SharingClock today, ApplicationEventPublisher events,
                       ObjectProvider<DemandLinks> demandLinks, JdbcClient jdbc, SharingJson json,
                       Clock clock) {
        this.store = store;
        this.grants = grants;
        this.catalog = catalog;
        this.apps = apps;
        this.orgs = orgs;
        this.deadlines = deadlines;
        this.today = today;
        this.events = events;
        this.demandLinks = demandLinks;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ApplicationView apply(ApplicationRequest r, CurrentUser me) {
        Validation v = new Validation();
        v.check(r.entryId() == null, "entryId", "REQUIRED");
        CatalogEntryView entry = r.entryId() == null ? null : catalog.find(r.entryId()).orElse(null);
        v.check(r.entryId() != null && entry == null, "entryId", "ENTRY_NOT_FOUND", String.valueOf(r.entryId()));
        Checked c = check(v, r, entry, me);
        v.throwIfInvalid();
        if (!entry.applicable()) {
            throw GovdxException.conflict("ENTRY_NOT_APPLICABLE", entry.name());
        }
        LocalDate day = today.today();
        Instant now = Instant.now(clock);
        ApplicationStatus status;
        LocalDate deadline = null;
        if (entry.shareType() == ShareType.NONE) {
            if (!coordinationOpen(entry.id(), me.orgId())) {
                throw GovdxException.conflict("ENTRY_NOT_SHARED", entry.name(),
                        nullToDash(entry.shareCondition()), nullToDash(entry.legalBasis()));
            }
            status = ApplicationStatus.COORDINATING;
        } else {
            status = ApplicationStatus.PENDING;
            if (entry.shareType() == ShareType.CONDITIONAL) {
                deadline = deadlines.answerDeadline(day);
            }
        }
        ApplicationRow a = store.insert(new NewApplication(entry.id(), entry.code(), entry.name(), entry.version(),
                entry.shareType().name(), entry.providerOrgId(), entry.providerOrgCode(), me.orgId(), me.orgCode(),
                me.getUsername(), r.appId(), c.items(), c.justifications(), r.purpose().trim(), r.scenario().trim(),
                r.legalBasis().trim(), c.modes(), c.validUntil(), r.demandId(), status, day, deadline), now);
        AuditLog.target("application:" + a.number());
        if (r.demandId() != null) {
            DemandLinks links = demandLinks.getIfAvailable();
            if (links != null) {
                links.answeredBy(r.demandId(), a.id(), a.number(), entry.id(), me.getUsername());
            }
        }
        publish("APPLICATION_SUBMITTED", a, null, me, status.name(), deadline, null);
        if (status == ApplicationStatus.COORDINATING) {
            publish("APPLICATION_COORDINATING", a, null, me, status.name(), null, null);
        }
        if (entry.shareType() == ShareType.UNCONDITIONAL) {
            // 无条件共享: the rule allows one working day; the platform answers at once
            return decideApproval(a, ApprovalRequest.asAsked(), SYSTEM, entry.providerOrgCode(), entry, now);
        }
        return view(store.find(a.id()).orElseThrow());
    }

    private record Checked(List<String> items, Map<String, String> justifications, List<AccessMode> modes,
                           LocalDate validUntil) {
    }

    /** Checks every field of a request against the entry; records all problems at once. */
    private Checked check(Validation v, ApplicationRequest r, CatalogEntryView entry, CurrentUser me) {
        text(v, r.purpose(), "purpose");
        text(v, r.scenario(), "scenario");
        text(v, r.legalBasis(), "legalBasis");
        List<String> items = r.items() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(r.items().stream().filter(i -> i != null && !i.isBlank())
                        .map(String::trim).toList()));
        v.check(items.isEmpty(), "items", "REQUIRED");
        Map<String, String> justifications = new LinkedHashMap<>();
        if (entry != null) {
            for (String code : items) {
                CatalogItemView item = entry.item(code).orElse(null);
                if (item == null) {
                    v.check(true, "items", "ITEM_NOT_IN_ENTRY", code);
                    continue;
                }
                String why = r.justifications() == null ? null : r.justifications().get(code);
                if (needsJustification(item.grade())) {
                    v.check(why == null || why.isBlank(), "justifications." + code, "JUSTIFICATION_REQUIRED",
                            item.name());
                }
                if (why != null && !why.isBlank()) {
                    v.check(why.length() > MAX_TEXT, "justifications." + code, "TOO_LONG", MAX_TEXT);
                    justifications.put(code, why.trim());
                }
            }
        }
        List<AccessMode> modes = modes(v, r.accessModes(), "accessModes");
        v.check(r.accessModes() == null || r.accessModes().isEmpty(), "accessModes", "REQUIRED");
        if (r.appId() == null) {
            v.check(true, "appId", "REQUIRED");
        } else {
            ConsumerAppInfo app = apps.find(r.appId()).orElse(null);
            v.check(app == null || app.orgId() != me.orgId(), "appId", "APP_NOT_OF_ORG", String.valueOf(r.appId()));
            v.check(app != null && app.orgId() == me.orgId() && !app.enabled(), "appId", "SHARING_APP_DISABLED", app == null ? "" : app.name());
        }
        LocalDate day = today.today();
        LocalDate max = day.plusYears(1);
        LocalDate validUntil = r.validUntil() == null ? max : r.validUntil();
        v.check(!validUntil.isAfter(day), "validUntil", "VALID_UNTIL_PAST");
        v.check(validUntil.isAfter(max), "validUntil", "VALID_UNTIL_TOO_FAR", max.toString());
        if (r.demandId() != null) {
            DemandLinks links = demandLinks.getIfAvailable();
            v.check(links != null && !links.isDemandOf(r.demandId(), me.orgId()), "demandId", "DEMAND_NOT_FOUND",
                    String.valueOf(r.demandId()));
        }
        return new Checked(items, justifications, modes, validUntil);
    }

    /** Items graded 一般数据3级 or higher, 重要数据 and 核心数据 each need their own justification. */
    static boolean needsJustification(DataGrade grade) {
        return grade != null && grade.ordinal() >= DataGrade.GENERAL_3.ordinal();
    }

    private static void text(Validation v, String value, String field) {
        if (v.required(value, field)) {
            v.check(value.trim().length() > MAX_TEXT, field, "TOO_LONG", MAX_TEXT);
        }
    }

    static List<AccessMode> modes(Validation v, List<String> raw, String field) {
        Set<AccessMode> modes = EnumSet.noneOf(AccessMode.class);
        if (raw != null) {
            for (String m : raw) {
                try {
                    modes.add(AccessMode.valueOf(m == null ? "" : m.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    v.check(true, field, "INVALID_ACCESS_MODE", m);
                }
            }
        }
        return List.copyOf(modes);
    }

    private boolean coordinationOpen(long entryId, long orgId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM sharing_coordination
                WHERE entry_id = ? AND consumer_org_id = ? AND closed_at IS NULL""")
                .params(entryId, orgId).query(Long.class).single() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public ApplicationView get(long id, CurrentUser viewer) {
        return view(visible(id, viewer));
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<ApplicationView> list(String scope, ApplicationStatus status, PageRequest page,
                                              CurrentUser viewer) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(ListScope.condition(scope, viewer, orgs.scopeOf(viewer), "a", params));
        if (status != null) {
            where.append(" AND a.status = ?");
            params.add(status.name());
        }
        return store.page(where.toString(), params, page).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationView> approvalQueue(CurrentUser approver) {
        List<Object> params = new ArrayList<>();
        String where = SqlConditions.in("a.provider_org_id", orgs.scopeOf(approver), params) + " AND a.status = 'PENDING'";
        return store.list(where, params.toArray()).stream().map(this::view)
                .sorted(Comparator.comparing(ApplicationView::overdue).reversed()
                        .thenComparing(ApplicationView::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ApplicationView::id))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationView> overdue() {
        return store.list("a.status = 'PENDING' AND a.deadline < ?", java.sql.Date.valueOf(today.today()))
                .stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationView> pendingExtensions() {
        return store.list("a.status = 'PENDING' AND a.extension_status = 'REQUESTED'").stream().map(this::view)
                .toList();
    }

    @Override
    public ApplicationView returnForSupplement(long id, List<String> missing, CurrentUser approver) {
        ApplicationRow a = decidable(id, approver);
        List<String> points = missing == null ? List.of()
                : missing.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
        Validation v = new Validation();
        v.check(points.isEmpty(), "missing", "REQUIRED");
        v.check(points.stream().anyMatch(p -> p.length() > MAX_TEXT), "missing", "TOO_LONG", MAX_TEXT);
        v.throwIfInvalid();
        if (a.returnedBy() != null) {
            throw GovdxException.conflict("ALREADY_RETURNED_ONCE", a.number());
        }
        Instant now = Instant.now(clock);
        if (!store.transition(id, ApplicationStatus.PENDING, ApplicationStatus.RETURNED,
                "returned_points = ?, returned_by = ?, returned_at = ?, deadline = NULL",
                now, jsonPoints(points), approver.getUsername(), now)) {
            throw alreadyDecided(a);
        }
        ApplicationRow after = store.find(id).orElseThrow();
        publish("APPLICATION_RETURNED", after, null, approver, after.status().name(), null, String.join("；", points));
        return view(after);
    }

    private String jsonPoints(List<String> points) {
        return json.list(points);
    }

    @Override
    public ApplicationView resubmit(long id, ApplicationRequest changes, CurrentUser me) {
        ApplicationRow a = visible(id, me);
        if (!me.hasRole(Role.ORG_DATA_USER) || !orgs.scopeOf(me).contains(a.consumerOrgId())) {
            throw GovdxException.forbidden("NOT_APPLICANT_ORG", a.number());
        }
        if (a.status() != ApplicationStatus.RETURNED) {
            throw GovdxException.conflict("NOT_RETURNED", a.number());
        }
        CatalogEntryView entry = catalog.find(a.entryId())
                .orElseThrow(() -> GovdxException.conflict("ENTRY_NOT_APPLICABLE", a.entryName()));
        ApplicationRequest c = changes == null ? new ApplicationRequest(null, null, null, null, null, null, null,
                null, null, null) : changes;
        Map<String, String> justifications = new LinkedHashMap<>(a.justifications());
        if (c.justifications() != null) {
            justifications.putAll(c.justifications());
        }
        ApplicationRequest merged = new ApplicationRequest(a.entryId(), c.items() != null ? c.items() : a.items(),
                or(c.purpose(), a.purpose()), or(c.scenario(), a.scenario()), or(c.legalBasis(), a.legalBasis()),
                c.accessModes() != null ? c.accessModes() : a.accessModes().stream().map(Enum::name).toList(),
                c.appId() != null ? c.appId() : a.appId(), c.validUntil() != null ? c.validUntil() : a.validUntil(),
                justifications, c.demandId() != null ? c.demandId() : a.demandId());
        Validation v = new Validation();
        Checked checked = check(v, merged, entry, me);
        v.throwIfInvalid();
        if (!entry.applicable()) {
            throw GovdxException.conflict("ENTRY_NOT_APPLICABLE", entry.name());
        }
        LocalDate day = today.today();
        LocalDate deadline = deadlines.answerDeadline(day);
        Instant now = Instant.now(clock);
        // the clock restarts on resubmission (一次性告知 then a fresh time limit)
        if (!store.transition(id, ApplicationStatus.RETURNED, ApplicationStatus.PENDING, """
                        items = ?, justifications = ?, purpose = ?, scenario = ?, legal_basis = ?, access_modes = ?,
                        app_id = ?, valid_until = ?, demand_id = ?, clock_start = ?, deadline = ?,
                        reminder_notified = FALSE, overdue_notified = FALSE""", now,
                SharingJson.codes(checked.items()), json.map(checked.justifications()),
                merged.purpose().trim(), merged.scenario().trim(), merged.legalBasis().trim(),
                SharingJson.codes(checked.modes()), merged.appId(), checked.validUntil(), merged.demandId(), day,
                deadline)) {
            throw GovdxException.conflict("NOT_RETURNED", a.number());
        }
        ApplicationRow after = store.find(id).orElseThrow();
        publish("APPLICATION_RESUBMITTED", after, null, me, after.status().name(), deadline, null);
        return view(after);
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    @Override
    public ApplicationView requestExtension(long id, Integer days, String reason, CurrentUser approver) {
        ApplicationRow a = decidable(id, approver);
        int max = deadlines.maxExtensionDays();
        Validation v = new Validation();
        v.check(days == null, "days", "REQUIRED");
        v.check(days != null && (days < 1 || days > max), "days", "EXTENSION_DAYS_RANGE", max);
        text(v, reason, "reason");
        v.throwIfInvalid();
        if (a.deadline() == null) {
            throw GovdxException.conflict("NO_DEADLINE", a.number());
        }
        if (!store.update(id, "extension_days = ?, extension_reason = ?, extension_status = 'REQUESTED', updated_at = ?",
                "status = 'PENDING' AND extension_status IS NULL", days, reason.trim(), Instant.now(clock))) {
            throw GovdxException.conflict("EXTENSION_ONCE", a.number());
        }
        ApplicationRow after = store.find(id).orElseThrow();
        publish("APPLICATION_EXTENSION_REQUESTED", after, null, approver, after.status().name(), after.deadline(),
                days + ": " + reason.trim());
        return view(after);
    }

    @Override
    public ApplicationView approveExtension(long id, CurrentUser operator) {
        ApplicationRow a = store.find(id).orElseThrow(() -> notFound(id));
        if (!"REQUESTED".equals(a.extensionStatus()) || a.status() != ApplicationStatus.PENDING) {
            throw GovdxException.conflict("NO_EXTENSION_REQUESTED", a.number());
        }
        LocalDate deadline = deadlines.extended(a.deadline(), a.extensionDays());
        if (!store.update(id, "extension_status = 'APPROVED', deadline = ?, reminder_notified = FALSE, "
                        + "overdue_notified = FALSE, updated_at = ?",
                "status = 'PENDING' AND extension_status = 'REQUESTED'", deadline, Instant.now(clock))) {
            throw GovdxException.conflict("NO_EXTENSION_REQUESTED", a.number());
        }
        ApplicationRow after = store.find(id).orElseThrow();
        AuditLog.target("application:" + a.number());
        publish("APPLICATION_EXTENSION_APPROVED", after, null, operator, after.status().name(), deadline,
                String.valueOf(a.extensionDays()));
        return view(after);
    }

    @Override
    public ApplicationView approve(long id, ApprovalRequest approval, CurrentUser approver) {
        ApplicationRow a = decidable(id, approver);
        CatalogEntryView entry = catalog.find(a.entryId()).orElse(null);
        if (entry == null || !entry.applicable()) {
            throw GovdxException.conflict("ENTRY_NOT_APPLICABLE", a.entryName());
        }
        return decideApproval(a, approval == null ? ApprovalRequest.asAsked() : approval, approver.getUsername(),
                approver.orgCode(), entry, Instant.now(clock));
    }

    /** Records the single approval and creates the grant, narrowed as the approver decided. */
    private ApplicationView decideApproval(ApplicationRow a, ApprovalRequest n, String actor, String actorOrg,
                                           CatalogEntryView entry, Instant now) {
        Validation v = new Validation();
        List<String> items = a.items();
        if (n.items() != null) {
            items = n.items().stream().filter(i -> i != null && !i.isBlank()).map(String::trim).distinct().toList();
            v.check(items.isEmpty(), "items", "REQUIRED");
            for (String i : items) {
                v.check(!a.items().contains(i), "items", "NOT_REQUESTED", i);
            }
        }
        Map<String, String> rowFilter = new LinkedHashMap<>();
        if (n.rowFilter() != null) {
            n.rowFilter().forEach((k, val) -> {
                v.check(entry.item(k).isEmpty(), "rowFilter." + k, "ITEM_NOT_IN_ENTRY", k);
                v.check(val == null || val.isBlank(), "rowFilter." + k, "REQUIRED");
                if (val != null && !val.isBlank()) {
                    rowFilter.put(k, val.trim());
                }
            });
        }
        List<AccessMode> modes = a.accessModes();
        if (n.accessModes() != null) {
            modes = modes(v, n.accessModes(), "accessModes");
            v.check(modes.isEmpty(), "accessModes", "REQUIRED");
            for (AccessMode m : modes) {
                v.check(!a.accessModes().contains(m), "accessModes", "NOT_REQUESTED", m.name());
            }
        }
        LocalDate day = today.today();
        LocalDate validUntil = a.validUntil();
        if (n.validUntil() != null) {
            v.check(n.validUntil().isAfter(a.validUntil()), "validUntil", "LONGER_THAN_REQUESTED",
                    a.validUntil().toString());
            v.check(!n.validUntil().isAfter(day), "validUntil", "VALID_UNTIL_PAST");
            validUntil = n.validUntil();
        }
        v.check(n.rateLimitPerMinute() != null && n.rateLimitPerMinute() < 1, "rateLimitPerMinute", "MIN_VALUE", 1);
        List<String> plainItems = n.plainItems() == null ? List.of()
                : n.plainItems().stream().filter(i -> i != null && !i.isBlank()).map(String::trim).distinct().toList();
        for (String i : plainItems) {
            v.check(!items.contains(i), "plainItems", "NOT_GRANTED_ITEM", i);
        }
        v.check(n.comment() != null && n.comment().length() > MAX_TEXT, "comment", "TOO_LONG", MAX_TEXT);
        v.throwIfInvalid();
        boolean narrowed = items.size() < a.items().size() || !rowFilter.isEmpty()
                || modes.size() < a.accessModes().size() || validUntil.isBefore(a.validUntil());
        String comment = n.comment() == null || n.comment().isBlank() ? null : n.comment().trim();
        if (!store.transition(a.id(), ApplicationStatus.PENDING, ApplicationStatus.APPROVED,
                "decided_by = ?, decided_at = ?, decision_comment = ?, deadline = NULL", now, actor, now, comment)) {
            throw alreadyDecided(a);
        }
        // 20 working days to make the data available when the entry is not mounted yet
        LocalDate supplyDeadline = entry.mount() != null && entry.mount().mounted() ? null
                : deadlines.supplyDeadline(day);
        long grantId = grants.insert(a, entry.version(), items, rowFilter, modes, n.rateLimitPerMinute(), day,
                validUntil, narrowed, comment, supplyDeadline, plainItems, now);
        ApplicationRow after = store.find(a.id()).orElseThrow();
        AuditLog.target("application:" + a.number());
        publishAs("APPLICATION_DECIDED", after, null, actor, actorOrg, "APPROVED", null, comment);
        publishAs("GRANT_CREATED", after, grantId, actor, actorOrg, "ACTIVE", validUntil,
                supplyDeadline == null ? null : "supplyDeadline=" + supplyDeadline);
        if (narrowed) {
            publishAs("GRANT_NARROWED", after, grantId, actor, actorOrg, "ACTIVE", validUntil, comment);
        }
        return view(after);
    }

    @Override
    public ApplicationView reject(long id, String reason, CurrentUser approver) {
        ApplicationRow a = decidable(id, approver);
        Validation v = new Validation();
        text(v, reason, "reason");
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        if (!store.transition(id, ApplicationStatus.PENDING, ApplicationStatus.REJECTED,
                "decided_by = ?, decided_at = ?, reject_reason = ?, deadline = NULL", now, approver.getUsername(),
                now, reason.trim())) {
            throw alreadyDecided(a);
        }
        ApplicationRow after = store.find(id).orElseThrow();
        publish("APPLICATION_DECIDED", after, null, approver, "REJECTED", null, reason.trim());
        return view(after);
    }

    @Override
    public ApplicationView withdraw(long id, CurrentUser me) {
        ApplicationRow a = visible(id, me);
        if (!me.hasRole(Role.ORG_DATA_USER) || !orgs.scopeOf(me).contains(a.consumerOrgId())) {
            throw GovdxException.forbidden("NOT_APPLICANT_ORG", a.number());
        }
        AuditLog.target("application:" + a.number());
        Instant now = Instant.now(clock);
        boolean done = false;
        for (ApplicationStatus from : List.of(ApplicationStatus.PENDING, ApplicationStatus.RETURNED,
                ApplicationStatus.COORDINATING)) {
            if (a.status() == from) {
                done = store.transition(id, from, ApplicationStatus.WITHDRAWN, "deadline = NULL", now);
            }
        }
        if (!done) {
            throw alreadyDecided(a);
        }
        ApplicationRow after = store.find(id).orElseThrow();
        publish("APPLICATION_WITHDRAWN", after, null, me, after.status().name(), null, null);
        return view(after);
    }

    @Override
    public void openCoordination(long entryId, long consumerOrgId, String note, CurrentUser operator) {
        CatalogEntryView entry = catalog.find(entryId)
                .orElseThrow(() -> GovdxException.notFound("ENTRY_NOT_FOUND", String.valueOf(entryId)));
        orgs.get(consumerOrgId);
        Validation v = new Validation();
        v.check(note != null && note.length() > MAX_TEXT, "note", "TOO_LONG", MAX_TEXT);
        v.throwIfInvalid();
        if (entry.shareType() != ShareType.NONE) {
            throw GovdxException.conflict("ENTRY_IS_SHARED", entry.name());
        }
        AuditLog.target("entry:" + entry.code());
        if (!coordinationOpen(entryId, consumerOrgId)) {
            jdbc.sql("""
                    INSERT INTO sharing_coordination (entry_id, consumer_org_id, note, opened_by, opened_at)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(entryId, consumerOrgId, note, operator.getUsername(), Timestamp.from(Instant.now(clock)))
                    .update();
        }
    }

    @Override
    public ApplicationView concludeCoordination(long id, boolean proceed, String comment, CurrentUser operator) {
        ApplicationRow a = store.find(id).orElseThrow(() -> notFound(id));
        Validation v = new Validation();
        if (!proceed) {
            text(v, comment, "comment");
        }
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        LocalDate day = today.today();
        AuditLog.target("application:" + a.number());
        boolean done = proceed
                ? store.transition(id, ApplicationStatus.COORDINATING, ApplicationStatus.PENDING,
                "clock_start = ?, deadline = ?, decision_comment = ?", now, day, deadlines.answerDeadline(day), comment)
                : store.transition(id, ApplicationStatus.COORDINATING, ApplicationStatus.REJECTED,
                "decided_by = ?, decided_at = ?, reject_reason = ?", now, operator.getUsername(), now, comment.trim());
        if (!done) {
            throw GovdxException.conflict("NOT_COORDINATING", a.number());
        }
        jdbc.sql("UPDATE sharing_coordination SET closed_at = ? WHERE entry_id = ? AND consumer_org_id = ? "
                        + "AND closed_at IS NULL")
                .params(Timestamp.from(now), a.entryId(), a.consumerOrgId()).update();
        ApplicationRow after = store.find(id).orElseThrow();
        publish(proceed ? "APPLICATION_COORDINATED" : "APPLICATION_DECIDED", after, null, operator,
                after.status().name(), after.deadline(), comment);
        return view(after);
    }

    /** The application, if the viewer's org is its consumer or provider, or the viewer is the operator. */
    ApplicationRow visible(long id, CurrentUser viewer) {
        ApplicationRow a = store.find(id).orElseThrow(() -> notFound(id));
        if (viewer.hasRole(Role.PLATFORM_OPERATOR)) {
            return a;
        }
        Set<Long> scope = orgs.scopeOf(viewer);
        if (scope.contains(a.consumerOrgId()) || scope.contains(a.providerOrgId())) {
            return a;
        }
        throw notFound(id);
    }

    /** An application the caller may decide: an ORG_APPROVER of the provider org; 404 to other orgs. */
    private ApplicationRow decidable(long id, CurrentUser approver) {
        ApplicationRow a = store.find(id).orElseThrow(() -> notFound(id));
        if (!orgs.scopeOf(approver).contains(a.providerOrgId())) {
            throw notFound(id);
        }
        if (!approver.hasRole(Role.ORG_APPROVER)) {
            throw GovdxException.forbidden("NOT_PROVIDER_APPROVER", a.number());
        }
        AuditLog.target("application:" + a.number());
        if (a.status() != ApplicationStatus.PENDING) {
            throw alreadyDecided(a);
        }
        return a;
    }

    private static GovdxException alreadyDecided(ApplicationRow a) {
        return GovdxException.conflict("APPLICATION_NOT_PENDING", a.number());
    }

    private static GovdxException notFound(long id) {
        return GovdxException.notFound("APPLICATION_NOT_FOUND", String.valueOf(id));
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private void publish(String type, ApplicationRow a, Long grantId, CurrentUser actor, String status,
                         LocalDate deadline, String detail) {
        publishAs(type, a, grantId, actor.getUsername(), actor.orgCode(), status, deadline, detail);
    }

    private void publishAs(String type, ApplicationRow a, Long grantId, String actor, String orgCode, String status,
                           LocalDate deadline, String detail) {
        events.publishEvent(new SharingEvent(type, Instant.now(clock), actor, orgCode, a.id(), a.number(), grantId,
                a.entryId(), a.entryCode(), a.entryName(), a.providerOrgId(), a.consumerOrgId(), a.applicant(),
                status, deadline, detail));
    }

    ApplicationView view(ApplicationRow a) {
        LocalDate day = today.today();
        boolean open = a.status() == ApplicationStatus.PENDING;
        return new ApplicationView(a.id(), a.number(), a.status(), a.entryId(), a.entryCode(), a.entryName(),
                a.entryVersion(), a.shareType(), a.providerOrgId(), a.providerOrgCode(), a.consumerOrgId(),
                a.consumerOrgCode(), a.applicant(), a.appId(), a.items(), a.justifications(), a.purpose(),
                a.scenario(), a.legalBasis(), a.accessModes(), a.validUntil(), a.demandId(), a.clockStart(),
                a.deadline(), open && Deadlines.overdue(a.deadline(), day),
                open ? deadlines.dueIn(a.deadline(), day) : null, a.extensionDays(), a.extensionReason(),
                a.extensionStatus(), a.returnedPoints(), a.decidedBy(), a.decidedAt(), a.decisionComment(),
                a.rejectReason(), a.grantId(), a.createdAt());
    }
}
