package org.govdx.quality.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.ItemDataType;
import org.govdx.common.crypto.SecretCipher;
import org.govdx.common.masking.Masking;
import org.govdx.common.masking.MaskingParams;
import org.govdx.common.masking.MaskingRule;
import org.govdx.exchange.UsageRecords;
import org.govdx.exchange.UsageStats;
import org.govdx.quality.RuleResult;
import org.govdx.quality.RuleType;
import org.govdx.source.MountType;
import org.govdx.source.MountedTable;
import org.govdx.source.SourceTables;
import org.govdx.source.SourceUnavailableException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs one scan against the source: every row rule of the entry in one aggregate query (one pass over
 * the table), then samples of the failing rows, the cross-entry comparisons (streamed), timeliness and
 * availability. Any failure of a source — including its time limit — ends the scan with a
 * {@link ScanFailure}; nothing partial is scored.
 */
@Component
class ScanRunner {

    /** Records read from an API or file mount in one scan. */
    static final int MAX_RECORDS = 100_000;
    private static final int FETCH = 5_000;

    /** What a scan found. */
    record Outcome(long rows, List<RuleResult> results) {
    }

    private final SourceTables sources;
    private final CatalogEntries catalog;
    private final QualityStore store;
    private final ObjectProvider<UsageRecords> usage;
    private final SecretCipher cipher;
    private final QualitySettings settings;
    private final Clock clock;

    ScanRunner(SourceTables sources, CatalogEntries catalog, QualityStore store, ObjectProvider<UsageRecords> usage,
               SecretCipher cipher, QualitySettings settings, Clock clock) {
        this.sources = sources;
        this.catalog = catalog;
        this.store = store;
        this.usage = usage;
        this.cipher = cipher;
        this.settings = settings;
        this.clock = clock;
    }

    /** Scans an entry against its rules; {@code deadline} bounds every statement on the sources. */
    Outcome run(CatalogEntryView entry, List<RuleDef> allRules, Instant deadline) {
        try {
            return scan(entry, allRules, deadline);
        } catch (ScanFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(SourceTables.unavailable(e), deadline);
        }
    }

    private ScanFailure failure(SourceUnavailableException e, Instant deadline) {
        if (e.isTimeout()) {
            return new ScanFailure("SOURCE_TIMEOUT", null);
        }
        if ("NOT_MOUNTED".equals(e.reason())) {
            return new ScanFailure("NOT_MOUNTED", null);
        }
        return new ScanFailure("SOURCE_UNAVAILABLE", e.reason());
    }

    private Outcome scan(CatalogEntryView entry, List<RuleDef> allRules, Instant deadline) {
        Map<String, CatalogItemView> items = new LinkedHashMap<>();
        entry.items().forEach(i -> items.put(i.code(), i));
        MountType type = sources.mountType(entry.id()).orElseThrow(() -> new ScanFailure("NOT_MOUNTED", null));
        MountedTable table = type == MountType.TABLE ? sources.mountedTable(entry.id())
                .orElseThrow(() -> new ScanFailure("NOT_MOUNTED", null)) : null;
        List<RuleDef> rules = allRules.stream().filter(RuleDef::enabled)
                .filter(r -> r.items().stream().allMatch(i -> items.containsKey(i)
                        && (table == null || table.columns().containsKey(i))))
                .toList();
        List<RuleDef> rowRules = rules.stream().filter(r -> r.type().kind() == RuleType.Kind.ROW).toList();
        Map<Long, RuleResult> results = new LinkedHashMap<>();
        long rows;
        Instant newest;
        if (table != null) {
            TableScan scan = aggregate(table, items, rowRules, deadline);
            rows = scan.rows;
            newest = scan.newest;
            for (RuleDef r : rowRules) {
                long failed = scan.failed.get(r.id());
                List<Map<String, Object>> samples = failed > 0 ? samples(table, items, r, deadline) : List.of();
                results.put(r.id(), result(r, rows, failed, null, Map.of(), samples));
            }
        } else {
            List<Map<String, Object>> records = sources.records(entry.id(), MAX_RECORDS);
            rows = records.size();
            newest = null;
            for (RuleDef r : rowRules) {
                results.put(r.id(), recordResult(entry.id(), r, records, items));
            }
        }
        for (RuleDef r : rules) {
            switch (r.type()) {
                case REFERENTIAL -> results.put(r.id(), referential(entry, table, items, r, deadline));
                case MULTI_SOURCE -> results.put(r.id(), multiSource(entry, table, items, r, deadline));
                case TIMELINESS -> timeliness(entry, table, r, newest).ifPresent(x -> results.put(r.id(), x));
                case AVAILABILITY -> results.put(r.id(), availability(entry.id(), r));
                default -> {
                }
            }
        }
        List<RuleResult> ordered = new ArrayList<>();
        rules.forEach(r -> {
            if (results.containsKey(r.id())) {
                ordered.add(results.get(r.id()));
            }
        });
        return new Outcome(rows, ordered);
    }

