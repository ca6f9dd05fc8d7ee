package org.govdx.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govdx.catalog.CatalogClassification;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryPublished;
import org.govdx.catalog.CatalogEntryRejected;
import org.govdx.catalog.CatalogEntryRequest;
import org.govdx.catalog.CatalogEntryRequest.CatalogItemRequest;
import org.govdx.catalog.CatalogEntrySubmitted;
import org.govdx.catalog.CatalogEntryVersionOpened;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogEntryWithdrawn;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.CatalogReviewDecision;
import org.govdx.catalog.CatalogReviewTask;
import org.govdx.catalog.CatalogStatus;
import org.govdx.catalog.CatalogSubmission;
import org.govdx.catalog.CatalogVersionComparison;
import org.govdx.catalog.CatalogVersionView;
import org.govdx.catalog.CatalogVersionView.CatalogHistoryEntry;
import org.govdx.catalog.MountState;
import org.govdx.catalog.MountStatusProvider;
import org.govdx.catalog.OrgMountingRate;
import org.govdx.catalog.internal.CatalogStore.EntryRow;
import org.govdx.catalog.internal.CatalogStore.VersionRow;
import org.govdx.common.GovdxException;
import org.govdx.common.Validation;
import org.govdx.common.WorkingDays;
import org.govdx.identity.AuditLog;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog's state machine and visibility rules behind {@link CatalogEntries}. */
@Service
@Transactional
class CatalogEntryService implements CatalogEntries {

    /** Review limit of a catalog change (政务数据共享条例: reviewed within 2 working days). */
    static final int REVIEW_WORKING_DAYS = 2;
    private static final Logger log = LoggerFactory.getLogger(CatalogEntryService.class);

    private final CatalogStore store;
    private final Classifications classifications;
    private final Orgs orgs;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<MountStatusProvider> mounts;
    private final Clock clock;

    CatalogEntryService(CatalogStore store, Classifications classifications, Orgs orgs, WorkingDays workingDays,
                        ApplicationEventPublisher events, ObjectProvider<MountStatusProvider> mounts, Clock clock) {
        this.store = store;
        this.classifications = classifications;
        this.orgs = orgs;
        this.workingDays = workingDays;
        this.events = events;
        this.mounts = mounts;
        this.clock = clock;
    }

    // ---- transitions ---------------------------------------------------------------------------

    @Override
    public CatalogEntryView create(CatalogEntryRequest request, CurrentUser me) {
        requireCatalogAdmin(me);
        EntryContent content = check(request, null);
        return get(createChecked(content, me, Instant.now(clock)), me);
    }

    /** Creates a checked draft; used by the API and by the import, which checks everything first. */
    long createChecked(EntryContent content, CurrentUser me, Instant now) {
        long id = createCheckedUnindexed(content, me, now).id();
        events.publishEvent(new IndexRequest(List.of(id)));
        return id;
    }

    /** A new entry's id and resource code. */
    record Created(long id, String code) {
    }

    /** Like {@link #createChecked} but leaves indexing to the caller, which indexes many entries at once. */
    Created createCheckedUnindexed(EntryContent content, CurrentUser me, Instant now) {
        String code = ResourceCodes.of(content.classification(), store.nextSequence(content.classification()));
        long id = store.insertEntry(code, me.orgId(), me.orgCode(), now);
        store.insertVersion(id, 1, CatalogStatus.DRAFT, content, now, me.getUsername());
        store.history(id, 1, "VERSION_OPENED", me.getUsername(), me.orgCode(), now, null);
        AuditLog.target("catalog:" + code);
        events.publishEvent(new CatalogEntryVersionOpened(now, me.getUsername(), me.orgCode(), id, code, 1,
                me.orgCode(), content.name()));
        return new Created(id, code);
    }

