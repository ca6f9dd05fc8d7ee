package org.govdx.source;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.govdx.catalog.CatalogEntries;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.source.internal.DataSourceRow;
import org.govdx.source.internal.DataSourceStore;
import org.govdx.source.internal.FailureReasons;
import org.govdx.source.internal.Identifiers;
import org.govdx.source.internal.MountConnector;
import org.govdx.source.internal.MountRow;
import org.govdx.source.internal.MountStore;
import org.govdx.source.internal.SourcePools;
import org.govdx.source.internal.SourceSettings;
import org.springframework.stereotype.Service;

/**
 * Mounted data for the modules that read it without a user in front (the exchange gateway, sync
 * jobs, quality scans): the mounted table of an entry as SQL-ready quoted names over the source's
 * connection pool, the records of an API or file mount, and registered JDBC sources as write
 * targets. Callers check access themselves; nothing here checks a viewer.
 */
@Service
public class SourceTables {

    private record Dialect(int revision, String quote, String product) {
    }

    private final MountStore mounts;
    private final DataSourceStore sources;
    private final SourcePools pools;
    private final SourceSettings settings;
    private final CatalogEntries catalog;
    private final Map<org.govdx.source.MountType, MountConnector> connectors = new LinkedHashMap<>();
    private final Map<Long, Dialect> dialects = new ConcurrentHashMap<>();

    SourceTables(MountStore mounts, DataSourceStore sources, SourcePools pools, SourceSettings settings,
                 CatalogEntries catalog, List<MountConnector> connectors) {
        this.mounts = mounts;
        this.sources = sources;
        this.pools = pools;
        this.settings = settings;
        this.catalog = catalog;
        connectors.forEach(c -> this.connectors.put(c.mountType(), c));
    }

    /** The mount type of an entry, empty when it is not mounted. */
    public Optional<MountType> mountType(long entryId) {
        return mounts.find(entryId).map(MountRow::type);
    }

    /**
     * The mounted table of an entry; empty when the entry is not mounted on a table.
     *
     * @throws SourceUnavailableException when the source cannot be reached to learn how it quotes names
     */
    public Optional<MountedTable> mountedTable(long entryId) {
        MountRow mount = mounts.find(entryId).filter(m -> m.type() == MountType.TABLE).orElse(null);
        if (mount == null) {
            return Optional.empty();
        }
        DataSourceRow source = sources.find(mount.dataSourceId()).orElse(null);
        if (source == null) {
            return Optional.empty();
        }
        DataSource pool = pools.of(source);
        Dialect dialect = dialect(source, pool);
        Identifiers ids = new Identifiers(dialect.quote());
        Map<String, String> columns = new LinkedHashMap<>();
        mount.columns().forEach((item, column) -> columns.put(item, ids.quote(column)));
        return Optional.of(new MountedTable(entryId, source.id(), source.orgId(), pool, dialect.product(),
                ids.table(mount.tableSchema(), mount.tableName()), columns,
                mount.keyColumn() == null ? null : ids.quote(mount.keyColumn()),
                mount.changeColumn() == null ? null : ids.quote(mount.changeColumn()),
                settings.getQueryTimeout(), dialect.quote()));
    }

    /**
     * Up to {@code limit} records of an entry mounted on an API or a file (or a table), each item
     * code → value as read, unmasked.
     *
     * @throws SourceUnavailableException when the source cannot be read
     */
    public List<Map<String, Object>> records(long entryId, int limit) {
        MountRow mount = mounts.find(entryId).orElseThrow(() -> new SourceUnavailableException("NOT_MOUNTED", null));
        DataSourceRow source = sources.find(mount.dataSourceId())
                .orElseThrow(() -> new SourceUnavailableException("NOT_MOUNTED", null));
        CatalogEntryView entry = catalog.findLatest(entryId)
                .orElseThrow(() -> new SourceUnavailableException("NOT_MOUNTED", null));
        try {
            return connectors.get(mount.type()).read(source, mount, entry.items(), limit);
        } catch (MountConnector.SourceReadException e) {
            throw new SourceUnavailableException(e.code(), e);
        }
    }

    /** A JDBC source registered by {@code orgId}, as a place to write to; empty for another org's or a non-JDBC source. */
    public Optional<SourceConnection> jdbcSource(long dataSourceId, long orgId) {
        return sources.find(dataSourceId)
                .filter(s -> s.orgId() == orgId && s.type() == DataSourceType.JDBC)
                .map(s -> {
                    DataSource pool = pools.of(s);
                    Dialect d = dialect(s, pool);
                    return new SourceConnection(s.id(), s.orgId(), s.name(), pool, d.product(), d.quote());
                });
    }

    /** The stable reason code of a failure reading a source; the driver's text is never part of it. */
    public static SourceUnavailableException unavailable(Throwable failure) {
        if (failure instanceof SourceUnavailableException e) {
            return e;
        }
        return new SourceUnavailableException(FailureReasons.classify(failure), failure);
    }

    private Dialect dialect(DataSourceRow source, DataSource pool) {
        Dialect known = dialects.get(source.id());
        if (known != null && known.revision() == source.revision()) {
            return known;
        }
        try (Connection c = pool.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            Dialect d = new Dialect(source.revision(), meta.getIdentifierQuoteString(), meta.getDatabaseProductName());
            dialects.put(source.id(), d);
            return d;
        } catch (SQLException | RuntimeException e) {
            throw unavailable(e);
        }
    }
}