    private RuleResult result(RuleDef r, long checked, long failed, Double ratio, Map<String, Object> detail,
                              List<Map<String, Object>> samples) {
        double share = ratio != null ? ratio : checked == 0 ? 1.0 : (double) (checked - failed) / checked;
        return new RuleResult(r.id(), r.type(), r.itemCode(), r.dimension(), r.severity(), r.threshold(), checked,
                failed, share, share + 1e-12 >= r.threshold(), detail, samples);
    }

    // ---- the single aggregate pass

    private static final class TableScan {
        long rows;
        Instant newest;
        final Map<Long, Long> failed = new HashMap<>();
    }

    /** The one-pass aggregate query of all row rules; public for the benchmark and tests. */
    static RuleSql.Fragment aggregateSql(MountedTable table, Map<String, CatalogItemView> items, List<RuleDef> rules) {
        SqlDialect d = SqlDialect.of(table);
        RuleSql.Columns cols = columns(table, items);
        List<String> select = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        select.add("COUNT(*)");
        select.add(table.changeColumn() == null ? "NULL" : "MAX(" + table.changeColumn() + ")");
        for (RuleDef r : rules) {
            RuleSql.Fragment f = RuleSql.failCount(r, cols, d);
            select.add(f.sql());
            params.addAll(f.params());
        }
        return new RuleSql.Fragment("SELECT " + String.join(", ", select) + " FROM " + table.table(), params);
    }

    static RuleSql.Columns columns(MountedTable table, Map<String, CatalogItemView> items) {
        return new RuleSql.Columns() {
            @Override
            public String column(String itemCode) {
                String c = table.columns().get(itemCode);
                if (c == null) {
                    throw new IllegalArgumentException("item not mapped: " + itemCode);
                }
                return c;
            }

            @Override
            public ItemDataType type(String itemCode) {
                CatalogItemView item = items.get(itemCode);
                return item == null ? ItemDataType.STRING : item.dataType();
            }
        };
    }

    private TableScan aggregate(MountedTable table, Map<String, CatalogItemView> items, List<RuleDef> rules,
                                Instant deadline) {
        RuleSql.Fragment sql = aggregateSql(table, items, rules);
        TableScan scan = new TableScan();
        query(table, sql, deadline, false, rs -> {
            scan.rows = rs.getLong(1);
            Timestamp newest = table.changeColumn() == null ? null : rs.getTimestamp(2);
            scan.newest = newest == null ? null : newest.toInstant();
            for (int i = 0; i < rules.size(); i++) {
                scan.failed.put(rules.get(i).id(), rs.getLong(3 + i));
            }
            return false;
        });
        return scan;
    }

