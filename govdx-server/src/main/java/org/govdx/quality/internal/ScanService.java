package org.govdx.quality.internal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.common.SqlConditions;
import org.govdx.identity.AuditLog;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.quality.EntryScore;
import org.govdx.quality.QualityScanCompleted;
import org.govdx.quality.QualityScans;
import org.govdx.quality.QualityScores;
import org.govdx.quality.RuleResult;
import org.govdx.quality.ScanStatus;
import org.govdx.quality.ScanView;
import org.govdx.quality.ScoreReport;
import org.govdx.quality.ScoreTrendPoint;
import org.govdx.source.SourceTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules of {@link QualityScans}: a scan is claimed in the database (one running scan per entry in
 * the cluster), runs on the scan threads within its time limit, and lands its results, scores and the
 * issues it raises or confirms in one transaction.
 */
@Service
class ScanService implements QualityScans {

    private static final Logger log = LoggerFactory.getLogger(ScanService.class);

    private final QualityStore store;
    private final ScanRunner runner;
    private final IssueService issues;
    private final EntryAccess access;
    private final CatalogEntries catalog;
    private final SourceTables sources;
    private final Orgs orgs;
    private final QualitySettings settings;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService executor;

    ScanService(QualityStore store, ScanRunner runner, IssueService issues, EntryAccess access,
                CatalogEntries catalog, SourceTables sources, Orgs orgs, QualitySettings settings,
                MessageSource messages, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.issues = issues;
        this.access = access;
        this.catalog = catalog;
        this.sources = sources;
        this.orgs = orgs;
        this.settings = settings;
        this.messages = messages;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        int threads = Math.max(1, settings.getScanThreads());
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "govdx-quality-scan");
                    t.setDaemon(true);
                    return t;
                });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @Override
    public ScanView start(long entryId, Integer timeLimitSeconds, CurrentUser me) {
        CatalogEntryView entry = access.managed(entryId, me);
        if (sources.mountType(entryId).isEmpty()) {
            throw GovdxException.conflict("QUALITY_NOT_MOUNTED", entry.code());
        }
        int max = (int) Math.max(1, settings.getScanTimeLimit().toSeconds());
        if (timeLimitSeconds != null && (timeLimitSeconds < 1 || timeLimitSeconds > max)) {
            throw GovdxException.invalid("timeLimitSeconds", "INVALID_TIME_LIMIT", max);
        }
        AuditLog.target("entry:" + entry.code());
        long id = launch(entry, timeLimitSeconds == null ? max : timeLimitSeconds, "MANUAL", me.getUsername());
        return view(store.scan(id).orElseThrow(), true);
    }

    /**
     * Claims the entry and starts a scan in the background; answers the new scan's id, or the running
     * scan's id when another scan of the entry holds the claim.
     */
    long launch(CatalogEntryView entry, int limitSeconds, String trigger, String actor) {
        Instant now = Instant.now(clock);
        Instant deadline = now.plusSeconds(limitSeconds);
        Long started = tx.execute(status -> {
            store.ensureState(entry.id(), null);
            long id = store.insertScan(entry.id(), entry.providerOrgId(), trigger, actor, now, limitSeconds);
            if (store.claim(entry.id(), id, now, deadline.plusSeconds(60))) {
                return id;
            }
            status.setRollbackOnly();
            return null;
        });
        if (started == null) {
            return store.runningScan(entry.id(), now).orElseThrow(() -> GovdxException.conflict("QUALITY_SCAN_BUSY",
                    entry.code()));
        }
        executor.submit(() -> execute(started, entry.id(), deadline));
        return started;
    }

    /** Runs a claimed scan to its end; whatever happens, the scan ends SUCCEEDED or FAILED and the claim is released. */
    void execute(long scanId, long entryId, Instant deadline) {
        long t0 = System.nanoTime();
        CatalogEntryView entry = catalog.findLatest(entryId).orElse(null);
        Instant nextDue = Instant.now(clock).plus(Timeliness.scanInterval(entry == null ? null : entry.updateCycle()));
        try {
            if (entry == null) {
                throw new ScanFailure("NOT_MOUNTED", null);
            }
            List<RuleDef> rules = store.rulesOf(entryId);
            ScanRunner.Outcome outcome = runner.run(entry, rules, deadline);
            QualityScores scores = ScoreCalculator.scores(outcome.results());
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            tx.executeWithoutResult(status -> {
                store.insertResults(scanId, outcome.results());
                if (store.succeed(scanId, outcome.rows(), scores, Instant.now(clock), elapsed)) {
                    issues.afterScan(entry, scanId, rules, outcome.results());
                }
                store.release(entryId, scanId, nextDue);
                events.publishEvent(new QualityScanCompleted(Instant.now(clock), scanId, entryId,
                        entry.providerOrgId(), ScanStatus.SUCCEEDED, scores, null));
            });
            log.info("Quality scan {} of entry {}: {} rows, {} rules, overall {} in {} ms", scanId, entryId,
                    outcome.rows(), outcome.results().size(), scores.overall(), elapsed);
        } catch (ScanFailure f) {
            end(scanId, entryId, f.code(), f.arg(), nextDue, t0, entry);
        } catch (RuntimeException e) {
            log.warn("Quality scan {} of entry {} failed", scanId, entryId, e);
            end(scanId, entryId, "SCAN_ERROR", null, nextDue, t0, entry);
        }
    }

    private void end(long scanId, long entryId, String code, String arg, Instant nextDue, long t0,
                     CatalogEntryView entry) {
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        tx.executeWithoutResult(status -> {
            store.fail(scanId, code, arg, Instant.now(clock), elapsed);
            store.release(entryId, scanId, nextDue);
            events.publishEvent(new QualityScanCompleted(Instant.now(clock), scanId, entryId,
                    entry == null ? 0 : entry.providerOrgId(), ScanStatus.FAILED, null, code));
        });
        log.info("Quality scan {} of entry {} failed: {} {}", scanId, entryId, code, arg == null ? "" : arg);
    }

    /** Ends scans an instance left RUNNING when it stopped (their lease and time limit are long over). */
    void failAbandoned() {
        Instant now = Instant.now(clock);
        Instant before = now.minus(settings.getScanTimeLimit()).minusSeconds(120);
        for (Long id : store.abandonedScans(now, before)) {
            store.scan(id).ifPresent(s -> tx.executeWithoutResult(st -> {
                store.fail(id, "SCAN_INTERRUPTED", null, now, Duration.between(s.startedAt(), now).toMillis());
                store.release(s.entryId(), id, now);
            }));
        }
    }

    @Override
    public ScanView get(long id, CurrentUser viewer) {
        QualityStore.ScanRow scan = store.scan(id).orElseThrow(() -> GovdxException.notFound("QUALITY_SCAN_NOT_FOUND",
                String.valueOf(id)));
        access.managed(scan.entryId(), viewer);
        return view(scan, true);
    }

    @Override
    public PageResponse<ScanView> list(Long entryId, PageRequest page, CurrentUser viewer) {
        List<Object> params = new ArrayList<>();
        String where;
        if (entryId != null) {
            access.managed(entryId, viewer);
            where = "entry_id = ?";
            params.add(entryId);
        } else if (viewer.hasRole(Role.PLATFORM_OPERATOR)) {
            where = "1 = 1";
        } else {
            where = SqlConditions.in("org_id", orgs.scopeOf(viewer), params);
        }
        List<ScanView> content = store.scans(where, params, page.size(), page.offset()).stream()
                .map(s -> view(s, false)).toList();
        return new PageResponse<>(content, page.page(), page.size(), store.countScans(where, params));
    }

    ScanView view(QualityStore.ScanRow s, boolean withResults) {
        CatalogEntryView entry = catalog.findLatest(s.entryId()).orElse(null);
        Locale locale = LocaleContextHolder.getLocale();
        String reason = s.failureCode() == null ? null
                : messages.getMessage("quality.failure." + s.failureCode(), new Object[] {
                    s.failureCode().equals("SOURCE_TIMEOUT") ? String.valueOf(s.timeLimitSeconds())
                            : s.failureArg() == null ? "" : s.failureArg()}, s.failureCode(), locale);
        List<RuleResult> results = withResults ? store.results(s.id()) : List.of();
        return new ScanView(s.id(), s.entryId(), entry == null ? null : entry.code(), entry == null ? null : entry.name(),
                s.orgId(), s.status(), s.trigger(), s.requestedBy(), s.startedAt(), s.finishedAt(), s.elapsedMs(),
                s.timeLimitSeconds(), s.rowCount(), s.failureCode(), reason, s.scores(), results);
    }

    @Override
    public ScoreReport scores(Long orgId, Long entryId, String period, CurrentUser viewer) {
        String p = period == null || period.isBlank() ? "week" : period.trim().toLowerCase(Locale.ROOT);
        if (!p.equals("week") && !p.equals("quarter")) {
            throw GovdxException.invalid("period", "INVALID_PERIOD", period);
        }
        Instant since = Instant.now(clock).minus(Duration.ofDays(p.equals("week") ? 7 * 26 : 365 * 2));
        List<Object> params = new ArrayList<>();
        String where;
        List<QualityStore.ScanRow> latest;
        Long org = null;
        if (entryId != null) {
            CatalogEntryView entry = catalog.get(entryId, viewer);
            where = "entry_id = ?";
            params.add(entry.id());
            latest = store.scans("entry_id = ? AND status = 'SUCCEEDED'", List.of(entry.id()), 1, 0);
        } else {
            org = orgId != null ? orgId : viewer.orgId();
            boolean wide = viewer.hasAnyRole(Role.PLATFORM_OPERATOR, Role.LEADER);
            if (!wide && org != viewer.orgId() && !access.inScope(org, viewer)) {
                throw GovdxException.forbidden("QUALITY_ORG_NOT_IN_SCOPE", String.valueOf(org));
            }
            where = "org_id = ?";
            params.add(org);
            latest = store.latestSucceeded(org);
        }
        params.add(java.sql.Timestamp.from(since));
        List<QualityStore.ScanRow> history = store.scans(where + " AND status = 'SUCCEEDED' AND started_at >= ?",
                params, 5000, 0);
        List<EntryScore> entries = latest.stream().map(this::entryScore).toList();
        QualityScores average = ScoreCalculator.average(entries.stream().map(EntryScore::scores).toList());
        return new ScoreReport(org, entryId, p, average, entries, trend(history, p));
    }

    private EntryScore entryScore(QualityStore.ScanRow s) {
        CatalogEntryView entry = catalog.findLatest(s.entryId()).orElse(null);
        return new EntryScore(s.entryId(), entry == null ? null : entry.code(), entry == null ? null : entry.name(),
                s.orgId(), s.id(), s.finishedAt(), s.scores());
    }

    /** Per period the last scan of each entry, averaged; oldest period first. */
    private List<ScoreTrendPoint> trend(List<QualityStore.ScanRow> newestFirst, String period) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Map<String, Map<Long, QualityScores>> buckets = new LinkedHashMap<>();
        for (QualityStore.ScanRow s : newestFirst) {
            LocalDate day = LocalDate.ofInstant(s.startedAt(), zone);
            String key = period.equals("week")
                    ? String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    : day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            buckets.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(s.entryId(), s.scores());
        }
        List<ScoreTrendPoint> points = new ArrayList<>();
        buckets.forEach((k, v) -> points.add(new ScoreTrendPoint(k, v.size(),
                ScoreCalculator.average(new ArrayList<>(v.values())))));
        points.sort(java.util.Comparator.comparing(ScoreTrendPoint::period));
        return points;
    }

    @Override
    public Optional<EntryScore> currentScore(long entryId) {
        return store.scans("entry_id = ? AND status = 'SUCCEEDED'", List.of(entryId), 1, 0).stream().findFirst()
                .map(this::entryScore);
    }

    /** Entries with rules whose scheduled scan is due, claimed one by one (another instance may win one). */
    void runDue() {
        Instant now = Instant.now(clock);
        Set<Long> seen = new HashSet<>();
        for (Long entryId : store.dueEntries(now)) {
            if (!seen.add(entryId)) {
                continue;
            }
            CatalogEntryView entry = catalog.findLatest(entryId).orElse(null);
            if (entry == null || sources.mountType(entryId).isEmpty() || store.rulesOf(entryId).isEmpty()) {
                store.postpone(entryId, now, now.plus(Duration.ofDays(1)));
                continue;
            }
            // the conditional update is the claim: only one instance moves the due time
            if (store.postpone(entryId, now, now.plus(Timeliness.scanInterval(entry.updateCycle())))) {
                launch(entry, (int) Math.max(1, settings.getScanTimeLimit().toSeconds()), "SCHEDULE", "system");
            }
        }
    }
}
