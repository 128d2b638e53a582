package org.gsef.governance.launcher;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.gsef.governance.platform.testing.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploads and downloads documents through the real API, as a client sends files: the body is the file's bytes. */
final class Documents {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A small PDF, as its first bytes make it one. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private Documents() {}

    /** What the server answered: its status, headers and body's bytes. */
    record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    /** Attaches a new document to a record as {@code user}. */
    static Answer attach(int port, String user, String kind, String recordId, String name, byte[] content) {
        return post(
                port,
                user,
                "/api/documents?record=" + kind + "&recordId=" + recordId + "&name=" + encode(name),
                content,
                false);
    }

    /** Adds a version to a document as {@code user}. */
    static Answer addVersion(int port, String user, String documentId, String name, byte[] content) {
        return post(port, user, "/api/documents/" + documentId + "/versions?name=" + encode(name), content, false);
    }

    /**
     * Posts a body to a path; {@code chunked} sends it without a declared length, as a stream of unknown size.
     */
    static Answer post(int port, String user, String path, byte[] content, boolean chunked) {
        HttpRequest.BodyPublisher body = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(content))
                : HttpRequest.BodyPublishers.ofByteArray(content);
        return send(
                port,
                user,
                "en",
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/octet-stream")
                        .POST(body));
    }

    /** Posts a file in the caller's language. */
    static Answer send(int port, String user, String language, String path, byte[] content) {
        return send(
                port,
                user,
                language,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/pdf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    static Answer get(int port, String user, String path) {
        return get(port, user, "en", path);
    }

    static Answer get(int port, String user, String language, String path) {
        return send(
                port,
                user,
                language,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET());
    }

    private static Answer send(int port, String user, String language, HttpRequest.Builder request) {
        request.header("Accept-Language", language).timeout(Duration.ofSeconds(60));
        if (user != null) {
            String credentials = Base64.getEncoder()
                    .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request to port " + port + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }
}
