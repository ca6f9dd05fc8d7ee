package org.govdx.source.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.govdx.common.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which JDBC URLs an org may register. Only allowlisted drivers; no connection options that let
 * a URL load classes, write files, read the platform's files or run scripts (the known JDBC URL
 * attacks: pgjdbc socketFactory/loggerFile, MySQL autoDeserialize/local infile, H2 INIT scripts);
 * an embedded H2 file only inside the allowed directories, never the platform's own database;
 * no password inside the URL (it belongs in the encrypted password field).
 */
@Component
public class JdbcDriverPolicy {

    private static final Set<String> PG_FORBIDDEN = Set.of("socketfactory", "socketfactoryarg", "sslfactory",
            "sslfactoryarg", "sslhostnameverifier", "sslpasswordcallback", "authenticationpluginclassname",
            "loggerfile", "loggerlevel", "sslkey", "sslcert", "sslrootcert", "password", "sslpassword");
    private static final Set<String> MYSQL_FORBIDDEN = Set.of("allowloadlocalinfile", "allowlocalinfile",
            "allowurlinlocalinfile", "autodeserialize", "socketfactory", "queryinterceptors", "statementinterceptors",
            "exceptioninterceptors", "connectionlifecycleinterceptors", "credentialtype", "password", "password1",
            "password2", "serversslcert", "keystore", "truststore", "restrictedauth");
    /** H2 settings a source URL may carry; everything else (INIT, TRACE_*, AUTO_SERVER, …) is refused. */
    private static final Set<String> H2_ALLOWED = Set.of("mode", "database_to_upper", "database_to_lower",
            "case_insensitive_identifiers", "ifexists", "access_mode_data", "default_null_ordering", "non_keywords");

    private final SourceSettings settings;
    private final Path demoSources;
    private final List<Path> h2Directories = new ArrayList<>();

    JdbcDriverPolicy(SourceSettings settings, @Value("${govdx.data-dir:./data}") String dataDir) {
        this.settings = settings;
        this.demoSources = Path.of(dataDir).resolve("demo-sources").toAbsolutePath().normalize();
        settings.getH2Directories().forEach(d -> h2Directories.add(Path.of(d).toAbsolutePath().normalize()));
    }

    /** The directory of an org's demo source database: {@code <data-dir>/demo-sources/<org code>}. */
    public Path demoDirectory(String orgCode) {
        return demoSources.resolve(orgCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "_"));
    }

    /** The allowed driver for a URL, if any. */
    public Optional<SourceSettings.Driver> driverFor(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return settings.getDrivers().values().stream()
                .filter(d -> d.getPrefix() != null && lower.startsWith(d.getPrefix().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /**
     * Problems with a URL an org registers, reported on field {@code jdbcUrl}; empty when it may be
     * used. An embedded H2 file must lie in a configured directory or in the org's own demo directory.
     */
    public List<FieldProblem> check(String url, String orgCode) {
        List<FieldProblem> problems = new ArrayList<>();
        if (url.length() > 1000) {
            problems.add(new FieldProblem("jdbcUrl", "TOO_LONG", 1000));
            return problems;
        }
        if (url.chars().anyMatch(c -> c < 0x20)) {
            problems.add(new FieldProblem("jdbcUrl", "INVALID_JDBC_URL"));
            return problems;
        }
        Optional<SourceSettings.Driver> driver = driverFor(url);
        if (driver.isEmpty()) {
            problems.add(new FieldProblem("jdbcUrl", "JDBC_DRIVER_NOT_ALLOWED", allowedPrefixes()));
            return problems;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            checkH2(url, orgCode, problems);
        } else if (lower.startsWith("jdbc:postgresql:")) {
            forbidden(url, PG_FORBIDDEN, problems);
            userInfo(url, problems);
        } else if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            forbidden(url, MYSQL_FORBIDDEN, problems);
            userInfo(url, problems);
        }
        return problems;
    }

    /** The URL the driver is given: H2 never creates a missing database; MySQL URLs work with MariaDB's driver. */
    public String effectiveUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:") && !lower.contains("ifexists=")) {
            return url + ";IFEXISTS=TRUE";
        }
        if (lower.startsWith("jdbc:mysql:") && !classPresent("com.mysql.cj.jdbc.Driver")
                && !lower.contains("permitmysqlscheme")) {
            return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
        }
        return url;
    }

    /** The driver class to load for a URL (MariaDB's for a MySQL URL when MySQL's is not installed). */
    public String driverClass(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:mysql:") && !classPresent("com.mysql.cj.jdbc.Driver")) {
            return "org.mariadb.jdbc.Driver";
        }
        return driverFor(url).map(SourceSettings.Driver::getDriverClass).orElseThrow();
    }

    private String allowedPrefixes() {
        return String.join(", ", settings.getDrivers().values().stream().map(SourceSettings.Driver::getPrefix).toList());
    }

    private void checkH2(String url, String orgCode, List<FieldProblem> problems) {
        String rest = url.substring("jdbc:h2:".length());
        String[] parts = rest.split(";");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                continue;
            }
            String key = parts[i].split("=", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (!H2_ALLOWED.contains(key)) {
                problems.add(new FieldProblem("jdbcUrl", "JDBC_OPTION_NOT_ALLOWED", key.toUpperCase(Locale.ROOT)));
            }
        }
        String location = parts[0];
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tcp://") || lower.startsWith("ssl://")) {
            return;
        }
        if (lower.startsWith("file:")) {
            location = location.substring(5);
        } else if (lower.matches("^[a-z]+:.*") && !lower.matches("^[a-z]:[\\\\/].*")) {
            // mem:, split:, nio:, zip:, … : not a database a department runs
            problems.add(new FieldProblem("jdbcUrl", "H2_LOCATION_NOT_ALLOWED"));
            return;
        }
        if (location.startsWith("~")) {
            problems.add(new FieldProblem("jdbcUrl", "H2_LOCATION_NOT_ALLOWED"));
            return;
        }
        Path path = Path.of(location).toAbsolutePath().normalize();
        boolean inside = h2Directories.stream().anyMatch(path::startsWith)
                || (orgCode != null && path.startsWith(demoDirectory(orgCode)));
        if (!inside) {
            problems.add(new FieldProblem("jdbcUrl", "H2_LOCATION_NOT_ALLOWED"));
        }
    }

    private static void forbidden(String url, Set<String> forbidden, List<FieldProblem> problems) {
        int q = url.indexOf('?');
        if (q < 0) {
            return;
        }
        for (String pair : url.substring(q + 1).split("[&;]")) {
            String key = pair.split("=", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (key.equals("password") || key.equals("sslpassword") || key.startsWith("password")) {
                problems.add(new FieldProblem("jdbcUrl", "PASSWORD_IN_URL"));
            } else if (forbidden.contains(key)) {
                problems.add(new FieldProblem("jdbcUrl", "JDBC_OPTION_NOT_ALLOWED", key));
            }
        }
    }

    private static void userInfo(String url, List<FieldProblem> problems) {
        int start = url.indexOf("//");
        if (start < 0) {
            return;
        }
        int end = url.indexOf('/', start + 2);
        String authority = url.substring(start + 2, end < 0 ? url.length() : end);
        int at = authority.lastIndexOf('@');
        if (at >= 0 && authority.substring(0, at).contains(":")) {
            problems.add(new FieldProblem("jdbcUrl", "PASSWORD_IN_URL"));
        }
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, JdbcDriverPolicy.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
