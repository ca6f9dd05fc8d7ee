package org.govdx.sharing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.common.Validation;
import org.govdx.identity.AuditLog;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.DisposalRecord;
import org.govdx.sharing.GrantAccess;
import org.govdx.sharing.GrantRefusal;
import org.govdx.sharing.GrantStatus;
import org.govdx.sharing.GrantView;
import org.govdx.sharing.Grants;
import org.govdx.sharing.SharingEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of {@link Grants}. */
@Service
@Transactional
class GrantService implements Grants {

    private final GrantStore store;
    private final ApplicationStore applications;
    private final CatalogEntries catalog;
    private final Orgs orgs;
    private final Deadlines deadlines;
    private final SharingClock today;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GrantService(GrantStore store, ApplicationStore applications, CatalogEntries catalog, Orgs orgs,
                 Deadlines deadlines, SharingClock today, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.catalog = catalog;
        this.orgs = orgs;
        this.deadlines = deadlines;
        this.today = today;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GrantAccess> checkAccess(long appId, long entryId, AccessMode mode) {
        return checkAccess(appId, entryId, mode, today.today());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GrantAccess> checkAccess(long appId, long entryId, AccessMode mode, LocalDate day) {
        return store.activeFor(appId, entryId, day).stream()
                .filter(g -> mode == null || g.accessModes().contains(mode))
                .findFirst()
                .map(g -> new GrantAccess(g.id(), g.entryId(), g.appId(), g.consumerOrgId(), g.providerOrgId(),
                        mode, g.items(), g.rowFilter(), g.rateLimitPerMinute(), g.validUntil(), g.plainItems()));
    }

    @Override
    @Transactional(readOnly = true)
    public GrantRefusal refusal(long appId, long entryId, AccessMode mode, LocalDate day) {
        List<GrantRow> all = store.list("g.app_id = ? AND g.entry_id = ?", appId, entryId);
        if (all.isEmpty()) {
            return GrantRefusal.NO_GRANT;
        }
        boolean activeToday = all.stream().anyMatch(g -> g.status() == GrantStatus.ACTIVE
                && !g.validFrom().isAfter(day) && !g.validUntil().isBefore(day));
        if (activeToday) {
            return GrantRefusal.MODE_NOT_GRANTED;
        }
        GrantRow newest = all.get(all.size() - 1);
        return switch (newest.status()) {
            case REVOKED -> GrantRefusal.GRANT_REVOKED;
            case ENDED -> GrantRefusal.GRANT_ENDED;
            case EXPIRED -> GrantRefusal.GRANT_EXPIRED;
            default -> newest.validFrom().isAfter(day) ? GrantRefusal.GRANT_NOT_YET_VALID : GrantRefusal.GRANT_EXPIRED;
        };
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<GrantView> list(String scope, GrantStatus status, PageRequest page, CurrentUser viewer) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(ListScope.condition(scope, viewer, orgs.scopeOf(viewer), "g", params));
        if (status != null) {
            where.append(" AND g.status = ?");
            params.add(status.name());
        }
        return store.page(where.toString(), params, page).map(this::view);
    }


    @Override
    @Transactional(readOnly = true)
    public GrantView get(long id, CurrentUser viewer) {
        return view(visible(id, viewer));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GrantView> find(long id) {
        return store.find(id).map(this::view);
    }

    @Override
    public GrantView revoke(long id, String reason, CurrentUser me) {
        GrantRow g = visible(id, me);
        boolean provider = me.hasRole(Role.ORG_APPROVER) && orgs.scopeOf(me).contains(g.providerOrgId());
        if (!provider && !me.hasRole(Role.PLATFORM_OPERATOR)) {
            throw GovdxException.forbidden("NOT_PROVIDER_APPROVER", String.valueOf(id));
        }
        Validation v = new Validation();
        if (v.required(reason, "reason")) {
            v.check(reason.length() > 2000, "reason", "TOO_LONG", 2000);
        }
        v.throwIfInvalid();
        return finish(g, GrantStatus.REVOKED, "GRANT_REVOKED", me.getUsername(), me.orgCode(), reason.trim());
    }

    @Override
    public GrantView end(long id, String reason, CurrentUser me) {
        GrantRow g = visible(id, me);
        if (!me.hasRole(Role.ORG_DATA_USER) || !orgs.scopeOf(me).contains(g.consumerOrgId())) {
            throw GovdxException.forbidden("NOT_CONSUMER_ORG", String.valueOf(id));
        }
        String why = reason == null || reason.isBlank() ? "purpose met" : reason.trim();
        return finish(g, GrantStatus.ENDED, "GRANT_ENDED", me.getUsername(), me.orgCode(), why);
    }

    /** Ends an active grant, opens its disposal record and publishes the fact. */
    private GrantView finish(GrantRow g, GrantStatus status, String type, String actor, String orgCode,
                             String reason) {
        ApplicationRow a = applications.find(g.applicationId()).orElseThrow();
        AuditLog.target("grant:" + g.id());
        Instant now = Instant.now(clock);
        if (!store.end(g.id(), status, actor, reason, now)) {
            throw GovdxException.conflict("GRANT_NOT_ACTIVE", String.valueOf(g.id()));
        }
        LocalDate day = today.today();
        store.insertDisposal(g.id(), g.consumerOrgId(), now, day.plusYears(deadlines.retentionYears()));
        events.publishEvent(new SharingEvent(type, now, actor, orgCode, a.id(), a.number(), g.id(), a.entryId(),
                a.entryCode(), a.entryName(), a.providerOrgId(), a.consumerOrgId(), a.applicant(), status.name(),
                g.validUntil(), reason));
        return view(store.find(g.id()).orElseThrow());
    }

    @Override
    public DisposalRecord recordDisposal(long id, String method, LocalDate disposedOn, CurrentUser me) {
        GrantRow g = visible(id, me);
        if (!me.hasRole(Role.ORG_DATA_USER) || !orgs.scopeOf(me).contains(g.consumerOrgId())) {
            throw GovdxException.forbidden("NOT_CONSUMER_ORG", String.valueOf(id));
        }
        AuditLog.target("grant:" + id);
        Validation v = new Validation();
        if (v.required(method, "method")) {
            v.check(method.length() > 2000, "method", "TOO_LONG", 2000);
        }
        v.check(disposedOn == null, "disposedOn", "REQUIRED");
        v.check(disposedOn != null && disposedOn.isAfter(today.today()), "disposedOn", "DATE_IN_FUTURE");
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        if (!store.recordDisposal(id, method.trim(), disposedOn, me.getUsername(), now)) {
            throw GovdxException.conflict("NO_DISPOSAL_DUE", String.valueOf(id));
        }
        ApplicationRow a = applications.find(g.applicationId()).orElseThrow();
        events.publishEvent(new SharingEvent("GRANT_DISPOSAL_RECORDED", now, me.getUsername(), me.orgCode(), a.id(),
                a.number(), g.id(), a.entryId(), a.entryCode(), a.entryName(), a.providerOrgId(), a.consumerOrgId(),
                a.applicant(), g.status().name(), disposedOn, method.trim()));
        return store.disposal(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DisposalRecord> disposal(long id, CurrentUser viewer) {
        visible(id, viewer);
        return store.disposal(id);
    }

    @Override
    public int expireDue(LocalDate day) {
        int n = 0;
        for (GrantRow g : store.list("g.status = 'ACTIVE' AND g.valid_until < ?", day)) {
            if (g.status() == GrantStatus.ACTIVE) {
                try {
                    finish(g, GrantStatus.EXPIRED, "GRANT_EXPIRED", ApplicationService.SYSTEM, null,
                            "valid until " + g.validUntil());
                    n++;
                } catch (GovdxException e) {
                    // ended concurrently by another instance or request: nothing to do
                }
            }
        }
        return n;
    }

    /** Active grants ending within the warning period whose consumer was not yet told. */
    List<GrantRow> expiringUnnotified(LocalDate day) {
        return store.list("g.status = 'ACTIVE' AND g.expiry_notified = FALSE AND g.valid_until <= ?",
                day.plusDays(deadlines.expiryWarningDays()));
    }

    private GrantRow visible(long id, CurrentUser viewer) {
        GrantRow g = store.find(id)
                .orElseThrow(() -> GovdxException.notFound("GRANT_NOT_FOUND", String.valueOf(id)));
        if (viewer.hasRole(Role.PLATFORM_OPERATOR)) {
            return g;
        }
        Set<Long> scope = orgs.scopeOf(viewer);
        if (scope.contains(g.consumerOrgId()) || scope.contains(g.providerOrgId())) {
            return g;
        }
        throw GovdxException.notFound("GRANT_NOT_FOUND", String.valueOf(id));
    }

    GrantView view(GrantRow g) {
        ApplicationRow a = applications.find(g.applicationId()).orElseThrow();
        boolean supplyOverdue = false;
        if (g.supplyDeadline() != null && g.status() == GrantStatus.ACTIVE
                && today.today().isAfter(g.supplyDeadline())) {
            Optional<CatalogEntryView> entry = catalog.find(g.entryId());
            supplyOverdue = entry.map(e -> e.mount() == null || !e.mount().mounted()).orElse(true);
        }
        return new GrantView(g.id(), g.applicationId(), a.number(), g.entryId(), a.entryCode(), a.entryName(),
                g.entryVersion(), g.providerOrgId(), a.providerOrgCode(), g.consumerOrgId(), a.consumerOrgCode(),
                g.appId(), g.items(), g.rowFilter(), g.accessModes(), g.rateLimitPerMinute(), g.validFrom(),
                g.validUntil(), g.status(), g.narrowed(), g.comment(), g.supplyDeadline(), supplyOverdue, a.items(),
                a.accessModes(), a.validUntil(), g.endedAt(), g.endedBy(), g.endReason(), g.disposalStatus(),
                g.createdAt(), g.plainItems());
    }
}
