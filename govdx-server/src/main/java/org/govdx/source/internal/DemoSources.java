package org.govdx.source.internal;

import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.CatalogStatus;
import org.govdx.catalog.DemoCatalogSeeded;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.DemoCitySeeded;
import org.govdx.identity.OrgInfo;
import org.govdx.identity.OrgType;
import org.govdx.identity.Orgs;
import org.govdx.identity.Role;
import org.govdx.source.DataSourceRegistered;
import org.govdx.source.DataSourceType;
import org.govdx.source.MountRequest;
import org.govdx.source.MountType;
import org.govdx.source.Mounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo city's source databases: when the demo city is seeded, every department gets an H2
 * database under {@code <data-dir>/demo-sources/<org code>} registered as its data source 演示数据库;
 * when the catalog's demo entries exist ({@link DemoCatalogSeeded}), each gets a table in its
 * provider's database named after its demo key ({@code gaj.population_basic} → {@code population_basic}),
 * generated from its items and filled with a few hundred synthetic but well-formed rows
 * (deterministic per entry), and is mounted on it through the ordinary mount checks. The work runs
 * on one background thread, so that start-up does not wait for it; the demo's mounts appear a few
 * seconds after the platform is up.
 */
@Component
class DemoSources {

    private static final Logger log = LoggerFactory.getLogger(DemoSources.class);
    static final String SOURCE_NAME = "演示数据库";
    private static final int ROWS = 300;
    private static final Pattern SIMPLE_CODE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final Orgs orgs;
    private final CatalogEntries catalog;
    private final Mounts mounts;
    private final DataSourceStore sources;
    private final DriverConnections connections;
    private final JdbcDriverPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Map<Long, DataSourceRow> demoSources = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "govdx-demo-sources");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Integer> catalogMounted = new CompletableFuture<>();
    private final DemoValues.Defects defects = new DemoValues.Defects();

    DemoSources(Orgs orgs, CatalogEntries catalog, Mounts mounts, DataSourceStore sources,
                DriverConnections connections, JdbcDriverPolicy policy, ApplicationEventPublisher events, Clock clock,
                TransactionTemplate tx) {
        this.tx = tx;
        this.orgs = orgs;
        this.catalog = catalog;
        this.mounts = mounts;
        this.sources = sources;
        this.connections = connections;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Every department gets its (empty) demo database, whether or not the catalog has demo entries. */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onDemoCity(DemoCitySeeded seeded) {
        List<OrgInfo> departments = orgs.all().stream().filter(o -> o.type() == OrgType.DEPARTMENT && o.enabled())
                .toList();
        worker.submit(() -> departments.forEach(org -> {
            try {
                sourceOf(org);
            } catch (RuntimeException e) {
                log.warn("Demo source database of {} not prepared: {}", org.code(), e.toString());
            }
        }));
    }

    /** The catalog's demo entries: a generated table each, mounted. */
    @EventListener
    void onDemoCatalog(DemoCatalogSeeded seeded) {
        worker.submit(() -> {
            try {
                catalogMounted.complete(mountAll(seeded));
            } catch (RuntimeException e) {
                log.warn("Demo entries not mounted: {}", e.toString());
                catalogMounted.complete(0);
            }
        });
    }

    /** For tests: waits until the catalog's demo entries are mounted; answers how many were. */
    int awaitDemoMounts(java.time.Duration limit) throws Exception {
        return catalogMounted.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private int mountAll(DemoCatalogSeeded seeded) {
        long start = System.nanoTime();
        Map<String, List<DemoCatalogSeeded.DemoCatalogEntry>> byOrg = new LinkedHashMap<>();
        seeded.entries().forEach(e -> byOrg.computeIfAbsent(e.providerOrgCode(), k -> new ArrayList<>()).add(e));
        int mounted = 0;
        for (List<DemoCatalogSeeded.DemoCatalogEntry> entries : byOrg.values()) {
            Map<Long, String> tables = new LinkedHashMap<>();
            entries.forEach(e -> tables.put(e.id(), tableName(e.key(), e.id())));
            mounted += mountDemoEntries(tables);
        }
        log.info("Demo sources: {} of {} demo catalog entries mounted in {} ms", mounted, seeded.entries().size(),
                (System.nanoTime() - start) / 1_000_000);
        return mounted;
    }

    /** For tests: mounts one entry as the demo does. */
    boolean mountDemoEntryForTest(long entryId, String key) {
        return mountDemoEntries(Map.of(entryId, tableName(key, entryId))) == 1;
    }

    /** Creates the tables of one org's entries over one connection, then mounts each; answers how many. */
    private int mountDemoEntries(Map<Long, String> tables) {
        List<Object[]> toMount = new ArrayList<>();
        DataSourceRow source = null;
        Connection connection = null;
        try {
            for (Map.Entry<Long, String> t : tables.entrySet()) {
                CatalogEntryView entry = catalog.findLatest(t.getKey()).orElse(null);
                if (entry == null || entry.status() == CatalogStatus.WITHDRAWN || entry.items().isEmpty()
                        || !entry.items().stream().allMatch(i -> SIMPLE_CODE.matcher(i.code()).matches())) {
                    continue;
                }
                OrgInfo org = orgs.get(entry.providerOrgId());
                if (source == null) {
                    source = sourceOf(org);
                    connection = create(source.jdbcUrl());
                }
                boolean changeColumn = entry.items().stream().noneMatch(i -> i.code().equalsIgnoreCase("updated_at"));
                try {
                    String key = createTable(connection, t.getValue(), entry, changeColumn);
                    toMount.add(new Object[] {entry, org, key, changeColumn, t.getValue()});
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    log.warn("Demo table for entry {} not created: {}", entry.id(), e.toString());
                }
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Demo source database not prepared: {}", e.toString());
        } finally {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // nothing left to do with it
                }
            }
        }
        int mounted = 0;
        for (Object[] m : toMount) {
            CatalogEntryView entry = (CatalogEntryView) m[0];
            OrgInfo org = (OrgInfo) m[1];
            boolean changeColumn = (Boolean) m[3];
            Map<String, String> columns = new LinkedHashMap<>();
            entry.items().forEach(i -> columns.put(i.code(), i.code().toLowerCase(Locale.ROOT)));
            CurrentUser admin = new CurrentUser(0, "system", "演示数据", org.id(), org.code(), org.name(), org.type(),
                    Set.of(Role.ORG_CATALOG_ADMIN), false);
            try {
                mounts.mount(entry.id(), new MountRequest(MountType.TABLE, source.id(), (String) m[4], (String) m[2],
                        changeColumn ? "updated_at" : null, columns, null, null), admin, Locale.SIMPLIFIED_CHINESE);
                mounted++;
            } catch (RuntimeException e) {
                // the demo must never stop the platform from starting
                log.warn("Demo entry {} not mounted: {}", entry.id(), e.toString());
            }
        }
        return mounted;
    }

    /** {@code gaj.population_basic} → {@code population_basic}; anything unusual → {@code resource_<id>}. */
    static String tableName(String key, long entryId) {
        String name = key == null ? "" : key.substring(key.indexOf('.') + 1).toLowerCase(Locale.ROOT);
        return SIMPLE_CODE.matcher(name).matches() ? name : "resource_" + entryId;
    }

    private DataSourceRow sourceOf(OrgInfo org) {
        return demoSources.computeIfAbsent(org.id(), id -> sources.findByName(org.id(), SOURCE_NAME)
                .orElseGet(() -> register(org)));
    }

    private DataSourceRow register(OrgInfo org) {
        Path file = policy.demoDirectory(org.code()).resolve("source");
        String url = "jdbc:h2:file:" + file + ";DATABASE_TO_LOWER=TRUE";
        try {
            Files.createDirectories(file.getParent());
            // a database left by an earlier demo run is emptied: the demo city is new
            try (Connection c = create(url); Statement s = c.createStatement()) {
                s.execute("DROP ALL OBJECTS");
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the demo source database of " + org.code(), e);
        }
        Instant now = Instant.now(clock);
        // the ledger fact goes out in the transaction of the insert
        return tx.execute(status -> {
            DataSourceRow row = sources.insert(new DataSourceRow(null, org.id(), SOURCE_NAME, DataSourceType.JDBC, url,
                    "sa", null, null, null, null, 1, null, null, null, "system", now, now));
            events.publishEvent(new DataSourceRegistered(now, "system", org.code(), row.id(), row.name(), row.type(),
                    url));
            return row;
        });
    }

    /** Opens the demo database, creating it if missing (the registered URL never creates one). */
    private Connection create(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "sa");
        props.setProperty("password", "");
        return connections.driver("org.h2.Driver").connect(url, props);
    }

    /** Creates and fills the table of an entry; answers its key column. */
    private String createTable(Connection c, String table, CatalogEntryView entry, boolean changeColumn)
            throws SQLException {
        List<CatalogItemView> items = entry.items();
        CatalogItemView keyItem = items.stream().filter(CatalogItemView::key).findFirst().orElse(null);
        String key = keyItem == null ? "row_id" : keyItem.code().toLowerCase(Locale.ROOT);
        List<String> defs = new ArrayList<>();
        if (keyItem == null) {
            defs.add("row_id BIGINT PRIMARY KEY");
        }
        for (CatalogItemView item : items) {
            defs.add(quote(item.code()) + " " + sqlType(item)
                    + (item == keyItem && !DemoValues.Defects.duplicateKeys(table) ? " PRIMARY KEY" : ""));
        }
        if (changeColumn) {
            defs.add("updated_at TIMESTAMP");
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + quote(table));
            s.execute("CREATE TABLE " + quote(table) + " (" + String.join(", ", defs) + ")");
            int params = items.size() + (keyItem == null ? 1 : 0) + (changeColumn ? 1 : 0);
            String sql = "INSERT INTO " + quote(table) + " VALUES (" + String.join(", ", java.util.Collections.nCopies(params, "?"))
                    + ")";
            DemoValues values = new DemoValues(entry.code().hashCode() * 31L + entry.providerOrgCode().hashCode());
            Set<Object> keys = new HashSet<>();
            Instant seededAt = Instant.now(clock);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < ROWS; i++) {
                    int p = 1;
                    if (keyItem == null) {
                        ps.setLong(p++, i + 1);
                    }
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (CatalogItemView item : items) {
                        Object value = values.value(item, i);
                        for (int tries = 0; item == keyItem && !keys.add(value) && tries < 20; tries++) {
                            value = values.value(item, i + ROWS * (tries + 1));
                        }
                        // the quality demo's deliberate defects, on the demo city's own tables only
                        value = defects.apply(table, item, i, value, row, values);
                        row.put(item.code(), value);
                        ps.setObject(p++, jdbcValue(value));
                    }
                    if (changeColumn) {
                        ps.setObject(p, defects.changedAt(table, i, seededAt));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return key;
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof LocalDate d) {
            return java.sql.Date.valueOf(d);
        }
        if (value instanceof LocalDateTime t) {
            return java.sql.Timestamp.valueOf(t);
        }
        return value;
    }

    private static String sqlType(CatalogItemView item) {
        return switch (item.dataType()) {
            case STRING -> "VARCHAR(" + (item.length() == null || item.length() <= 0 ? 200 : Math.min(item.length(), 4000)) + ")";
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DECIMAL(18,2)";
            case DATE -> "DATE";
            case DATETIME -> "TIMESTAMP";
            case BOOLEAN -> "BOOLEAN";
            case BINARY -> "VARBINARY(1000)";
        };
    }

    /** Item codes are checked against {@link #SIMPLE_CODE}; quoting keeps reserved words such as {@code key} usable. */
    private static String quote(String name) {
        return "\"" + name.toLowerCase(Locale.ROOT) + "\"";
    }
}
