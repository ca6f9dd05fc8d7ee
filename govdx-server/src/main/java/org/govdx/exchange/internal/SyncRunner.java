package org.govdx.exchange.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.ItemDataType;
import org.govdx.common.WorkingDays;
import org.govdx.common.crypto.SecretCipher;
import org.govdx.common.masking.Masking;
import org.govdx.common.masking.MaskingParams;
import org.govdx.common.masking.MaskingRule;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.GrantAccess;
import org.govdx.sharing.Grants;
import org.govdx.source.MountedTable;
import org.govdx.source.SourceConnection;
import org.govdx.source.SourceTables;
import org.govdx.source.SourceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one sync job once, batch by batch: the grant is checked before the run and before every
 * batch (a revoked or expired grant stops it); each batch is read from the provider's table in key
 * order after the last committed key ({@code key > ? ORDER BY key LIMIT n}), masked as the gateway
 * masks, upserted into the consumer's table and committed there; then, in one platform transaction,
 * the checkpoint (last key, rows done) and the batch's usage record (rows, bytes, SM3 of the
 * canonical content) are written. A run that stops for any reason leaves the checkpoint of its last
 * committed batch, and the next run continues from there: a batch committed to the target but not
 * checkpointed is delivered again and the upsert keeps one row per key.
 */
@Component
public class SyncRunner {

    /** The key column added when the source key is not a granted plain item: HMAC-SM3 of the key under the grant's salt. */
    static final String ROW_KEY = "govdx_row_key";

    private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

    /** Told after each committed batch; lets a test simulate a crash (throw) or a slow run. */
    @FunctionalInterface
    public interface BatchListener {
        void afterBatch(long jobId, int batchesThisRun);
    }

    /** What a run copies and how. */
    private record Plan(SyncJobRow job, GrantAccess grant, MountedTable table, List<CatalogItemView> items,
                        RecordMasker masker, Condition rowFilter, SyncTargetTable target, boolean rowKey,
                        byte[] salt) {
    }

    /** One batch read from the source: the target rows and the last source key. */
    private record Batch(List<Object[]> rows, Object lastKey) {
    }

    private final SyncStore store;
    private final Grants grants;
    private final CatalogEntries catalog;
    private final SourceTables sources;
    private final UsageRecorder recorder;
    private final SecretCipher cipher;
    private final Clock clock;
    private final WorkingDays calendar;
    private final TransactionTemplate tx;
    private final Map<Long, BatchListener> listeners = new ConcurrentHashMap<>();

