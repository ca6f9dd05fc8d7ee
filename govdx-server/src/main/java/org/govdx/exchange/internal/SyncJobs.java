package org.govdx.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.common.Validation;
import org.govdx.common.WorkingDays;
import org.govdx.identity.AuditLog;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.GrantAccess;
import org.govdx.sharing.GrantView;
import org.govdx.sharing.Grants;
import org.govdx.source.MountType;
import org.govdx.source.MountedTable;
import org.govdx.source.SourceTables;
import org.govdx.source.SourceUnavailableException;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * Sync jobs (库表交换) of bulk grants: the consumer org's data users create, run, disable, enable and
 * delete them; the consumer org, the provider org and the platform operator see them, with the
 * progress of a running run and the history of runs. Anyone else gets 404.
 */
@Service
public class SyncJobs {

    private final SyncStore store;
    private final SyncScheduler scheduler;
    private final Grants grants;
    private final SourceTables sources;
    private final Orgs orgs;
    private final SyncSettings settings;
    private final Clock clock;
    private final WorkingDays calendar;

    SyncJobs(SyncStore store, SyncScheduler scheduler, Grants grants, SourceTables sources, Orgs orgs,
             SyncSettings settings, Clock clock, WorkingDays calendar) {
        this.store = store;
        this.scheduler = scheduler;
        this.grants = grants;
        this.sources = sources;
        this.orgs = orgs;
        this.settings = settings;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Creates a job after checking the grant (bulk, active, the caller's org), the target and the mount. */
    public SyncJobView create(SyncJobRequest in, CurrentUser me) {
        Validation v = new Validation();
        GrantView grant = null;
        if (in == null || in.grantId() == null) {
            v.check(true, "grantId", "REQUIRED");
        } else {
            grant = visibleGrant(in.grantId(), me);
            if (grant == null) {
                v.check(true, "grantId", "SYNC_GRANT_NOT_FOUND", in.grantId());
            } else if (!grant.accessModes().contains(AccessMode.BULK)) {
                v.check(true, "grantId", "SYNC_GRANT_NOT_BULK", grant.id());
            } else {
                String refusal = refusal(grant);
                v.check(refusal != null, "grantId", refusal == null ? "" : refusal, grant.entryCode(), "BULK");
            }
        }
        SyncMode mode = null;
        if (in != null && v.required(in.mode(), "mode")) {
            try {
                mode = SyncMode.valueOf(in.mode().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.check(true, "mode", "SYNC_INVALID_MODE", in.mode());
            }
        }
        if (in != null && v.required(in.targetTable(), "targetTable")) {
            v.check(!SyncTargetTable.NAME.matcher(in.targetTable().trim()).matches(), "targetTable",
                    "SYNC_INVALID_TABLE_NAME", in.targetTable());
        }
        String cron = in == null || in.cron() == null || in.cron().isBlank() ? null : in.cron().trim();
        v.check(cron != null && !CronExpression.isValidExpression(cron), "cron", "SYNC_INVALID_CRON", cron);
        int batchSize = in == null || in.batchSize() == null ? settings.getDefaultBatchSize() : in.batchSize();
        v.check(batchSize < 1 || batchSize > settings.getMaxBatchSize(), "batchSize", "SYNC_INVALID_BATCH_SIZE",
                settings.getMaxBatchSize());
        if (in == null || in.targetDataSourceId() == null) {
            v.check(true, "targetDataSourceId", "REQUIRED");
        } else if (grant != null) {
            try {
                v.check(sources.jdbcSource(in.targetDataSourceId(), grant.consumerOrgId()).isEmpty(),
                        "targetDataSourceId", "SYNC_TARGET_NOT_FOUND", in.targetDataSourceId());
            } catch (SourceUnavailableException e) {
                v.check(true, "targetDataSourceId", "SYNC_TARGET_UNAVAILABLE", e.reason());
            }
        }
        if (grant != null && !v.hasProblems()) {
            checkMount(v, grant, mode);
        }
        v.throwIfInvalid();
        long id = store.insertJob(new SyncJobRow(0, grant.id(), grant.appId(), grant.entryId(), grant.entryCode(),
                grant.consumerOrgId(), grant.providerOrgId(), in.targetDataSourceId(), in.targetTable().trim(), mode,
                cron, batchSize, true, me.getUsername(), clock.instant(), null, false, null, null, null, 0, null));
        AuditLog.target("sync-job:" + id);
        scheduler.reschedule(id);
        return view(store.job(id).orElseThrow());
    }

    public PageResponse<SyncJobView> list(PageRequest page, CurrentUser viewer) {
        Set<Long> scope = viewer.hasRole(Role.PLATFORM_OPERATOR) ? null : orgs.scopeOf(viewer);
        PageResponse<SyncJobRow> rows = store.jobs(scope, page);
        return new PageResponse<>(rows.content().stream().map(this::view).toList(), rows.page(), rows.size(),
                rows.totalElements());
    }

    public SyncJobView get(long id, CurrentUser viewer) {
        return view(visible(id, viewer));
    }

    public PageResponse<SyncRunView> runs(long id, PageRequest page, CurrentUser viewer) {
        return store.runs(visible(id, viewer).id(), page);
    }

    /** Starts a run now; 409 when the job is disabled or already running. */
    public SyncJobView runNow(long id, CurrentUser me) {
        SyncJobRow job = managed(id, me);
        if (!job.enabled()) {
            throw GovdxException.conflict("SYNC_JOB_DISABLED", String.valueOf(id));
        }
        if (!scheduler.runNow(id)) {
            throw GovdxException.conflict("SYNC_JOB_RUNNING", String.valueOf(id));
        }
        return view(store.job(id).orElseThrow());
    }

    /** Stops scheduling the job; a running run stops before its next batch, keeping its checkpoint. */
    public SyncJobView disable(long id, CurrentUser me) {
        managed(id, me);
        store.setEnabled(id, false);
        scheduler.reschedule(id);
        return view(store.job(id).orElseThrow());
    }

    public SyncJobView enable(long id, CurrentUser me) {
        managed(id, me);
        store.setEnabled(id, true);
        scheduler.reschedule(id);
        return view(store.job(id).orElseThrow());
    }

    /** Deletes a job that is not running, with its runs; the target table and the usage records stay. */
    public void delete(long id, CurrentUser me) {
        managed(id, me);
        if (scheduler.isRunning(id)) {
            throw GovdxException.conflict("SYNC_JOB_RUNNING", String.valueOf(id));
        }
        store.setEnabled(id, false);
        scheduler.reschedule(id);
        store.deleteJob(id);
    }

    /** True when the viewer may run, disable, enable and delete the job. */
    public boolean canManage(SyncJobView job, CurrentUser viewer) {
        return viewer.hasRole(Role.ORG_DATA_USER) && orgs.scopeOf(viewer).contains(job.consumerOrgId());
    }

    private SyncJobRow visible(long id, CurrentUser viewer) {
        SyncJobRow job = store.job(id).orElse(null);
        if (job == null || !(viewer.hasRole(Role.PLATFORM_OPERATOR) || orgs.scopeOf(viewer).contains(job.consumerOrgId())
                || orgs.scopeOf(viewer).contains(job.providerOrgId()))) {
            throw GovdxException.notFound("SYNC_JOB_NOT_FOUND", String.valueOf(id));
        }
        return job;
    }

    private SyncJobRow managed(long id, CurrentUser me) {
        SyncJobRow job = visible(id, me);
        if (!me.hasRole(Role.ORG_DATA_USER) || !orgs.scopeOf(me).contains(job.consumerOrgId())) {
            throw GovdxException.forbidden("SYNC_NOT_CONSUMER_ORG", String.valueOf(id));
        }
        AuditLog.target("sync-job:" + id);
        return job;
    }

    private GrantView visibleGrant(long grantId, CurrentUser me) {
        GrantView grant;
        try {
            grant = grants.get(grantId, me);
        } catch (GovdxException e) {
            return null;
        }
        return orgs.scopeOf(me).contains(grant.consumerOrgId()) ? grant : null;
    }

    /** Why the grant cannot be used for bulk sync today, or null. */
    private String refusal(GrantView grant) {
        LocalDate today = calendar.today(clock);
        Optional<GrantAccess> access = grants.checkAccess(grant.appId(), grant.entryId(), AccessMode.BULK, today);
        if (access.isEmpty()) {
            return grants.refusal(grant.appId(), grant.entryId(), AccessMode.BULK, today).name();
        }
        return access.get().grantId() == grant.id() ? null : "SYNC_GRANT_REPLACED";
    }

    private void checkMount(Validation v, GrantView grant, SyncMode mode) {
        if (sources.mountType(grant.entryId()).filter(t -> t == MountType.TABLE).isEmpty()) {
            v.check(true, "grantId", "SYNC_NOT_TABLE_MOUNT", grant.entryCode());
            return;
        }
        try {
            MountedTable table = sources.mountedTable(grant.entryId()).orElse(null);
            v.check(table != null && mode == SyncMode.INCREMENTAL && table.changeColumn() == null, "mode",
                    "SYNC_NO_CHANGE_COLUMN", grant.entryCode());
        } catch (SourceUnavailableException e) {
            // the source may be back by the time the job runs; the run reports it then
        }
    }

    SyncJobView view(SyncJobRow j) {
        return new SyncJobView(j.id(), j.grantId(), j.appId(), j.entryId(), j.resourceCode(), j.consumerOrgId(),
                j.providerOrgId(), j.targetDataSourceId(), j.targetTable(), j.mode(), j.cron(), j.batchSize(),
                j.enabled(), j.createdBy(), j.createdAt(), j.watermark(), j.passOpen() ? j.passRows() : null,
                scheduler.scheduledAt(j.id()).orElse(null), store.running(j.id()).orElse(null),
                store.lastFinished(j.id()).orElse(null));
    }
}
