package org.govdx.source.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Opens one JDBC connection straight through the allowlisted driver (never DriverManager, whose
 * settings are global), with connect and read timeouts set the way each driver expects them.
 */
@Component
public class DriverConnections {

    private final JdbcDriverPolicy policy;

    DriverConnections(JdbcDriverPolicy policy) {
        this.policy = policy;
    }

    /** Thrown when the allowlisted driver's jar is not on the class path. */
    public static final class DriverNotInstalledException extends SQLException {

        DriverNotInstalledException(String driverClass) {
            super("driver not installed: " + driverClass);
        }
    }

    public Connection open(String url, String username, String password, Duration connectTimeout,
                           Duration readTimeout) throws SQLException {
        Driver driver = driver(policy.driverClass(url));
        String effective = policy.effectiveUrl(url);
        Connection connection = driver.connect(effective, properties(url, username, password, connectTimeout, readTimeout));
        if (connection == null) {
            throw new SQLException("URL not accepted by the driver", "08001");
        }
        return connection;
    }

    /** Driver properties: credentials and timeouts. */
    public static Properties properties(String url, String username, String password, Duration connectTimeout,
                                        Duration readTimeout) {
        Properties props = new Properties();
        if (username != null && !username.isEmpty()) {
            props.setProperty("user", username);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        timeouts(url, props, connectTimeout, readTimeout);
        return props;
    }

    /** Sets connect and read timeouts in the driver's own terms. */
    public static void timeouts(String url, Properties props, Duration connectTimeout, Duration readTimeout) {
        String lower = url.toLowerCase(Locale.ROOT);
        long connectSeconds = Math.max(1, connectTimeout.toSeconds());
        if (lower.startsWith("jdbc:postgresql:")) {
            props.setProperty("connectTimeout", Long.toString(connectSeconds));
            if (readTimeout != null) {
                props.setProperty("socketTimeout", Long.toString(Math.max(1, readTimeout.toSeconds())));
            }
        } else if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            props.setProperty("connectTimeout", Long.toString(connectTimeout.toMillis()));
            if (readTimeout != null) {
                props.setProperty("socketTimeout", Long.toString(readTimeout.toMillis()));
            }
        }
    }

    public Driver driver(String driverClass) throws SQLException {
        try {
            Class<?> type = Class.forName(driverClass, true, DriverConnections.class.getClassLoader());
            return (Driver) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new DriverNotInstalledException(driverClass);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new DriverNotInstalledException(driverClass);
        }
    }
}
