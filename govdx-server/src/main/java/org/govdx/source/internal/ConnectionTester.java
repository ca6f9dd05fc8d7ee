package org.govdx.source.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tests a source with a fresh connection (not the pool), bounded by a hard time limit whatever
 * the driver does, and reports a reason code. Failures are logged by reason and exception type
 * only: driver messages can echo connection details, and they never reach the caller.
 */
@Component
public class ConnectionTester implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConnectionTester.class);

    /** Outcome: {@code OK} or a failure reason code, with the product seen when connected. */
    public record Outcome(String code, String product, long elapsedMillis) {

        public boolean ok() {
            return "OK".equals(code);
        }
    }

    private final SourceSettings settings;
    private final DriverConnections connections;
    private final SourceSecrets secrets;
    private final SourceFiles files;
    private final HttpClient http;
    private final ThreadPoolExecutor executor;

    ConnectionTester(SourceSettings settings, DriverConnections connections, SourceSecrets secrets, SourceFiles files) {
        this.settings = settings;
        this.connections = connections;
        this.secrets = secrets;
        this.files = files;
        this.http = HttpClient.newBuilder().connectTimeout(settings.getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, 4, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "govdx-source-test-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public Outcome test(DataSourceRow row) {
        long start = System.nanoTime();
        Callable<String[]> task = switch (row.type()) {
            case JDBC -> () -> jdbc(row);
            case HTTP -> () -> http(row);
            case FILE -> () -> file(row);
        };
        String code;
        String product = null;
        try {
            Future<String[]> future = executor.submit(task);
            try {
                String[] result = future.get(settings.getTestTimeout().toMillis(), TimeUnit.MILLISECONDS);
                code = result[0];
                product = result[1];
            } catch (TimeoutException e) {
                future.cancel(true);
                code = "TIMEOUT";
            }
        } catch (RejectedExecutionException e) {
            code = "BUSY";
        } catch (ExecutionException e) {
            code = e.getCause() instanceof DriverConnections.DriverNotInstalledException
                    ? "DRIVER_NOT_INSTALLED" : FailureReasons.classify(e.getCause());
            log.info("Data source {} test failed: {} ({})", row.id(), code, e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = "TIMEOUT";
        }
        return new Outcome(code, product, (System.nanoTime() - start) / 1_000_000);
    }

    private String[] jdbc(DataSourceRow row) throws Exception {
        try (Connection c = connections.open(row.jdbcUrl(), row.username(), secrets.password(row),
                settings.getConnectTimeout(), settings.getConnectTimeout())) {
            int seconds = (int) Math.max(1, settings.getConnectTimeout().toSeconds());
            if (!c.isValid(seconds)) {
                return new String[] {"FAILED", null};
            }
            DatabaseMetaData md = c.getMetaData();
            return new String[] {"OK", md.getDatabaseProductName() + " " + md.getDatabaseProductVersion()};
        }
    }

    private String[] http(DataSourceRow row) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(row.baseUrl()))
                .timeout(settings.getTestTimeout()).GET();
        for (Map.Entry<String, String> h : secrets.headers(row).entrySet()) {
            request.header(h.getKey(), h.getValue());
        }
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        String product = "HTTP " + status;
        if (status == 401 || status == 403) {
            return new String[] {"BAD_CREDENTIALS", product};
        }
        if (status >= 400) {
            return new String[] {"HTTP_STATUS", product};
        }
        return new String[] {"OK", product};
    }

    private String[] file(DataSourceRow row) throws Exception {
        Path dir = files.directoryOf(row);
        Files.createDirectories(dir);
        return Files.isWritable(dir) ? new String[] {"OK", "files"} : new String[] {"FAILED", null};
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