    SyncRunner(SyncStore store, Grants grants, CatalogEntries catalog, SourceTables sources, UsageRecorder recorder,
               SecretCipher cipher, Clock clock, WorkingDays calendar, PlatformTransactionManager transactions) {
        this.store = store;
        this.grants = grants;
        this.catalog = catalog;
        this.sources = sources;
        this.recorder = recorder;
        this.cipher = cipher;
        this.clock = clock;
        this.calendar = calendar;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Registers a listener for one job's batches (tests, diagnostics). */
    public void listen(long jobId, BatchListener listener) {
        listeners.put(jobId, listener);
    }

    public void unlisten(long jobId) {
        listeners.remove(jobId);
    }

    /**
     * Runs the job once. Refusals and errors end the run FAILED with a code; only a stopping instance
     * ({@code stopping} turns true) ends it by throwing {@link SyncInterrupted}, so the scheduler
     * runs it again soon, here or on another instance.
     */
    void run(long jobId, String trigger, String executedBy, BooleanSupplier stopping) {
        SyncJobRow job = store.job(jobId).orElse(null);
        if (job == null) {
            return;
        }
        Instant now = clock.instant();
        store.interruptStale(jobId, now);
        long runId = store.startRun(jobId, trigger, job.mode(), now, job.passOpen(), job.passRows(),
                job.passTotal(), executedBy);
        try {
            if (!job.enabled()) {
                throw new SyncFailure("SYNC_JOB_DISABLED");
            }
            copy(plan(job), runId, stopping);
            store.finishRun(runId, SyncRunStatus.SUCCEEDED, null, clock.instant());
        } catch (SyncFailure f) {
            store.finishRun(runId, f.status(), f.code(), clock.instant());
        } catch (SourceUnavailableException e) {
            store.finishRun(runId, SyncRunStatus.FAILED, e.isTimeout() ? "SOURCE_TIMEOUT" : "SOURCE_UNAVAILABLE",
                    clock.instant());
        } catch (SyncInterrupted e) {
            store.finishRun(runId, SyncRunStatus.INTERRUPTED, "INSTANCE_STOPPING", clock.instant());
            throw e;
        } catch (RuntimeException e) {
            log.warn("sync job {} run {} failed: {}", jobId, runId, e.toString());
            store.finishRun(runId, SyncRunStatus.FAILED, "SYNC_FAILED", clock.instant());
        }
    }

    private Plan plan(SyncJobRow job) {
        GrantAccess grant = checkGrant(job);
        CatalogEntryView entry = catalog.find(job.entryId()).orElseThrow(() -> new SyncFailure("RESOURCE_NOT_FOUND"));
        MountedTable table = sources.mountedTable(job.entryId())
                .orElseThrow(() -> new SyncFailure("RESOURCE_NOT_MOUNTED"));
        if (table.keyColumn() == null) {
            throw new SyncFailure("SYNC_NO_KEY_COLUMN");
        }
        if (job.mode() == SyncMode.INCREMENTAL && table.changeColumn() == null) {
            throw new SyncFailure("SYNC_NO_CHANGE_COLUMN");
        }
        SourceConnection target = sources.jdbcSource(job.targetDataSourceId(), job.consumerOrgId())
                .orElseThrow(() -> new SyncFailure("SYNC_TARGET_NOT_FOUND"));
        List<CatalogItemView> items = new ArrayList<>();
        Map<String, CatalogItemView> all = new LinkedHashMap<>();
        for (CatalogItemView item : entry.items()) {
            all.put(item.code(), item);
            if (grant.items().contains(item.code())) {
                if (!table.columns().containsKey(item.code())) {
                    throw new SyncFailure("ITEM_NOT_MOUNTED");
                }
                items.add(item);
            }
        }
        byte[] salt = cipher.derive("grant:" + grant.grantId());
        RecordMasker masker = new RecordMasker(items, grant.plainItems(), salt);
        List<Condition> rowFilter = new ArrayList<>();
        grant.rowFilter().forEach((item, value) -> {
            CatalogItemView view = all.get(item);
            if (view != null) {
                rowFilter.add(new Condition.Eq(item, ItemValues.parse(view, value)));
            }
        });
        String keyItem = null;
        for (int i = 0; i < items.size(); i++) {
            if (masker.plain(i) && table.keyColumn().equals(table.columns().get(items.get(i).code()))) {
                keyItem = items.get(i).code();
            }
        }
        List<SyncTargetTable.Column> columns = new ArrayList<>();
        if (keyItem == null) {
            columns.add(new SyncTargetTable.Column(ROW_KEY, ItemDataType.STRING, 64));
        }
        for (int i = 0; i < items.size(); i++) {
            CatalogItemView item = items.get(i);
            columns.add(masker.plain(i) ? new SyncTargetTable.Column(item.code(), item.dataType(), item.length())
                    : new SyncTargetTable.Column(item.code(), ItemDataType.STRING,
                    Math.max(64, item.length() == null ? 255 : item.length() * 2)));
        }
        SyncTargetTable targetTable = new SyncTargetTable(target, job.targetTable(), columns,
                keyItem == null ? ROW_KEY : keyItem);
        try {
            targetTable.ensure();
        } catch (SQLException e) {
            throw new SyncFailure("SYNC_TARGET_UNAVAILABLE");
        }
        return new Plan(job, grant, table, items, masker, Condition.and(rowFilter.toArray(new Condition[0])),
                targetTable, keyItem == null, salt);
    }

    private void copy(Plan p, long runId, BooleanSupplier stopping) {
        SyncJobRow job = p.job();
        SourceSql sql = new SourceSql(p.table());
        String after;
        String upTo;
        Object afterKey = null;
        long passRows;
        Long total;
        if (job.passOpen()) {
            after = job.passAfter();
            upTo = job.passUpTo();
            afterKey = job.passKey() == null ? null : SyncKeys.decode(cipher.decrypt(job.passKey(), keyContext(job)));
            passRows = job.passRows();
            total = job.passTotal();
        } else {
            after = job.mode() == SyncMode.INCREMENTAL ? job.watermark() : null;
            upTo = job.mode() == SyncMode.INCREMENTAL ? maxChange(p, sql) : null;
            total = count(p, sql.keysetCount(p.rowFilter(), timestamp(after), timestamp(upTo)));
            passRows = 0;
            store.openPass(job.id(), after, upTo, total);
        }
        store.progress(runId, 0, passRows, total, 0, 0, clock.instant());
        long rowsRun = 0;
        long bytes = 0;
        int batches = 0;
        List<String> codes = p.items().stream().map(CatalogItemView::code).toList();
        while (true) {
            if (stopping.getAsBoolean()) {
                throw new SyncInterrupted();
            }
            if (batches > 0) {
                SyncJobRow now = store.job(job.id()).orElseThrow(() -> new SyncFailure("SYNC_JOB_DELETED"));
                if (!now.enabled()) {
                    throw new SyncFailure("SYNC_JOB_DISABLED", SyncRunStatus.INTERRUPTED);
                }
            }
            checkGrant(job);
            Batch batch = read(p, sql.keysetPage(codes, p.rowFilter(), timestamp(after), timestamp(upTo), afterKey,
                    job.batchSize()));
            if (batch.rows().isEmpty()) {
                break;
            }
            try {
                p.target().upsert(batch.rows());
            } catch (SQLException e) {
                log.warn("sync job {}: writing the target failed: {}", job.id(), SourceTables.unavailable(e).reason());
                throw new SyncFailure("SYNC_TARGET_WRITE_FAILED");
            }
            SyncBatchContent content = new SyncBatchContent();
            batch.rows().forEach(content::row);
            byte[] canonical = content.bytes();
            batches++;
            rowsRun += batch.rows().size();
            passRows += batch.rows().size();
            bytes += canonical.length;
            afterKey = batch.lastKey();
            String sealedKey = cipher.encrypt(SyncKeys.encode(afterKey), keyContext(job));
            UsageDraft usage = UsageDraft.syncBatch("SYNC-" + runId + "-" + batches, clock.instant(), job.id(),
                    p.grant().grantId(), job.appId(), job.consumerOrgId(), job.providerOrgId(), job.entryId(),
                    job.resourceCode(), codes, batch.rows().size(), canonical.length,
                    SyncBatchContent.sm3Hex(canonical));
            long doneRun = rowsRun;
            long donePass = passRows;
            long doneBytes = bytes;
            int doneBatches = batches;
            tx.executeWithoutResult(s -> {
                store.checkpoint(job.id(), sealedKey, donePass);
                store.progress(runId, doneRun, donePass, total, doneBatches, doneBytes, clock.instant());
                recorder.record(usage);
            });
            BatchListener listener = listeners.get(job.id());
            if (listener != null) {
                listener.afterBatch(job.id(), batches);
            }
            if (batch.rows().size() < job.batchSize()) {
                break;
            }
        }
        store.closePass(job.id(), upTo);
    }

    /** The job's grant, if it still allows bulk use today. */
    private GrantAccess checkGrant(SyncJobRow job) {
        LocalDate today = calendar.today(clock);
        GrantAccess grant = grants.checkAccess(job.appId(), job.entryId(), AccessMode.BULK, today).orElse(null);
        if (grant == null) {
            throw new SyncFailure(grants.refusal(job.appId(), job.entryId(), AccessMode.BULK, today).name());
        }
        if (grant.grantId() != job.grantId()) {
            // a newer grant replaced the job's own: its items or filter may differ
            throw new SyncFailure("SYNC_GRANT_REPLACED");
        }
        return grant;
    }

    private Batch read(Plan p, SourceSql.Sql sql) {
        List<Object[]> rows = new ArrayList<>();
        Object lastKey = null;
        int offset = p.rowKey() ? 1 : 0;
        MaskingParams keyHash = MaskingParams.NONE.withSalt(p.salt());
        try (Connection c = p.table().dataSource().getConnection();
             PreparedStatement ps = prepare(c, p.table(), sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object key = rs.getObject(1);
                Object[] row = new Object[p.items().size() + offset];
                if (p.rowKey()) {
                    row[0] = Masking.mask(MaskingRule.HASH, SyncTargetTable.text(key), keyHash);
                }
                for (int i = 0; i < p.items().size(); i++) {
                    ItemDataType type = p.items().get(i).dataType();
                    Object raw = type == ItemDataType.BINARY ? rs.getBytes(i + 2) : MountedTable.value(rs, i + 2, type);
                    row[i + offset] = p.masker().mask(i, raw);
                }
                rows.add(row);
                lastKey = key;
            }
        } catch (SQLException e) {
            throw SourceTables.unavailable(e);
        }
        return new Batch(rows, lastKey);
    }

    private String maxChange(Plan p, SourceSql sql) {
        try (Connection c = p.table().dataSource().getConnection();
             PreparedStatement ps = prepare(c, p.table(), sql.maxChange(p.rowFilter()));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Timestamp max = rs.getTimestamp(1);
            return max == null ? null : max.toLocalDateTime().toString();
        } catch (SQLException e) {
            throw SourceTables.unavailable(e);
        }
    }

    private Long count(Plan p, SourceSql.Sql sql) {
        try (Connection c = p.table().dataSource().getConnection();
             PreparedStatement ps = prepare(c, p.table(), sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw SourceTables.unavailable(e);
        }
    }

    private static PreparedStatement prepare(Connection c, MountedTable table, SourceSql.Sql sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.text());
        ps.setQueryTimeout(table.queryTimeoutSeconds());
        for (int i = 0; i < sql.params().size(); i++) {
            ps.setObject(i + 1, sql.params().get(i));
        }
        return ps;
    }

    private static Timestamp timestamp(String iso) {
        return iso == null ? null : Timestamp.valueOf(LocalDateTime.parse(iso));
    }

    private static String keyContext(SyncJobRow job) {
        return "sync-key:" + job.id();
    }
}
