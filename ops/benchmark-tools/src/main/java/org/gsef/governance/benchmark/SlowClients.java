package org.gsef.governance.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slowloris and slow-body clients, for ops/faults: {@code connections} connections to the server, a third sending
 * their request headers, a third a JSON body to the API (signed in), a third the login form's body, each one byte every
 * {@code interval} seconds, for {@code seconds}; meanwhile {@code /actuator/health} and a signed-in request ({@code
 * /api/members/count} with a bearer token) are each timed twice a second on fresh connections. Prints how many slow
 * connections were opened and how many the server ended (timed out or answered), and the probes' latencies; a probe
 * counts as slow over one second and as lost when it had no answer within five.
 */
final class SlowClients {

    private static final Duration SLOW = Duration.ofSeconds(1);

    private SlowClients() {}

    static String run(Map<String, String> options) throws Exception {
        URI base = URI.create(options.get("url"));
        String token = Benchmark.token(options.get("url"), options.get("user"), options.get("password"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "300"));
        Duration interval = Duration.ofSeconds(Long.parseLong(options.getOrDefault("interval", "5")));
        Duration length = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
        long until = System.nanoTime() + length.toNanos();

        AtomicInteger opened = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger endedByServer = new AtomicInteger();
        List<Long> endedAfterMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        Latencies health = new Latencies();
        Latencies signedIn = new Latencies();
        try (ExecutorService slow = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < connections; i++) {
                String head = switch (i % 3) {
                    case 0 -> "GET /actuator/health HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n";
                    case 1 ->
                        "POST /api/membership-applications HTTP/1.1\r\nHost: " + base.getAuthority()
                                + "\r\nAuthorization: Bearer " + token
                                + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{";
                    default ->
                        "POST /login HTTP/1.1\r\nHost: " + base.getAuthority()
                                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n";
                };
                byte drip = (byte) (i % 3 == 0 ? 'X' : ' ');
                slow.submit(() ->
                        drip(base, head, drip, interval, until, opened, refused, endedByServer, endedAfterMillis));
                Thread.sleep(2);
            }
            // The probes, twice a second once every slow client has sent its first drip, while they hold their
            // connections.
            Thread.sleep(interval.toMillis() + 500);
            try (ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
                while (System.nanoTime() < until) {
                    probes.submit(() -> probe(HttpRequest.newBuilder(base.resolve("/actuator/health")), health));
                    probes.submit(() -> probe(
                            HttpRequest.newBuilder(base.resolve("/api/members/count"))
                                    .header("Authorization", "Bearer " + token),
                            signedIn));
                    Thread.sleep(500);
                }
            }
            slow.shutdownNow();
            slow.awaitTermination(10, TimeUnit.SECONDS);
        }
        List<Long> ended = new ArrayList<>(endedAfterMillis);
        ended.sort(null);
        return String.format(
                Locale.ROOT,
                "slow connections=%d opened=%d refused=%d ended_by_server=%d ended_after_ms_p50=%s"
                        + " health_probes=%d health_slow=%d health_lost=%d health_p50_ms=%.1f health_max_ms=%.1f"
                        + " signed_in_probes=%d signed_in_slow=%d signed_in_lost=%d signed_in_p50_ms=%.1f"
                        + " signed_in_max_ms=%.1f",
                connections,
                opened.get(),
                refused.get(),
                endedByServer.get(),
                ended.isEmpty() ? "-" : ended.get(ended.size() / 2).toString(),
                health.count() + health.errors(),
                health.over(SLOW),
                health.errors(),
                health.percentileMillis(50),
                health.maxMillis(),
                signedIn.count() + signedIn.errors(),
                signedIn.over(SLOW),
                signedIn.errors(),
                signedIn.percentileMillis(50),
                signedIn.maxMillis());
    }

    /**
     * One slow client: sends the head of its request, then one byte every interval until the time is up or the server
     * ends the connection (closes it, or answers, which ends it for this client too).
     */
    private static void drip(
            URI base,
            String head,
            byte drip,
            Duration interval,
            long until,
            AtomicInteger opened,
            AtomicInteger refused,
            AtomicInteger endedByServer,
            List<Long> endedAfterMillis) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
        } catch (IOException e) {
            refused.incrementAndGet();
            return;
        }
        opened.incrementAndGet();
        long start = System.nanoTime();
        try (socket) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            socket.setSoTimeout(1);
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (System.nanoTime() < until) {
                Thread.sleep(interval.toMillis());
                if (ended(in)) {
                    endedByServer.incrementAndGet();
                    endedAfterMillis.add((System.nanoTime() - start) / 1_000_000);
                    return;
                }
                out.write(drip);
                out.flush();
            }
        } catch (IOException e) {
            endedByServer.incrementAndGet();
            endedAfterMillis.add((System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the server closed the connection or answered on it (a byte or the end of the stream is waiting). */
    private static boolean ended(InputStream in) throws IOException {
        try {
            in.read();
            return true;
        } catch (java.net.SocketTimeoutException nothingYet) {
            return false;
        }
    }

    /** One request on a new connection (a new client), timed. */
    private static void probe(HttpRequest.Builder request, Latencies latencies) {
        long sent = System.nanoTime();
        try (HttpClient client = HttpLoad.client(Duration.ofSeconds(5))) {
            HttpResponse<Void> response =
                    client.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                latencies.record(System.nanoTime() - sent);
            } else {
                latencies.error();
            }
        } catch (IOException e) {
            latencies.error();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            latencies.error();
        }
    }
}
