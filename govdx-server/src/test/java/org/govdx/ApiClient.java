package org.govdx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for tests: JSON in, status and JSON out. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public ApiClient(String base) {
        this.base = base;
    }

    /** Status, headers and parsed body (null when the body is not JSON). */
    public record Response(int status, JsonNode body, String text, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Response get(String path, String token, String language) {
        return send("GET", path, token, null, language);
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body, null);
    }

    public Response post(String path, String token, Object body, String language) {
        return send("POST", path, token, body, language);
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, body, null);
    }

    /** A GET that accepts plain text, e.g. Prometheus metrics. */
    public Response getText(String path, String token) {
        return send("GET", path, token, null, null, "text/plain");
    }

    public Response send(String method, String path, String token, Object body, String language) {
        return send(method, path, token, body, language, "application/json");
    }

    public Response send(String method, String path, String token, Object body, String language, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String text = response.body();
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                json = JSON.readTree(text);
            }
            return new Response(response.statusCode(), json, text, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A bearer token, asserting that sign-in succeeds. */
    public String token(String username, String password) {
        Response r = post("/api/v1/auth/token", null, Map.of("username", username, "password", password));
        assertThat(r.status()).as("token for %s: %s", username, r.text()).isEqualTo(200);
        return r.body().get("accessToken").asText();
    }
}
