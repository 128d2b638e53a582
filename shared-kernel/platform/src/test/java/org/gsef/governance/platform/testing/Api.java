package org.gsef.governance.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests that go through the real API: JSON in, status and JSON out. Each {@code as...} or
 * {@code inLanguage} call returns a new client; an unauthenticated one is the public.
 */
public final class Api {

    /** The password of the demo accounts, which the test databases enable explicitly. */
    public static final String DEMO_PASSWORD = "gsef-demo-2019";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String language;
    private final String authorization;
    private final java.util.Map<String, String> headers;

    public Api(int port) {
        this("http://localhost:" + port, "en", null, java.util.Map.of());
    }

    private Api(String base, String language, String authorization, java.util.Map<String, String> headers) {
        this.base = base;
        this.language = language;
        this.authorization = authorization;
        this.headers = headers;
    }

    public Api inLanguage(String language) {
        return new Api(base, language, authorization, headers);
    }

    /** Sends a header with every request, such as {@code If-Match} or {@code Idempotency-Key}. */
    public Api withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new Api(base, language, authorization, java.util.Map.copyOf(more));
    }

    /** Signs in with HTTP Basic as a demo account. */
    public Api as(String username) {
        return withBasic(username, DEMO_PASSWORD);
    }

    public Api withBasic(String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, language, "Basic " + credentials, headers);
    }

    public Api withBearer(String token) {
        return new Api(base, language, "Bearer " + token, headers);
    }

    /** Obtains a token for a demo account from the token endpoint and signs in with it. */
    public Api withTokenOf(String username) {
        Response issued = as(username).post("/api/auth/token", "");
        if (issued.status() != 200) {
            throw new AssertionError("no token for " + username + ": " + issued);
        }
        return withBearer(issued.json().get("access_token").asString());
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String json) {
        return post(path, "application/json", json);
    }

    public Response post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response send(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private Response send(HttpRequest.Builder request) {
        request.header("Accept-Language", language).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