    @Override
    public CatalogEntryView update(long id, CatalogEntryRequest change, CurrentUser me) {
        EntryRow entry = editable(id, me);
        VersionRow latest = store.findVersion(id, entry.latestVersion()).orElseThrow();
        Instant now = Instant.now(clock);
        switch (entry.status()) {
            case SUBMITTED -> throw GovdxException.conflict("ENTRY_UNDER_REVIEW", entry.code());
            case WITHDRAWN -> throw GovdxException.conflict("ENTRY_WITHDRAWN", entry.code());
            default -> {
            }
        }
        CatalogEntryRequest merged = merge(latest.content(), change);
        EntryContent content = check(merged, entry.code());
        boolean everPublished = entry.publishedVersion() != null;
        boolean reclassified = !content.classification().equals(latest.content().classification());
        if (reclassified && everPublished) {
            throw GovdxException.invalid("classification", "CLASSIFICATION_FIXED", entry.code());
        }
        if (entry.status() == CatalogStatus.DRAFT) {
            String code = entry.code();
            if (reclassified) {
                // never published: the code follows the classification; the old number is not reused
                code = ResourceCodes.of(content.classification(), store.nextSequence(content.classification()));
            }
            store.updateContent(latest.id(), content, now);
            store.updateEntry(id, code, CatalogStatus.DRAFT, entry.publishedVersion(), entry.latestVersion(), null, now);
            AuditLog.target("catalog:" + code);
        } else {
            int version = entry.latestVersion() + 1;
            store.insertVersion(id, version, CatalogStatus.DRAFT, content, now, me.getUsername());
            store.updateEntry(id, entry.code(), CatalogStatus.DRAFT, entry.publishedVersion(), version, null, now);
            store.history(id, version, "VERSION_OPENED", me.getUsername(), me.orgCode(), now, null);
            events.publishEvent(new CatalogEntryVersionOpened(now, me.getUsername(), me.orgCode(), id, entry.code(),
                    version, entry.providerOrgCode(), content.name()));
        }
        events.publishEvent(new IndexRequest(List.of(id)));
        return get(id, me);
    }

    @Override
    public CatalogEntryView submit(long id, CatalogSubmission submission, CurrentUser me) {
        EntryRow entry = editable(id, me);
        if (entry.status() != CatalogStatus.DRAFT) {
            throw GovdxException.conflict(entry.status() == CatalogStatus.SUBMITTED ? "ENTRY_ALREADY_SUBMITTED"
                    : "ENTRY_NOT_DRAFT", entry.code());
        }
        Validation v = new Validation();
        CatalogSubmission s = submission == null ? new CatalogSubmission(null, null, null) : submission;
        v.check(!Boolean.TRUE.equals(s.confidentialityRiskAssessed()), "confidentialityRiskAssessed",
                "CONFIRMATION_REQUIRED");
        v.check(!Boolean.TRUE.equals(s.personalInfoImpactAssessed()), "personalInfoImpactAssessed",
                "CONFIRMATION_REQUIRED");
        String approvedBy = EntryRules.text(s.approvedBy());
        if (v.required(approvedBy, "approvedBy")) {
            v.check(approvedBy.length() > 64, "approvedBy", "TOO_LONG", 64);
        }
        v.throwIfInvalid();
        VersionRow latest = store.findVersion(id, entry.latestVersion()).orElseThrow();
        Instant now = Instant.now(clock);
        LocalDate due = workingDays.plusWorkingDays(workingDays.today(clock), REVIEW_WORKING_DAYS);
        store.markSubmitted(latest.id(), now, me.getUsername(), due, true, true, approvedBy);
        store.updateEntry(id, entry.code(), CatalogStatus.SUBMITTED, entry.publishedVersion(), entry.latestVersion(),
                null, now);
        store.history(id, latest.version(), "SUBMITTED", me.getUsername(), me.orgCode(), now, approvedBy);
        events.publishEvent(new CatalogEntrySubmitted(now, me.getUsername(), me.orgCode(), id, entry.code(),
                latest.version(), entry.providerOrgCode(), true, true, approvedBy, due));
        events.publishEvent(new IndexRequest(List.of(id)));
        return get(id, me);
    }

