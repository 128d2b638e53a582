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

    /**
     * Sends a body of {@code size} bytes (the PDF's first bytes, then zeros) on a socket of its own, declared or in
     * chunks, while reading what the server answers: a server that answers before the body ends (and closes the
     * connection) is heard, whatever happens to the rest of the body.
     */
    static RawHttp.Answer oversized(int port, String user, String path, long size, boolean chunked)
            throws IOException, InterruptedException {
        try (java.net.Socket socket = RawHttp.connect(port, "127.0.0.1")) {
            String credentials = Base64.getEncoder()
                    .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                    + credentials + "\r\nContent-Type: application/pdf\r\nAccept-Language: en\r\nConnection: close\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n") + "\r\n";
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Thread sender = Thread.ofVirtual().start(() -> {
                byte[] piece = new byte[64 * 1024];
                System.arraycopy(PDF, 0, piece, 0, PDF.length);
                try {
                    for (long sent = 0; sent < size; sent += piece.length) {
                        int length = (int) Math.min(piece.length, size - sent);
                        if (chunked) {
                            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(piece, 0, length);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        piece[0] = 0;
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // the server answered and closed the connection before the body ended
                }
            });
            RawHttp.Answer answer = RawHttp.await(socket, Duration.ofSeconds(90));
            sender.interrupt();
            sender.join(5000);
            if (answer == null) {
                throw new AssertionError("no answer to an upload of " + size + " bytes");
            }
            return answer;
        }
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
