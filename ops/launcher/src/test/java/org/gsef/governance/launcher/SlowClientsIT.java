package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gsef.governance.platform.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow and numerous clients (issue #15: about 200 connections sending a body a byte every ten seconds made {@code
 * /actuator/health} time out for everyone until they closed). A smaller ops/faults "slow clients": here a body must
 * arrive within 6 s, and the pages' live streams are capped at 2 per account and 3 per address, with a heartbeat every
 * second, so that the tests are short.
 */
@SingleNodeOnPostgres(
        properties = {
            "gsef.web.request-body-deadline=6s",
            "gsef.pages.live.per-account=2",
            "gsef.pages.live.per-address=3",
            "gsef.pages.live.heartbeat=1s"
        })
class SlowClientsIT {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    String token;

    @BeforeEach
    void signIn() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/token"))
                                .header("Authorization", basic("secretariat"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher found = ACCESS_TOKEN.matcher(response.body());
        assertThat(found.find()).as(response.body()).isTrue();
        token = found.group(1);
    }

    @Test
    void health_and_a_signed_in_read_answer_within_a_second_while_three_hundred_slow_clients_hold_connections()
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> health = new ArrayList<>();
        List<Long> signedIn = new ArrayList<>();
        try (ExecutorService slow = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 300; i++) {
                String head = switch (i % 6) {
                    case 0 -> "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n";
                    case 1, 2, 3 ->
                        "POST /api/membership-applications HTTP/1.1\r\nHost: localhost\r\n"
                                + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 100000\r\n\r\n{";
                    default ->
                        "POST /login HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n";
                };
                slow.submit(() -> drip(head, stop));
            }
            Thread.sleep(1500);
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                health.add(timed(client, HttpRequest.newBuilder(uri("/actuator/health"))));
                signedIn.add(timed(
                        client,
                        HttpRequest.newBuilder(uri("/api/members/count")).header("Authorization", "Bearer " + token)));
                Thread.sleep(250);
            }
            stop.set(true);
        }
        assertThat(health)
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(millis -> assertThat(millis)
                        .as("health answered 200 within a second (-1: no answer)")
                        .isBetween(0L, 1000L));
        assertThat(signedIn)
                .allSatisfy(millis -> assertThat(millis)
                        .as("a signed-in read answered 200 within a second (-1: no answer)")
                        .isBetween(0L, 1000L));
    }

    @Test
    void a_body_trickling_in_is_cut_off_at_the_deadline_with_a_408_problem() throws Exception {
        for (String head : List.of(
                "POST /api/membership-applications HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nAccept-Language: fr\r\n"
                        + "Content-Length: 10000\r\n\r\n{",
                "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Accept-Language: fr\r\nContent-Length: 10000\r\n\r\nusername=")) {
            long start = System.nanoTime();
            RawHttp.Answer answer;
            try (Socket socket = RawHttp.connect(port, "127.0.0.1")) {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                answer = null;
                // Blanks in the JSON, letters in the form's field: the body stays well-formed as it grows.
                int drip = head.contains("json") ? ' ' : 'a';
                while (answer == null
                        && System.nanoTime() - start < Duration.ofSeconds(15).toNanos()) {
                    out.write(drip);
                    out.flush();
                    answer = RawHttp.await(socket, Duration.ofSeconds(1));
                }
            }
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertThat(answer).as(head + ": an answer within 15 s").isNotNull();
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.first("Connection")).isEqualTo("close");
            assertThat(answer.body()).contains("\"code\":\"request-timeout\"").contains("Requête trop lente");
            assertThat(seconds).as("answered soon after the 6 s deadline").isBetween(6L, 9L);
        }
    }

    @Test
    void a_login_form_that_cannot_be_read_is_refused_without_a_server_error() throws Exception {
        for (String form : List.of("username=%ZZ&password=x", "username=a&password=%")) {
            RawHttp.Answer answer = RawHttp.send(
                    port,
                    "127.0.0.61",
                    "POST /login HTTP/1.1\nHost: localhost\nContent-Type: application/x-www-form-urlencoded",
                    form);
            assertThat(answer.status()).as(form).isBetween(300, 499);
        }
        RawHttp.Answer charset = RawHttp.send(
                port,
                "127.0.0.61",
                "POST /login HTTP/1.1\nHost: localhost\nContent-Type: application/x-www-form-urlencoded; charset=nope",
                "username=a&password=b");
        assertThat(charset.status()).as("an unknown charset").isBetween(300, 499);
    }

    @Test
    void a_refused_request_is_answered_and_its_unread_body_not_waited_for() throws Exception {
        try (Socket socket = RawHttp.connect(port, "127.0.0.1")) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/membership-applications HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"organisationName\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            RawHttp.Answer answer = RawHttp.await(socket, Duration.ofSeconds(2));
            assertThat(answer).as("an answer without the rest of the body").isNotNull();
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.first("Connection")).isEqualTo("close");
        }
    }

    @Test
    void live_streams_are_capped_per_address_with_a_429_problem_and_a_closed_one_frees_its_place() throws Exception {
        List<Socket> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                streams.add(openStream("127.0.0.41", null));
            }
            RawHttp.Answer refused = RawHttp.send(
                    port, "127.0.0.41", "GET /live HTTP/1.1\nHost: localhost\nAccept: text/event-stream", null);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.first("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.first("Retry-After")).isEqualTo("1");
            assertThat(refused.body()).contains("\"code\":\"too-many-streams\"");
            assertThat(openStream("127.0.0.42", null))
                    .as("another address")
                    .isNotNull()
                    .satisfies(streams::add);

            streams.removeFirst().close();
            Socket again = null;
            for (int attempt = 0; attempt < 20 && again == null; attempt++) {
                Thread.sleep(250);
                again = openStreamOrNull("127.0.0.41", null);
            }
            assertThat(again)
                    .as("a place given back by a closed stream within a few heartbeats")
                    .isNotNull();
            streams.add(again);
        } finally {
            for (Socket stream : streams) {
                stream.close();
            }
        }
    }

    @Test
    void live_streams_are_capped_per_account_whatever_the_address() throws Exception {
        String session = pageSession("127.0.0.51");
        List<Socket> streams = new ArrayList<>();
        try {
            streams.add(openStream("127.0.0.52", session));
            streams.add(openStream("127.0.0.53", session));
            RawHttp.Answer refused = RawHttp.send(
                    port,
                    "127.0.0.54",
                    "GET /live HTTP/1.1\nHost: localhost\nAccept: text/event-stream\nAccept-Language: es\n"
                            + "Cookie: JSESSIONID=" + session,
                    null);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.body()).contains("\"code\":\"too-many-streams\"").contains("como máximo 2");
            assertThat(openStream("127.0.0.54", null))
                    .as("the public, from that address")
                    .satisfies(streams::add);
        } finally {
            for (Socket stream : streams) {
                stream.close();
            }
        }
    }

    /** A session of the pages, signed in through the login form as the auditor. */
    private String pageSession(String from) throws IOException {
        RawHttp.SignIn signedIn = RawHttp.signIn(port, from, "localhost", null, "auditor", Api.DEMO_PASSWORD);
        assertThat(signedIn.answer().status()).isEqualTo(302);
        return signedIn.session();
    }

    private Socket openStream(String from, String session) throws IOException {
        Socket stream = openStreamOrNull(from, session);
        assertThat(stream).as("a stream from " + from).isNotNull();
        return stream;
    }

    /** A live stream kept open, once its first event arrived; null when refused. */
    private Socket openStreamOrNull(String from, String session) throws IOException {
        Socket socket = RawHttp.connect(port, from);
        socket.getOutputStream()
                .write(("GET /live HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                                + (session == null ? "" : "Cookie: JSESSIONID=" + session + "\r\n") + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        socket.setSoTimeout(5000);
        byte[] buffer = new byte[4096];
        int n = socket.getInputStream().read(buffer);
        String head = n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
        if (head.startsWith("HTTP/1.1 200")) {
            return socket;
        }
        socket.close();
        return null;
    }

    /** A slow client: its request's head, then a byte a second until told to stop or cut off. */
    private void drip(String head, AtomicBoolean stop) {
        try (Socket socket = RawHttp.connect(port, "127.0.0.1")) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (!stop.get()) {
                Thread.sleep(1000);
                out.write(head.startsWith("GET") ? 'X' : ' ');
                out.flush();
            }
        } catch (IOException cutOff) {
            // the server ended the connection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Milliseconds to a 200 answer; -1 for none within five seconds or another status. */
    private static long timed(HttpClient client, HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response =
                    client.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? (System.nanoTime() - start) / 1_000_000 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String account) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((account + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
