package org.govdx.source.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code govdx.source.*}: limits on how the platform talks to registered sources.
 * A JDBC driver is added by putting its jar on the class path and naming it here, e.g.
 * {@code govdx.source.drivers.oracle.prefix=jdbc:oracle:} and
 * {@code govdx.source.drivers.oracle.driver-class=oracle.jdbc.OracleDriver}.
 */
@ConfigurationProperties("govdx.source")
public class SourceSettings {

    /** Largest number of connections the platform opens to one source. */
    private int poolSize = 3;
    /** How long connecting to a source may take. */
    private Duration connectTimeout = Duration.ofSeconds(5);
    /** Hard limit of a connection test, whatever the driver does. */
    private Duration testTimeout = Duration.ofSeconds(8);
    /** Query timeout of metadata reads and previews. */
    private Duration queryTimeout = Duration.ofSeconds(20);
    /** Idle connections to a source are closed after this. */
    private Duration idleTimeout = Duration.ofMinutes(2);
    /** The allowed JDBC drivers by name: URL prefix and driver class. */
    private Map<String, Driver> drivers = defaultDrivers();
    /** Directories (besides {@code <data-dir>/demo-sources}) where embedded H2 source files may live. */
    private List<String> h2Directories = new ArrayList<>();
    /** Largest uploaded file. */
    private long maxUploadBytes = 50L * 1024 * 1024;

    private static Map<String, Driver> defaultDrivers() {
        Map<String, Driver> map = new LinkedHashMap<>();
        map.put("postgresql", new Driver("jdbc:postgresql:", "org.postgresql.Driver"));
        map.put("mariadb", new Driver("jdbc:mariadb:", "org.mariadb.jdbc.Driver"));
        map.put("mysql", new Driver("jdbc:mysql:", "com.mysql.cj.jdbc.Driver"));
        map.put("h2", new Driver("jdbc:h2:", "org.h2.Driver"));
        return map;
    }

    /** One allowed driver. */
    public static class Driver {
        private String prefix;
        private String driverClass;

        public Driver() {
        }

        public Driver(String prefix, String driverClass) {
            this.prefix = prefix;
            this.driverClass = driverClass;
        }

        public String getPrefix() {
            return prefix;
        }

        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        public String getDriverClass() {
            return driverClass;
        }

        public void setDriverClass(String driverClass) {
            this.driverClass = driverClass;
        }
    }

    public int getPoolSize() {
        return poolSize;
    }

    public void setPoolSize(int poolSize) {
        this.poolSize = poolSize;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getTestTimeout() {
        return testTimeout;
    }

    public void setTestTimeout(Duration testTimeout) {
        this.testTimeout = testTimeout;
    }

    public Duration getQueryTimeout() {
        return queryTimeout;
    }

    public void setQueryTimeout(Duration queryTimeout) {
        this.queryTimeout = queryTimeout;
    }

    public Duration getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public Map<String, Driver> getDrivers() {
        return drivers;
    }

    public void setDrivers(Map<String, Driver> drivers) {
        this.drivers = drivers;
    }

    public List<String> getH2Directories() {
        return h2Directories;
    }

    public void setH2Directories(List<String> h2Directories) {
        this.h2Directories = h2Directories;
    }

    public long getMaxUploadBytes() {
        return maxUploadBytes;
    }

    public void setMaxUploadBytes(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }
}