    @Override
    public CatalogEntryView review(long id, CatalogReviewDecision decision, CurrentUser me) {
        if (!me.hasRole(Role.PLATFORM_OPERATOR)) {
            throw GovdxException.forbidden("FORBIDDEN");
        }
        Validation v = new Validation();
        CatalogReviewDecision d = decision == null ? new CatalogReviewDecision(null, null) : decision;
        String comment = EntryRules.text(d.comment());
        v.check(d.approve() == null, "approve", "REQUIRED");
        v.check(Boolean.FALSE.equals(d.approve()) && comment == null, "comment", "REJECT_REASON_REQUIRED");
        v.check(comment != null && comment.length() > 2000, "comment", "TOO_LONG", 2000);
        EntryRow entry = store.lockEntry(id).orElseThrow(() -> notFound(id));
        AuditLog.target("catalog:" + entry.code());
        v.throwIfInvalid();
        if (entry.status() != CatalogStatus.SUBMITTED) {
            throw GovdxException.conflict("ENTRY_NOT_SUBMITTED", entry.code());
        }
        VersionRow latest = store.findVersion(id, entry.latestVersion()).orElseThrow();
        Instant now = Instant.now(clock);
        if (d.approve()) {
            if (entry.publishedVersion() != null) {
                VersionRow previous = store.findVersion(id, entry.publishedVersion()).orElseThrow();
                store.setVersionStatus(previous.id(), CatalogStatus.SUPERSEDED, now);
            }
            store.markReviewed(latest.id(), CatalogStatus.PUBLISHED, now, me.getUsername(), comment,
                    workingDays.today(clock));
            store.updateEntry(id, entry.code(), CatalogStatus.PUBLISHED, latest.version(), latest.version(), null, now);
            store.history(id, latest.version(), "APPROVED", me.getUsername(), me.orgCode(), now, comment);
            events.publishEvent(new CatalogEntryPublished(now, me.getUsername(), me.orgCode(), id, entry.code(),
                    latest.version(), entry.providerOrgCode(), latest.content().name(), latest.content().shareType(),
                    latest.content().grade(), comment));
        } else {
            store.markReviewed(latest.id(), CatalogStatus.DRAFT, now, me.getUsername(), comment, null);
            store.updateEntry(id, entry.code(), CatalogStatus.DRAFT, entry.publishedVersion(), entry.latestVersion(),
                    null, now);
            store.history(id, latest.version(), "REJECTED", me.getUsername(), me.orgCode(), now, comment);
            events.publishEvent(new CatalogEntryRejected(now, me.getUsername(), me.orgCode(), id, entry.code(),
                    latest.version(), entry.providerOrgCode(), comment));
        }
        events.publishEvent(new IndexRequest(List.of(id)));
        return get(id, me);
    }

    @Override
    public CatalogEntryView withdraw(long id, String reason, CurrentUser me) {
        EntryRow entry = editable(id, me);
        String why = EntryRules.text(reason);
        Validation v = new Validation();
        if (v.required(why, "reason")) {
            v.check(why.length() > 2000, "reason", "TOO_LONG", 2000);
        }
        v.throwIfInvalid();
        if (entry.status() == CatalogStatus.WITHDRAWN) {
            throw GovdxException.conflict("ENTRY_WITHDRAWN", entry.code());
        }
        Instant now = Instant.now(clock);
        VersionRow latest = store.findVersion(id, entry.latestVersion()).orElseThrow();
        store.setVersionStatus(latest.id(), CatalogStatus.WITHDRAWN, now);
        if (entry.publishedVersion() != null && entry.publishedVersion() != entry.latestVersion()) {
            store.setVersionStatus(store.findVersion(id, entry.publishedVersion()).orElseThrow().id(),
                    CatalogStatus.WITHDRAWN, now);
        }
        store.updateEntry(id, entry.code(), CatalogStatus.WITHDRAWN, entry.publishedVersion(), entry.latestVersion(),
                why, now);
        store.history(id, latest.version(), "WITHDRAWN", me.getUsername(), me.orgCode(), now, why);
        events.publishEvent(new CatalogEntryWithdrawn(now, me.getUsername(), me.orgCode(), id, entry.code(),
                latest.version(), entry.providerOrgCode(), why));
        events.publishEvent(new IndexRequest(List.of(id)));
        return get(id, me);
    }

