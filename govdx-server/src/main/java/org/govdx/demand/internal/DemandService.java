package org.govdx.demand.internal;

import static org.govdx.demand.DemandStatus.ACCEPTED;
import static org.govdx.demand.DemandStatus.ASSIGNED;
import static org.govdx.demand.DemandStatus.CLOSED;
import static org.govdx.demand.DemandStatus.COORDINATING;
import static org.govdx.demand.DemandStatus.FULFILLED;
import static org.govdx.demand.DemandStatus.OPEN;
import static org.govdx.demand.DemandStatus.REFUSED;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogSearch;
import org.govdx.catalog.CatalogSearchQuery;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.SqlConditions;
import org.govdx.common.PageResponse;
import org.govdx.common.Validation;
import org.govdx.common.WorkingDays;
import org.govdx.demand.DemandEvent;
import org.govdx.demand.DemandMatch;
import org.govdx.demand.DemandRequest;
import org.govdx.demand.DemandStatus;
import org.govdx.demand.DemandView;
import org.govdx.demand.Demands;
import org.govdx.demand.SatisfactionRate;
import org.govdx.identity.AuditLog;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.sharing.DemandLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of {@link Demands}; also tells sharing which demands an application may name. */
@Service
@Transactional
class DemandService implements Demands, DemandLinks {

    /** Working days an assigned provider has to accept or refuse. */
    static final int ANSWER_DAYS = 10;
    private static final int MAX_TEXT = 2000;

    private final DemandStore store;
    private final CatalogEntries catalog;
    private final CatalogSearch search;
    private final Orgs orgs;
    private final WorkingDays calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemandService(DemandStore store, CatalogEntries catalog, CatalogSearch search, Orgs orgs, WorkingDays calendar,
                  ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.search = search;
        this.orgs = orgs;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return calendar.today(clock);
    }

    @Override
    public DemandView post(DemandRequest r, CurrentUser me) {
        Validation v = new Validation();
        text(v, r.title(), "title", 200, true);
        text(v, r.description(), "description", 4000, true);
        text(v, r.purpose(), "purpose", MAX_TEXT, true);
        text(v, r.scenario(), "scenario", MAX_TEXT, false);
        text(v, r.legalBasis(), "legalBasis", MAX_TEXT, false);
        String urgency = r.urgency() == null || r.urgency().isBlank() ? "NORMAL"
                : r.urgency().trim().toUpperCase(Locale.ROOT);
        v.check(!Set.of("LOW", "NORMAL", "HIGH").contains(urgency), "urgency", "INVALID_URGENCY", r.urgency());
        OrgInfo provider = r.providerOrgId() == null ? null : orgs.all().stream()
                .filter(o -> o.id().equals(r.providerOrgId())).findFirst().orElse(null);
        v.check(r.providerOrgId() != null && provider == null, "providerOrgId", "ORG_NOT_FOUND",
                String.valueOf(r.providerOrgId()));
        v.check(provider != null && provider.id() == me.orgId(), "providerOrgId", "DEMAND_OWN_ORG");
        List<String> items = r.desiredItems() == null ? List.of()
                : r.desiredItems().stream().filter(i -> i != null && !i.isBlank()).map(String::trim).distinct().toList();
        v.check(String.join("\n", items).length() > 4000, "desiredItems", "TOO_LONG", 4000);
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        long id = store.insert(r, items, urgency, me.orgId(), me.orgCode(), me.getUsername(), now);
        DemandRow d = store.find(id).orElseThrow();
        AuditLog.target("demand:" + id);
        publish("DEMAND_POSTED", d, me, null);
        if (provider != null) {
            return assign(id, provider.id(), me);
        }
        return view(d);
    }

