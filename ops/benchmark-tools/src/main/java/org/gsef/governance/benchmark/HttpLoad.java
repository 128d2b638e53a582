package org.gsef.governance.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load against a running system, sent only to the address given (loopback in ops/benchmark). Two shapes: a closed
 * loop (a fixed number of clients, each sending its next request when the last is answered) for throughput, and an
 * open loop (requests started at a fixed rate whatever the answers do, latency counted from when each request was due,
 * so that a stall is not hidden) for latency at a given load.
 */
final class HttpLoad {

    /** The id in the answer to a command that created a resource ({@code 201 {"id": ...}}). */
    static final Pattern CREATED_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    /**
     * Tells this run's organisations from an earlier run's on the same database: an organisation applies once, so a
     * second run naming the same ones would be refused.
     */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private final HttpClient client = client(Duration.ofSeconds(5));
    private final String base;
    private final String token;

    HttpLoad(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** An HTTP/1.1 client sending each request from a virtual thread, giving up connecting after the timeout. */
    static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** One request, its answer read whole. */
    HttpResponse<String> fetch(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * One request; true when it was answered with the expected status. The answer is read to its end, as a browser
     * reads it, but not kept: decoding it into a string only made this client's own garbage collections, on the cores
     * the measured system shares.
     */
    boolean send(HttpRequest request, int expected) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == expected;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    HttpRequest post(String path, String json) {
        return request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    HttpRequest get(String path) {
        return request(path).GET().build();
    }

    /** An application the load works on, and whether it waits to be returned or to be resubmitted. */
    record Application(String id, boolean returned) {}

    /**
     * Submits {@code count} applications (the set the command load then cycles through, one request per application
     * at a time, so that no two requests ever race for one entity).
     */
    ConcurrentLinkedQueue<Application> applications(int count) throws InterruptedException {
        ConcurrentLinkedQueue<Application> ready = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < count; i++) {
                int number = i;
                pool.submit(() -> {
                    try {
                        HttpResponse<String> response = fetch(post("/api/membership-applications", submission(number)));
                        Matcher id = CREATED_ID.matcher(response.body());
                        if (response.statusCode() == 201 && id.find()) {
                            ready.add(new Application(id.group(1), false));
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        failed.incrementAndGet();
                    }
                });
            }
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + count + " applications were not accepted");
        }
        return ready;
    }

    /** The next command on an application: returned for information, or resubmitted; true when accepted. */
    boolean command(ConcurrentLinkedQueue<Application> ready) {
        Application application = ready.poll();
        if (application == null) {
            return false;
        }
        String path = "/api/membership-applications/" + application.id();
        boolean accepted = application.returned()
                ? send(post(path + "/resubmission", submission(application.id())), 202)
                : send(post(path + "/return", "{\"reason\": \"the statutes are missing\"}"), 202);
        ready.add(new Application(application.id(), accepted != application.returned()));
        return accepted;
    }

    /** The submission of this run's organisation {@code number}. */
    static String submission(int number) {
        return submission(RUN + "-" + number);
    }

    /** The submission of an organisation with that distinguishing part of its name (an application's, once submitted). */
    static String submission(String name) {
        return """
                {"organisationName": "Red de economía social %s", "kind": "LOCAL_SSE_NETWORK", "country": "MX",
                 "region": "LATIN_AMERICA_AND_CARIBBEAN", "city": "Puebla", "preferredLanguage": "SPANISH"}""".formatted(name);
    }

    /** {@code clients} clients in a closed loop for the warm-up, then for the measured time. */
    static Latencies closedLoop(int clients, Duration warmUp, Duration measured, Supplier<Boolean> operation)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().name("client-" + i).start(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    boolean ok = operation.get();
                    if (measuring.get() && running.get()) {
                        if (ok) {
                            latencies.record(System.nanoTime() - started);
                        } else {
                            latencies.error();
                        }
                    }
                }
            }));
        }
        Thread.sleep(warmUp.toMillis());
        measuring.set(true);
        Thread.sleep(measured.toMillis());
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return latencies;
    }

    /** Requests started at {@code perSecond} for the warm-up, then for the measured time. */
    static Latencies openLoop(double perSecond, Duration warmUp, Duration measured, Supplier<Boolean> operation)
            throws InterruptedException {
        return openLoop(perSecond, warmUp, measured, operation, new Timeline());
    }

    /**
     * Requests started at {@code perSecond} for the warm-up, then for the measured time; each measured one is also
     * written down in {@code timeline}: when it was due, how late this client sent it, and when it was answered.
     */
    static Latencies openLoop(
            double perSecond, Duration warmUp, Duration measured, Supplier<Boolean> operation, Timeline timeline)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        long interval = Math.round(1e9 / perSecond);
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        timeline.opensAt(Instant.now().plusNanos(warmUp.toNanos()));
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long due = start; due < end; due += interval) {
                long scheduled = due;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                requests.submit(() -> {
                    long sent = System.nanoTime();
                    boolean ok = operation.get();
                    long answered = System.nanoTime();
                    if (scheduled >= measureFrom) {
                        if (ok) {
                            latencies.record(answered - scheduled);
                        } else {
                            latencies.error();
                        }
                        timeline.add(scheduled - measureFrom, sent - scheduled, answered - scheduled, ok);
                    }
                });
            }
        }
        return latencies;
    }

    /**
     * The measured requests of an open loop, one by one: when each was due (from the start of the measured window),
     * how late the load client itself sent it (its own scheduling, garbage collection or a starved core: counted in
     * the latency, since the request was due then, but not the system's doing), and its latency from when it was due.
     * Written out, it shows whether slow answers come together (a stall of the system) or alone.
     */
    static final class Timeline {

        private final List<long[]> sent = new ArrayList<>();
        private final Latencies lateness = new Latencies();
        private volatile Instant opened;

        /** When the measured window opens, by the wall clock (to set the requests beside a server's own logs). */
        void opensAt(Instant instant) {
            opened = instant;
        }

        synchronized void add(long dueNanos, long lateNanos, long latencyNanos, boolean ok) {
            sent.add(new long[] {dueNanos, lateNanos, latencyNanos, ok ? 1 : 0});
            lateness.record(lateNanos);
        }

        /** How late the client sent the measured requests. */
        Latencies lateness() {
            return lateness;
        }

        /** The window's opening, then one line per request in the order due: {@code due_ms late_ms latency_ms ok}. */
        synchronized void write(Path file) throws IOException {
            List<String> lines = new ArrayList<>();
            lines.add("# the measured window opened at " + opened);
            lines.add("due_ms late_ms latency_ms ok");
            sent.stream()
                    .sorted(Comparator.comparingLong(request -> request[0]))
                    .forEach(request -> lines.add(String.format(
                            Locale.ROOT,
                            "%.3f %.3f %.3f %d",
                            request[0] / 1e6,
                            request[1] / 1e6,
                            request[2] / 1e6,
                            request[3])));
            Files.write(file, lines);
        }
    }

    static String report(String name, Latencies latencies, Duration measured) {
        return String.format(
                Locale.ROOT,
                "%s requests=%d errors=%d throughput=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f",
                name,
                latencies.count(),
                latencies.errors(),
                latencies.count() / (measured.toMillis() / 1000.0),
                latencies.percentileMillis(50),
                latencies.percentileMillis(99),
                latencies.maxMillis());
    }
}
