package org.govdx.source.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One small HikariCP pool per JDBC source, created on first use and retired when the source
 * changes (its revision moves on): the platform never holds more than {@code poolSize}
 * connections to a department's database, and idle ones are closed after a while.
 */
@Component
public class SourcePools implements DisposableBean {

    private record Pool(int revision, HikariDataSource dataSource) {
    }

    private final Map<Long, Pool> pools = new ConcurrentHashMap<>();
    private final SourceSettings settings;
    private final JdbcDriverPolicy policy;
    private final SourceSecrets secrets;

    SourcePools(SourceSettings settings, JdbcDriverPolicy policy, SourceSecrets secrets) {
        this.settings = settings;
        this.policy = policy;
        this.secrets = secrets;
    }

    /** The pool of a JDBC source at its current revision. */
    public DataSource of(DataSourceRow row) {
        Pool pool = pools.compute(row.id(), (id, current) -> {
            if (current != null && current.revision() == row.revision() && !current.dataSource().isClosed()) {
                return current;
            }
            if (current != null) {
                current.dataSource().close();
            }
            return new Pool(row.revision(), create(row));
        });
        return pool.dataSource();
    }

    /** Closes the pool of a source, e.g. after its settings changed. */
    public void retire(long sourceId) {
        Pool pool = pools.remove(sourceId);
        if (pool != null) {
            pool.dataSource().close();
        }
    }

    /** Number of open pools, for tests and metrics. */
    public int openPools() {
        return pools.size();
    }

    /** True when the source has a live pool at exactly this revision. */
    public boolean hasPool(long sourceId, int revision) {
        Pool pool = pools.get(sourceId);
        return pool != null && pool.revision() == revision && !pool.dataSource().isClosed();
    }

    private HikariDataSource create(DataSourceRow row) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("govdx-source-" + row.id());
        config.setDriverClassName(policy.driverClass(row.jdbcUrl()));
        config.setJdbcUrl(policy.effectiveUrl(row.jdbcUrl()));
        if (row.username() != null && !row.username().isEmpty()) {
            config.setUsername(row.username());
        }
        String password = secrets.password(row);
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(Math.max(1, settings.getPoolSize()));
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Math.max(250, settings.getConnectTimeout().toMillis()));
        config.setValidationTimeout(Math.max(250, Math.min(settings.getConnectTimeout().toMillis(), 5000)));
        config.setIdleTimeout(Math.max(10_000, settings.getIdleTimeout().toMillis()));
        config.setMaxLifetime(Duration.ofMinutes(30).toMillis());
        // lazy: a source that is down must not fail the caller's transaction before it asks for a connection
        config.setInitializationFailTimeout(-1);
        Properties props = new Properties();
        DriverConnections.timeouts(row.jdbcUrl(), props, settings.getConnectTimeout(), null);
        props.forEach((k, v) -> config.addDataSourceProperty((String) k, v));
        return new HikariDataSource(config);
    }

    @Override
    public void destroy() {
        pools.values().forEach(p -> p.dataSource().close());
        pools.clear();
    }
}
