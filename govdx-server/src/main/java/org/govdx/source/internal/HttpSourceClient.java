package org.govdx.source.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls HTTP API sources: GET below the source's base URL (never another host), with the source's
 * stored headers, a time limit and a size limit on the answer, which must be JSON.
 */
@Component
public class HttpSourceClient {

    /** Largest answer read from an API source. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private final SourceSettings settings;
    private final SourceSecrets secrets;
    private final JsonMapper json;
    private final HttpClient http;

    HttpSourceClient(SourceSettings settings, SourceSecrets secrets, JsonMapper json) {
        this.settings = settings;
        this.secrets = secrets;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.getConnectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The address of {@code path} below the source's base URL, or null when the path would leave it
     * (another host, a scheme, {@code ..}).
     */
    public static URI resolve(String baseUrl, String path) {
        if (path == null || path.isBlank() || path.contains("..") || path.contains("\\") || path.startsWith("//")
                || path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || path.chars().anyMatch(c -> c < 0x21)) {
            return null;
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String rel = path.startsWith("/") ? path : "/" + path;
        try {
            URI baseUri = URI.create(base);
            URI uri = URI.create(base + rel);
            if (!baseUri.getHost().equalsIgnoreCase(uri.getHost()) || baseUri.getPort() != uri.getPort()
                    || !baseUri.getScheme().equalsIgnoreCase(uri.getScheme())) {
                return null;
            }
            return uri;
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /**
     * GETs {@code path} and parses the JSON answer.
     *
     * @throws MountConnector.SourceReadException with {@code HOST_UNREACHABLE}, {@code TIMEOUT},
     *         {@code BAD_CREDENTIALS}, {@code HTTP_STATUS}, {@code NOT_JSON} or {@code TOO_LARGE}
     */
    public JsonNode get(DataSourceRow source, String path) {
        URI uri = resolve(source.baseUrl(), path);
        if (uri == null) {
            throw new MountConnector.SourceReadException("BAD_PATH", path, null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.getTestTimeout())
                .header("Accept", "application/json").GET();
        for (Map.Entry<String, String> h : secrets.headers(source).entrySet()) {
            request.header(h.getKey(), h.getValue());
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw MountConnector.SourceReadException.of(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MountConnector.SourceReadException("TIMEOUT", null, e);
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 401 || status == 403) {
                throw new MountConnector.SourceReadException("BAD_CREDENTIALS", null, null);
            }
            if (status < 200 || status >= 300) {
                throw new MountConnector.SourceReadException("HTTP_STATUS", Integer.toString(status), null);
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new MountConnector.SourceReadException("TOO_LARGE", null, null);
            }
            return json.readTree(bytes);
        } catch (JacksonException e) {
            throw new MountConnector.SourceReadException("NOT_JSON", null, e);
        } catch (IOException e) {
            throw MountConnector.SourceReadException.of(e);
        }
    }
}