    // ---- reads --------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public CatalogEntryView get(long id, CurrentUser viewer) {
        EntryRow entry = store.findEntry(id).orElseThrow(() -> notFound(id));
        Integer version = seesInternals(viewer, entry) ? Integer.valueOf(entry.latestVersion()) : entry.publishedVersion();
        if (version == null) {
            throw notFound(id);
        }
        return view(entry, store.findVersion(id, version).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public CatalogEntryView get(long id, int version, CurrentUser viewer) {
        EntryRow entry = store.findEntry(id).orElseThrow(() -> notFound(id));
        VersionRow row = store.findVersion(id, version)
                .filter(v -> seesInternals(viewer, entry) || wasPublished(v))
                .orElseThrow(() -> seesInternals(viewer, entry) || entry.publishedVersion() != null
                        ? GovdxException.notFound("CATALOG_VERSION_NOT_FOUND", entry.code(), version)
                        : notFound(id));
        return view(entry, row);
    }

    @Override
    @Transactional(readOnly = true)
    public CatalogEntryView getByCode(String code, CurrentUser viewer) {
        EntryRow entry = store.findEntryByCode(code)
                .orElseThrow(() -> GovdxException.notFound("CATALOG_ENTRY_NOT_FOUND", code));
        return get(entry.id(), viewer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogVersionView> versions(long id, CurrentUser viewer) {
        EntryRow entry = store.findEntry(id).orElseThrow(() -> notFound(id));
        boolean internals = seesInternals(viewer, entry);
        if (!internals && entry.publishedVersion() == null) {
            throw notFound(id);
        }
        Map<Integer, List<CatalogHistoryEntry>> history = store.historyOf(id);
        List<CatalogVersionView> versions = new ArrayList<>();
        for (VersionRow v : store.versionsOf(id)) {
            if (internals || wasPublished(v)) {
                versions.add(new CatalogVersionView(v.version(), v.status(), v.content().name(), v.createdAt(),
                        v.createdBy(), v.submittedAt(), v.reviewDue(), v.publishedAt(),
                        history.getOrDefault(v.version(), List.of())));
            }
        }
        return versions;
    }

    @Override
    @Transactional(readOnly = true)
    public CatalogVersionComparison compare(long id, int from, int to, CurrentUser viewer) {
        CatalogEntryView a = get(id, from, viewer);
        CatalogEntryView b = get(id, to, viewer);
        return VersionDiff.compare(from, content(a), to, content(b));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogEntryView> find(long id) {
        return store.findEntry(id).filter(e -> e.publishedVersion() != null)
                .map(e -> view(e, store.findVersion(id, e.publishedVersion()).orElseThrow()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogEntryView> findByCode(String code) {
        return store.findEntryByCode(code).flatMap(e -> find(e.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogEntryView> findLatest(long id) {
        return store.findEntry(id).map(e -> view(e, store.findVersion(id, e.latestVersion()).orElseThrow()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogItemView> publishedItems(long id) {
        return find(id).filter(CatalogEntryView::applicable).map(CatalogEntryView::items).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogReviewTask> reviewQueue() {
        LocalDate today = workingDays.today(clock);
        List<VersionRow> submitted = store.submitted();
        Map<Long, EntryRow> entries = store.entries(submitted.stream().map(VersionRow::entryId).toList()).stream()
                .collect(Collectors.toMap(EntryRow::id, Function.identity()));
        Map<Long, String> orgNames = orgNames();
        List<CatalogReviewTask> tasks = new ArrayList<>();
        for (VersionRow v : submitted) {
            EntryRow e = entries.get(v.entryId());
            boolean overdue = today.isAfter(v.reviewDue());
            int left = overdue ? -workingDays.workingDaysBetween(v.reviewDue(), today)
                    : workingDays.workingDaysBetween(today, v.reviewDue());
            tasks.add(new CatalogReviewTask(e.id(), e.code(), v.content().name(), v.version(), v.version() > 1,
                    e.providerOrgCode(), orgNames.get(e.providerOrgId()), v.submittedAt(), v.submittedBy(),
                    v.approvedBy(), v.reviewDue(), overdue, left));
        }
        tasks.sort(Comparator.comparing(CatalogReviewTask::reviewDue).thenComparing(CatalogReviewTask::submittedAt));
        return tasks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogClassification> classifications() {
        return classifications.all();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgMountingRate> mountingRates() {
        Map<Long, List<Long>> published = store.publishedEntriesByProvider();
        MountStatusProvider provider = mounts.getIfAvailable();
        List<OrgMountingRate> rates = new ArrayList<>();
        for (OrgInfo org : orgs.all()) {
            List<Long> ids = published.getOrDefault(org.id(), List.of());
            if (ids.isEmpty()) {
                continue;
            }
            Map<Long, MountState> states = provider == null ? Map.of() : provider.statesOf(ids);
            int mounted = (int) states.values().stream().filter(MountState::mounted).count();
            int broken = (int) states.values().stream()
                    .filter(s -> MountState.BROKEN_STATUS.equals(s.status())).count();
            rates.add(new OrgMountingRate(org.id(), org.code(), org.name(), ids.size(), mounted, broken,
                    (double) mounted / ids.size()));
        }
        rates.sort(Comparator.comparing(OrgMountingRate::orgCode));
        return rates;
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The entry, locked, when the caller is a catalog admin of its provider; 404 to those who may not see it. */
    private EntryRow editable(long id, CurrentUser me) {
        EntryRow entry = store.lockEntry(id).orElseThrow(() -> notFound(id));
        if (!seesInternals(me, entry) && entry.publishedVersion() == null) {
            throw notFound(id);
        }
        AuditLog.target("catalog:" + entry.code());
        if (!me.hasRole(Role.ORG_CATALOG_ADMIN) || me.orgId() != entry.providerOrgId()) {
            throw GovdxException.forbidden("NOT_ENTRY_PROVIDER", entry.code());
        }
        return entry;
    }

    static void requireCatalogAdmin(CurrentUser me) {
        if (!me.hasRole(Role.ORG_CATALOG_ADMIN)) {
            throw GovdxException.forbidden("FORBIDDEN");
        }
    }

    /** The provider org's own users and the platform operator see drafts and submissions. */
    boolean seesInternals(CurrentUser viewer, EntryRow entry) {
        return seesInternals(viewer, entry.providerOrgId());
    }

    static boolean seesInternals(CurrentUser viewer, long providerOrgId) {
        return viewer != null && (viewer.hasRole(Role.PLATFORM_OPERATOR) || viewer.orgId() == providerOrgId);
    }

    private static boolean wasPublished(VersionRow v) {
        return v.publishedAt() != null;
    }

    private EntryContent check(CatalogEntryRequest request, String selfCode) {
        EntryRules.Result result = EntryRules.check(request, classifications::find, store::codeExists, selfCode);
        if (!result.valid()) {
            throw GovdxException.invalid(result.problems());
        }
        return result.content();
    }

    /** Checks a request without saving; the import collects the problems of every row this way. */
    EntryRules.Result checkOnly(CatalogEntryRequest request) {
        return EntryRules.check(request, classifications::find, store::codeExists, null);
    }

    private static GovdxException notFound(long id) {
        return GovdxException.notFound("CATALOG_ENTRY_NOT_FOUND", String.valueOf(id));
    }

    /** The current content as a request, overlaid with the non-null fields of the change. */
    static CatalogEntryRequest merge(EntryContent c, CatalogEntryRequest change) {
        CatalogEntryRequest x = change == null ? new CatalogEntryRequest(null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null) : change;
        return new CatalogEntryRequest(
                or(x.name(), c.name()), or(x.summary(), c.summary()), or(x.classification(), c.classification()),
                or(x.format(), name(c.format())), or(x.shareType(), name(c.shareType())),
                or(x.shareCondition(), c.shareCondition()), or(x.legalBasis(), c.legalBasis()),
                or(x.shareMode(), name(c.shareMode())), or(x.openType(), name(c.openType())),
                or(x.openCondition(), c.openCondition()), or(x.updateCycle(), name(c.updateCycle())),
                or(x.grade(), name(c.grade())), x.tags() != null ? x.tags() : c.tags(),
                x.relatedCodes() != null ? x.relatedCodes() : c.relatedCodes(),
                x.items() != null ? x.items() : c.items().stream().map(CatalogEntryService::itemRequest).toList());
    }

    static CatalogItemRequest itemRequest(CatalogItemView i) {
        return new CatalogItemRequest(i.code(), i.name(), i.dataType().name(), i.length(), i.description(),
                i.grade().name(), i.maskingRule().name(), i.maskingParams(), i.key());
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static EntryContent content(CatalogEntryView v) {
        return new EntryContent(v.name(), v.summary(), v.classification(), v.format(), v.shareType(),
                v.shareCondition(), v.legalBasis(), v.shareMode(), v.openType(), v.openCondition(), v.updateCycle(),
                v.grade(), v.tags(), v.relatedCodes(), v.items());
    }

    /** The given versions (entry id → version) as views, in the order given, without mount status. */
    @Transactional(readOnly = true)
    public List<CatalogEntryView> viewsOf(Map<Long, Integer> versions) {
        Map<Long, EntryRow> rows = store.entries(versions.keySet()).stream()
                .collect(Collectors.toMap(EntryRow::id, Function.identity()));
        Map<Long, VersionRow> loaded = store.versionsFor(versions);
        Map<Long, String> names = orgNames();
        List<CatalogEntryView> views = new ArrayList<>();
        for (Long id : versions.keySet()) {
            EntryRow e = rows.get(id);
            VersionRow v = loaded.get(id);
            if (e != null && v != null) {
                views.add(view(e, v, names.get(e.providerOrgId()), MountState.UNMOUNTED));
            }
        }
        return views;
    }

    Map<Long, String> orgNames() {
        return orgs.all().stream().collect(Collectors.toMap(OrgInfo::id, OrgInfo::name));
    }

    MountState mountOf(long id) {
        MountStatusProvider provider = mounts.getIfAvailable();
        if (provider == null) {
            return MountState.UNMOUNTED;
        }
        try {
            MountState state = provider.stateOf(id);
            return state == null ? MountState.UNMOUNTED : state;
        } catch (RuntimeException e) {
            log.warn("Mount status of catalog entry {} unavailable: {}", id, e.toString());
            return new MountState(MountState.BROKEN_STATUS, "MOUNT_STATUS_UNAVAILABLE");
        }
    }

    CatalogEntryView view(EntryRow e, VersionRow v) {
        return view(e, v, orgs.get(e.providerOrgId()).name(), mountOf(e.id()));
    }

    CatalogEntryView view(EntryRow e, VersionRow v, String providerName, MountState mount) {
        EntryContent c = v.content();
        CatalogStatus status = v.status();
        boolean overdue = status == CatalogStatus.SUBMITTED && v.reviewDue() != null
                && workingDays.today(clock).isAfter(v.reviewDue());
        return new CatalogEntryView(e.id(), e.code(), v.version(), status, e.publishedVersion(), e.latestVersion(),
                c.name(), c.summary(), c.classification(), classifications.name(c.classification()), c.format(),
                c.shareType(), c.shareCondition(), c.legalBasis(), c.shareMode(), c.openType(), c.openCondition(),
                c.updateCycle(), c.grade(), c.tags(), c.relatedCodes(), e.providerOrgId(), e.providerOrgCode(),
                providerName, v.publishDate(), v.createdAt(), v.updatedAt(), v.submittedAt(), v.reviewDue(), overdue,
                v.confidentialityRiskAssessed(), v.personalInfoImpactAssessed(), v.approvedBy(), v.reviewComment(),
                e.withdrawReason(), mount, c.items());
    }
}