    private List<Map<String, Object>> samples(MountedTable table, Map<String, CatalogItemView> items, RuleDef r,
                                              Instant deadline) {
        SqlDialect d = SqlDialect.of(table);
        RuleSql.Columns cols = columns(table, items);
        List<String> ruleItems = r.items();
        List<String> select = new ArrayList<>();
        String keyItem = keyItem(table);
        select.add(table.keyColumn() == null ? "NULL" : table.keyColumn());
        ruleItems.forEach(i -> select.add(cols.column(i)));
        RuleSql.Fragment f;
        if (r.type() == RuleType.UNIQUE) {
            String c = cols.column(r.itemCode());
            f = new RuleSql.Fragment("SELECT " + c + ", COUNT(*) FROM " + table.table() + " WHERE " + c
                    + " IS NOT NULL GROUP BY " + c + " HAVING COUNT(*) > 1 LIMIT " + settings.getSamples(), List.of());
        } else {
            RuleSql.Fragment when = RuleSql.failCase(r, cols, d);
            f = new RuleSql.Fragment("SELECT " + String.join(", ", select) + " FROM " + table.table() + " WHERE ("
                    + when.sql() + ") = 1 LIMIT " + settings.getSamples(), when.params());
        }
        List<Map<String, Object>> samples = new ArrayList<>();
        Masker masker = new Masker(table.entryId(), items);
        query(table, f, deadline, false, rs -> {
            Map<String, Object> sample = new LinkedHashMap<>();
            if (r.type() == RuleType.UNIQUE) {
                sample.put("key", masker.mask(r.itemCode(), value(rs, 1, items.get(r.itemCode()))));
                sample.put("count", rs.getLong(2));
            } else {
                Object key = keyItem == null ? rs.getObject(1) : value(rs, 1, items.get(keyItem));
                sample.put("key", keyItem == null ? RecordRules.text(key) : masker.mask(keyItem, key));
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < ruleItems.size(); i++) {
                    values.put(ruleItems.get(i), masker.mask(ruleItems.get(i),
                            value(rs, 2 + i, items.get(ruleItems.get(i)))));
                }
                sample.put("values", values);
            }
            samples.add(sample);
            return true;
        });
        return samples;
    }

    private static Object value(ResultSet rs, int index, CatalogItemView item) throws SQLException {
        return MountedTable.value(rs, index, item == null ? ItemDataType.STRING : item.dataType());
    }

    /** The item whose column is the mount's key column, if any. */
    private static String keyItem(MountedTable table) {
        if (table.keyColumn() == null) {
            return null;
        }
        return table.columns().entrySet().stream().filter(e -> e.getValue().equals(table.keyColumn()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Row callback; answer false to stop reading. */
    interface Rows {
        boolean next(ResultSet rs) throws SQLException;
    }

    /** Runs a query on the source with the time left before the deadline (at most the source's own limit). */
    private void query(MountedTable table, RuleSql.Fragment sql, Instant deadline, boolean stream, Rows rows) {
        long left = Duration.between(Instant.now(clock), deadline).toMillis();
        if (left <= 0) {
            throw new ScanFailure("SOURCE_TIMEOUT", null);
        }
        int seconds = (int) Math.max(1, Math.min(table.queryTimeoutSeconds(), (left + 999) / 1000));
        try (Connection c = table.dataSource().getConnection()) {
            boolean auto = c.getAutoCommit();
            if (stream && auto) {
                // PostgreSQL streams with a fetch size only inside a transaction
                c.setAutoCommit(false);
            }
            try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
                ps.setQueryTimeout(seconds);
                if (stream) {
                    ps.setFetchSize(FETCH);
                }
                for (int i = 0; i < sql.params().size(); i++) {
                    ps.setObject(i + 1, sql.params().get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    long n = 0;
                    while (rs.next()) {
                        if (!rows.next(rs)) {
                            break;
                        }
                        if (++n % 10_000 == 0 && Instant.now(clock).isAfter(deadline)) {
                            throw new ScanFailure("SOURCE_TIMEOUT", null);
                        }
                    }
                }
            } finally {
                if (stream && auto) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw failure(SourceTables.unavailable(e), deadline);
        }
    }

    // ---- API and file mounts: one pass in Java

    private RuleResult recordResult(long entryId, RuleDef r, List<Map<String, Object>> records,
                                    Map<String, CatalogItemView> items) {
        Masker masker = new Masker(entryId, items);
        Map<String, Pattern> patterns = new HashMap<>();
        List<Map<String, Object>> samples = new ArrayList<>();
        long failed = 0;
        if (r.type() == RuleType.UNIQUE) {
            Map<String, Integer> counts = new HashMap<>();
            for (Map<String, Object> row : records) {
                Object v = row.get(r.itemCode());
                if (v != null) {
                    counts.merge(RecordRules.text(v), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > 1) {
                    failed += e.getValue() - 1;
                    if (samples.size() < settings.getSamples()) {
                        samples.add(Map.of("key", masker.mask(r.itemCode(), e.getKey()), "count", e.getValue()));
                    }
                }
            }
            return result(r, records.size(), failed, null, Map.of(), samples);
        }
        String keyItem = items.values().stream().filter(CatalogItemView::key).map(CatalogItemView::code).findFirst()
                .orElse(null);
        for (Map<String, Object> row : records) {
            if (RecordRules.fails(r, row, patterns)) {
                failed++;
                if (samples.size() < settings.getSamples()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    r.items().forEach(i -> values.put(i, masker.mask(i, row.get(i))));
                    Map<String, Object> sample = new LinkedHashMap<>();
                    sample.put("key", keyItem == null ? null : masker.mask(keyItem, row.get(keyItem)));
                    sample.put("values", values);
                    samples.add(sample);
                }
            }
        }
        return result(r, records.size(), failed, null, Map.of(), samples);
    }

    // ---- cross-entry rules

    /** Streams the non-null values of some items of a mounted entry (a table, an API or a file). */
    private void stream(long entryId, List<String> itemCodes, Instant deadline, Consumer<Object[]> sink) {
        CatalogEntryView entry = catalog.findLatest(entryId).orElseThrow(() -> new ScanFailure("REF_NOT_MOUNTED",
                String.valueOf(entryId)));
        Map<String, CatalogItemView> items = new LinkedHashMap<>();
        entry.items().forEach(i -> items.put(i.code(), i));
        MountType type = sources.mountType(entryId).orElseThrow(() -> new ScanFailure("REF_NOT_MOUNTED",
                entry.code()));
        if (type == MountType.TABLE) {
            MountedTable table = sources.mountedTable(entryId).orElseThrow(() -> new ScanFailure("REF_NOT_MOUNTED",
                    entry.code()));
            List<String> cols = new ArrayList<>();
            for (String i : itemCodes) {
                String c = table.columns().get(i);
                if (c == null) {
                    throw new ScanFailure("REF_NOT_MOUNTED", entry.code());
                }
                cols.add(c);
            }
            String sql = "SELECT " + String.join(", ", cols) + " FROM " + table.table() + " WHERE " + cols.get(0)
                    + " IS NOT NULL";
            query(table, new RuleSql.Fragment(sql, List.of()), deadline, true, rs -> {
                Object[] row = new Object[itemCodes.size()];
                for (int k = 0; k < row.length; k++) {
                    row[k] = value(rs, k + 1, items.get(itemCodes.get(k)));
                }
                sink.accept(row);
                return true;
            });
        } else {
            for (Map<String, Object> record : sources.records(entryId, MAX_RECORDS)) {
                Object[] row = new Object[itemCodes.size()];
                for (int k = 0; k < row.length; k++) {
                    row[k] = record.get(itemCodes.get(k));
                }
                if (row[0] != null) {
                    sink.accept(row);
                }
            }
        }
    }

    private static String norm(Object v) {
        return v == null ? null : RecordRules.text(v).trim();
    }

    private RuleResult referential(CatalogEntryView entry, MountedTable table, Map<String, CatalogItemView> items,
                                   RuleDef r, Instant deadline) {
        Long refEntry = r.longParam("refEntryId");
        java.util.Set<String> known = new java.util.HashSet<>();
        stream(refEntry, List.of(r.param("refItem")), deadline, row -> {
            known.add(norm(row[0]));
            if (known.size() > settings.getMaxCrossKeys()) {
                throw new ScanFailure("CROSS_TOO_LARGE", String.valueOf(settings.getMaxCrossKeys()));
            }
        });
        Masker masker = new Masker(entry.id(), items);
        String keyItem = items.values().stream().filter(CatalogItemView::key).map(CatalogItemView::code).findFirst()
                .orElse(r.itemCode());
        long[] counts = new long[2];
        List<Map<String, Object>> samples = new ArrayList<>();
        stream(entry.id(), List.of(r.itemCode(), keyItem), deadline, row -> {
            counts[0]++;
            if (!known.contains(norm(row[0]))) {
                counts[1]++;
                if (samples.size() < settings.getSamples()) {
                    Map<String, Object> sample = new LinkedHashMap<>();
                    sample.put("key", masker.mask(keyItem, row[1]));
                    sample.put("values", Map.of(r.itemCode(), masker.mask(r.itemCode(), row[0])));
                    samples.add(sample);
                }
            }
        });
        return result(r, counts[0], counts[1], null, Map.of("referenced", known.size()), samples);
    }

    /**
     * Compares one fact held by two providers on a join key: matched, mismatched, and keys missing on
     * either side. Failed rows are the mismatches; the missing counts are reported beside them.
     */
    private RuleResult multiSource(CatalogEntryView entry, MountedTable table, Map<String, CatalogItemView> items,
                                   RuleDef r, Instant deadline) {
        Map<String, String> other = new HashMap<>();
        stream(r.longParam("otherEntryId"), List.of(r.param("otherKeyItem"), r.param("otherItem")), deadline, row -> {
            other.put(norm(row[0]), norm(row[1]));
            if (other.size() > settings.getMaxCrossKeys()) {
                throw new ScanFailure("CROSS_TOO_LARGE", String.valueOf(settings.getMaxCrossKeys()));
            }
        });
        Masker masker = new Masker(entry.id(), items);
        String keyItem = r.param("keyItem");
        long[] c = new long[4];
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Map<String, Object>> samples = new ArrayList<>();
        stream(entry.id(), List.of(keyItem, r.itemCode()), deadline, row -> {
            String key = norm(row[0]);
            if (!other.containsKey(key)) {
                c[2]++;
                return;
            }
            seen.add(key);
            String here = norm(row[1]);
            String there = other.get(key);
            if (java.util.Objects.equals(here, there)) {
                c[0]++;
            } else {
                c[1]++;
                if (samples.size() < settings.getSamples()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put(r.itemCode(), masker.mask(r.itemCode(), row[1]));
                    values.put("other", masker.mask(r.itemCode(), there));
                    Map<String, Object> sample = new LinkedHashMap<>();
                    sample.put("key", masker.mask(keyItem, row[0]));
                    sample.put("values", values);
                    samples.add(sample);
                }
            }
        });
        c[3] = other.size() - seen.size();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("matched", c[0]);
        detail.put("mismatched", c[1]);
        detail.put("missingInOther", c[2]);
        detail.put("missingHere", c[3]);
        return result(r, c[0] + c[1], c[1], null, detail, samples);
    }

    // ---- entry rules

    private Optional<RuleResult> timeliness(CatalogEntryView entry, MountedTable table, RuleDef r, Instant newest) {
        if (table == null || table.changeColumn() == null) {
            // without a change timestamp there is nothing to measure: the dimension stays unscored
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Long hours = r.longParam("maxAgeHours");
        Duration allowed = hours != null && hours > 0 ? Duration.ofHours(hours) : Timeliness.allowedAge(entry.updateCycle());
        double score = Timeliness.score(newest, now, allowed);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("newestChange", newest == null ? null : newest.toString());
        detail.put("allowedAgeHours", allowed.toHours());
        detail.put("ageHours", newest == null ? null : Duration.between(newest, now).toHours());
        detail.put("updateCycle", entry.updateCycle() == null ? null : entry.updateCycle().name());
        return Optional.of(result(r, 1, score >= 1.0 ? 0 : 1, score, detail, List.of()));
    }

    private RuleResult availability(long entryId, RuleDef r) {
        Instant now = Instant.now(clock);
        Long days = r.longParam("days");
        Instant since = now.minus(Duration.ofDays(days != null && days > 0 ? days : 30));
        long[] checks = store.checks(entryId, since);
        long ok = checks[0] + 1;
        long failedChecks = checks[1];
        double checkShare = (double) ok / (ok + failedChecks);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("checks", ok + failedChecks);
        detail.put("failedChecks", failedChecks);
        double ratio = checkShare;
        long checked = ok + failedChecks;
        long failed = failedChecks;
        UsageRecords records = usage.getIfAvailable();
        if (records != null) {
            try {
                UsageStats stats = records.stats(entryId, since, now);
                long reached = stats.served() + stats.sourceFailures();
                detail.put("calls", stats.calls());
                detail.put("served", stats.served());
                detail.put("sourceFailures", stats.sourceFailures());
                if (reached > 0) {
                    ratio = (checkShare + stats.availability()) / 2;
                    checked += reached;
                    failed += stats.sourceFailures();
                }
            } catch (RuntimeException e) {
                // usage figures are a bonus; the checks alone still measure availability
                detail.put("calls", null);
            }
        }
        return result(r, checked, failed, ratio, detail, List.of());
    }

    /** Masks sample values by each item's masking rule; HASH uses a salt of its own per entry. */
    private final class Masker {
        private final long entryId;
        private final Map<String, CatalogItemView> items;

        Masker(long entryId, Map<String, CatalogItemView> items) {
            this.entryId = entryId;
            this.items = items;
        }

        Object mask(String itemCode, Object value) {
            if (value == null) {
                return null;
            }
            CatalogItemView item = items.get(itemCode);
            MaskingRule rule = item == null ? MaskingRule.NULL : item.maskingRule();
            MaskingParams params;
            try {
                params = item == null ? MaskingParams.NONE : MaskingParams.parse(item.maskingParams());
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (rule == MaskingRule.HASH) {
                params = params.withSalt(cipher.derive("quality:" + entryId));
            }
            Object masked = Masking.maskValue(rule, value, params);
            return masked instanceof java.time.temporal.TemporalAccessor ? masked.toString() : masked;
        }
    }
}