    private static void text(Validation v, String value, String field, int max, boolean required) {
        if (required) {
            if (v.required(value, field)) {
                v.check(value.trim().length() > max, field, "TOO_LONG", max);
            }
        } else {
            v.check(value != null && value.trim().length() > max, field, "TOO_LONG", max);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public DemandView get(long id, CurrentUser viewer) {
        return view(visible(id, viewer));
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<DemandView> list(String scope, DemandStatus status, PageRequest page, CurrentUser viewer) {
        String s = scope == null || scope.isBlank()
                ? (viewer.hasRole(Role.PLATFORM_OPERATOR) ? "all" : viewer.hasRole(Role.ORG_DATA_USER) ? "mine" : "assigned")
                : scope.trim().toLowerCase(Locale.ROOT);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(switch (s) {
            case "all" -> {
                if (!viewer.hasRole(Role.PLATFORM_OPERATOR)) {
                    throw GovdxException.forbidden("SCOPE_OPERATOR_ONLY");
                }
                yield "1 = 1";
            }
            case "mine" -> SqlConditions.in("requester_org_id", orgs.scopeOf(viewer), params);
            case "assigned" -> SqlConditions.in("provider_org_id", orgs.scopeOf(viewer), params);
            default -> throw GovdxException.invalid("scope", "INVALID_SCOPE", scope);
        });
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        return store.page(where.toString(), params, page).map(this::view);
    }


    @Override
    @Transactional(readOnly = true)
    public List<DemandMatch> suggest(String text, CurrentUser viewer) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String q = text.length() > 200 ? text.substring(0, 200) : text;
        try {
            return search.search(new CatalogSearchQuery(q, null, null, null, null, null, null, List.of("PUBLISHED"),
                            0, 5), viewer).content().stream()
                    .map(h -> new DemandMatch(h.id(), h.code(), h.name(), h.providerOrgCode(), h.providerOrgName(),
                            h.shareType() == null ? null : h.shareType().name(), h.itemCount()))
                    .toList();
        } catch (GovdxException e) {
            return List.of();
        }
    }

    @Override
    public DemandView assign(long id, Long providerOrgId, CurrentUser me) {
        DemandRow d = visible(id, me);
        boolean requester = me.hasRole(Role.ORG_DATA_USER) && orgs.scopeOf(me).contains(d.requesterOrgId());
        if (!requester && !me.hasRole(Role.PLATFORM_OPERATOR)) {
            throw GovdxException.forbidden("NOT_DEMAND_REQUESTER", String.valueOf(id));
        }
        if (providerOrgId == null) {
            throw GovdxException.invalid("providerOrgId", "REQUIRED");
        }
        OrgInfo provider = orgs.get(providerOrgId);
        if (provider.id() == d.requesterOrgId()) {
            throw GovdxException.invalid("providerOrgId", "DEMAND_OWN_ORG");
        }
        Instant now = Instant.now(clock);
        LocalDate due = calendar.plusWorkingDays(today(), ANSWER_DAYS);
        if (!store.transition(id, List.of(OPEN), ASSIGNED, "provider_org_id = ?, assigned_at = ?, answer_due = ?",
                now, provider.id(), now, due)) {
            throw notIn(d);
        }
        DemandRow after = store.find(id).orElseThrow();
        publish("DEMAND_ASSIGNED", after, me, provider.code());
        return view(after);
    }

    @Override
    public DemandView accept(long id, LocalDate commitDate, Long entryId, CurrentUser me) {
        DemandRow d = asProvider(id, me);
        Validation v = new Validation();
        v.check(commitDate == null && entryId == null, "commitDate", "COMMIT_DATE_OR_ENTRY");
        v.check(commitDate != null && commitDate.isBefore(today()), "commitDate", "DATE_IN_PAST");
        CatalogEntryView entry = entryId == null ? null : catalog.findLatest(entryId).orElse(null);
        v.check(entryId != null && entry == null, "entryId", "ENTRY_NOT_FOUND", String.valueOf(entryId));
        v.check(entry != null && !orgs.scopeOf(me).contains(entry.providerOrgId()), "entryId", "ENTRY_NOT_OF_ORG",
                String.valueOf(entryId));
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        if (!store.transition(id, List.of(ASSIGNED), ACCEPTED,
                "commit_date = ?, linked_entry_id = ?, answered_at = ?", now, commitDate, entryId, now)) {
            throw notIn(d);
        }
        DemandRow after = store.find(id).orElseThrow();
        publish("DEMAND_ACCEPTED", after, me, commitDate == null ? "entry " + entryId : commitDate.toString());
        if (entryId != null && availableEntry(entryId)) {
            return fulfilNow(after, me);
        }
        return view(after);
    }

    private boolean availableEntry(long entryId) {
        return catalog.find(entryId).map(e -> e.applicable() && e.mount() != null && e.mount().mounted())
                .orElse(false);
    }

    @Override
    public DemandView refuse(long id, String reason, String legalBasis, CurrentUser me) {
        DemandRow d = asProvider(id, me);
        Validation v = new Validation();
        text(v, reason, "reason", MAX_TEXT, true);
        text(v, legalBasis, "legalBasis", MAX_TEXT, true);
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        if (!store.transition(id, List.of(ASSIGNED), REFUSED, "refuse_reason = ?, refuse_legal_basis = ?, answered_at = ?",
                now, reason.trim(), legalBasis.trim(), now)) {
            throw notIn(d);
        }
        DemandRow after = store.find(id).orElseThrow();
        publish("DEMAND_REFUSED", after, me, reason.trim());
        return view(after);
    }

    @Override
    public DemandView escalate(long id, String reason, CurrentUser me) {
        DemandRow d = visible(id, me);
        if (!me.hasRole(Role.ORG_DATA_USER) || !orgs.scopeOf(me).contains(d.requesterOrgId())) {
            throw GovdxException.forbidden("NOT_DEMAND_REQUESTER", String.valueOf(id));
        }
        Validation v = new Validation();
        text(v, reason, "reason", MAX_TEXT, true);
        v.throwIfInvalid();
        if (d.status() != REFUSED && !overdue(d)) {
            throw GovdxException.conflict("DEMAND_NOT_ESCALATABLE", d.title());
        }
        if (!store.transition(id, List.of(REFUSED, ASSIGNED, ACCEPTED), COORDINATING, "escalation_reason = ?",
                Instant.now(clock), reason.trim())) {
            throw notIn(d);
        }
        DemandRow after = store.find(id).orElseThrow();
        publish("DEMAND_ESCALATED", after, me, reason.trim());
        return view(after);
    }

    @Override
    public DemandView coordinate(long id, String outcome, Long providerOrgId, CurrentUser operator) {
        DemandRow d = store.find(id).orElseThrow(() -> notFound(id));
        Validation v = new Validation();
        text(v, outcome, "outcome", MAX_TEXT, true);
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        AuditLog.target("demand:" + id);
        boolean done;
        if (providerOrgId != null) {
            OrgInfo provider = orgs.get(providerOrgId);
            done = store.transition(id, List.of(COORDINATING), ASSIGNED, """
                    outcome = ?, provider_org_id = ?, assigned_at = ?, answer_due = ?, refuse_reason = NULL,
                    refuse_legal_basis = NULL""", now, outcome.trim(), provider.id(), now,
                    calendar.plusWorkingDays(today(), ANSWER_DAYS));
        } else {
            done = store.transition(id, List.of(COORDINATING), CLOSED, "outcome = ?, closed_at = ?", now,
                    outcome.trim(), now);
        }
        if (!done) {
            throw notIn(d);
        }
        DemandRow after = store.find(id).orElseThrow();
        publish("DEMAND_COORDINATED", after, operator, outcome.trim());
        return view(after);
    }

    @Override
    public DemandView fulfil(long id, CurrentUser me) {
        DemandRow d = visible(id, me);
        if (d.linkedEntryId() == null || !availableEntry(d.linkedEntryId())) {
            throw GovdxException.conflict("DEMAND_ENTRY_NOT_AVAILABLE", d.title());
        }
        return fulfilNow(d, me);
    }

    private DemandView fulfilNow(DemandRow d, CurrentUser me) {
        Instant now = Instant.now(clock);
        if (!store.transition(d.id(), List.of(ACCEPTED), FULFILLED, "fulfilled_at = ?", now, now)) {
            throw notIn(d);
        }
        DemandRow after = store.find(d.id()).orElseThrow();
        publish("DEMAND_FULFILLED", after, me, String.valueOf(d.linkedEntryId()));
        return view(after);
    }

    /**
     * Fulfils every accepted demand linked to the entry once it is published and mounted; returns how many.
     * Called when an entry is published or mounted; a failure never rolls back that change.
     */
    @Transactional(noRollbackFor = RuntimeException.class)
    int fulfilLinked(long entryId) {
        if (!availableEntry(entryId)) {
            return 0;
        }
        int n = 0;
        Instant now = Instant.now(clock);
        for (DemandRow d : store.list("status = 'ACCEPTED' AND linked_entry_id = ?", entryId)) {
            if (store.transition(d.id(), List.of(ACCEPTED), FULFILLED, "fulfilled_at = ?", now, now)) {
                DemandRow after = store.find(d.id()).orElseThrow();
                events.publishEvent(new DemandEvent("DEMAND_FULFILLED", now, "system", null, after.id(), after.title(),
                        after.requesterOrgId(), after.requester(), after.providerOrgId(), after.status().name(),
                        String.valueOf(entryId)));
                n++;
            }
        }
        return n;
    }

    @Override
    public DemandView close(long id, String outcome, CurrentUser me) {
        DemandRow d = visible(id, me);
        boolean requester = me.hasRole(Role.ORG_DATA_USER) && orgs.scopeOf(me).contains(d.requesterOrgId());
        if (!requester && !me.hasRole(Role.PLATFORM_OPERATOR)) {
            throw GovdxException.forbidden("NOT_DEMAND_REQUESTER", String.valueOf(id));
        }
        Validation v = new Validation();
        text(v, outcome, "outcome", MAX_TEXT, false);
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        if (!store.transition(id, List.of(OPEN, ASSIGNED, ACCEPTED, REFUSED, COORDINATING, FULFILLED), CLOSED,
                "closed_at = ?, outcome = COALESCE(?, outcome)", now, now,
                outcome == null || outcome.isBlank() ? null : outcome.trim())) {
            throw notIn(d);
        }
        DemandRow after = store.find(id).orElseThrow();
        publish("DEMAND_CLOSED", after, me, outcome);
        return view(after);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SatisfactionRate> satisfaction() {
        return store.satisfaction();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isDemandOf(long demandId, long orgId) {
        return store.find(demandId).map(d -> d.requesterOrgId() == orgId).orElse(false);
    }

    @Override
    public void answeredBy(long demandId, long applicationId, String applicationNumber, long entryId, String actor) {
        DemandRow d = store.find(demandId).orElse(null);
        if (d == null) {
            return;
        }
        store.linkApplication(demandId, applicationId, applicationNumber, entryId);
        Instant now = Instant.now(clock);
        // an existing entry satisfies the demand: do not collect again
        if (store.transition(demandId, List.of(OPEN), CLOSED,
                "closed_at = ?, outcome = ?", now, now, "APPLIED:" + applicationNumber)) {
            DemandRow after = store.find(demandId).orElseThrow();
            events.publishEvent(new DemandEvent("DEMAND_CLOSED", now, actor, after.requesterOrgCode(), after.id(),
                    after.title(), after.requesterOrgId(), after.requester(), after.providerOrgId(),
                    after.status().name(), "APPLIED:" + applicationNumber));
        }
    }

    private DemandRow visible(long id, CurrentUser viewer) {
        DemandRow d = store.find(id).orElseThrow(() -> notFound(id));
        AuditLog.target("demand:" + id);
        if (viewer.hasRole(Role.PLATFORM_OPERATOR)) {
            return d;
        }
        Set<Long> scope = orgs.scopeOf(viewer);
        if (scope.contains(d.requesterOrgId()) || (d.providerOrgId() != null && scope.contains(d.providerOrgId()))) {
            return d;
        }
        throw notFound(id);
    }

    private DemandRow asProvider(long id, CurrentUser me) {
        DemandRow d = visible(id, me);
        boolean provider = d.providerOrgId() != null && orgs.scopeOf(me).contains(d.providerOrgId())
                && me.hasAnyRole(Role.ORG_CATALOG_ADMIN, Role.ORG_APPROVER);
        if (!provider) {
            throw GovdxException.forbidden("NOT_DEMAND_PROVIDER", String.valueOf(id));
        }
        return d;
    }

    private boolean overdue(DemandRow d) {
        LocalDate today = today();
        return (d.status() == ASSIGNED && d.answerDue() != null && today.isAfter(d.answerDue()))
                || (d.status() == ACCEPTED && d.commitDate() != null && today.isAfter(d.commitDate()));
    }

    private static GovdxException notIn(DemandRow d) {
        return GovdxException.conflict("DEMAND_WRONG_STATUS", d.title(), d.status().name());
    }

    private static GovdxException notFound(long id) {
        return GovdxException.notFound("DEMAND_NOT_FOUND", String.valueOf(id));
    }

    private void publish(String type, DemandRow d, CurrentUser actor, String detail) {
        events.publishEvent(new DemandEvent(type, Instant.now(clock), actor.getUsername(), actor.orgCode(), d.id(),
                d.title(), d.requesterOrgId(), d.requester(), d.providerOrgId(), d.status().name(), detail));
    }

    DemandView view(DemandRow d) {
        return new DemandView(d.id(), d.title(), d.description(), d.desiredItems(), d.purpose(), d.scenario(),
                d.legalBasis(), d.urgency(), d.requesterOrgId(), d.requesterOrgCode(), d.requester(),
                d.providerOrgId(), d.status(), d.answerDue(), d.commitDate(), overdue(d), d.linkedEntryId(),
                d.refuseReason(), d.refuseLegalBasis(), d.escalationReason(), d.outcome(), d.applicationId(),
                d.applicationNumber(), d.createdAt(), d.updatedAt());
    }
}
