package org.gsef.governance.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tools ops/benchmark drives, one per sub-command; each prints one line of {@code key=value} figures.
 *
 * <pre>
 * history  --db-url= --db-user= --db-password= --integrity-key= --events= --long-entity-events=
 * commands --url= --user= --password= --clients= --applications= --warm-up= --seconds= [--rate= [--timeline=file]]
 *          [--app-pid= --db-url= --db-user= --db-password= --clock-ticks=]   (CPU time of those processes per command, over the window)
 * rebuild  --url= --user= --password= [--timeout=] [--promote=false]   (a full rebuild timed in parts, promoted)
 * queries  --url= --user= --password= --rate= --warm-up= --seconds= --paths=/a,/b
 * as-of    --url= --user= --password= --entity= --as-of= --requests=
 * live     --url= --user= --password= --changes= [--rate=]
 * </pre>
 *
 * and those ops/faults drives ({@link Faults}):
 *
 * <pre>
 * load     --urls=a,b --user= --password= --clients= --seconds= --journal=
 * resend   --url= --user= --password= --journal=
 * verify   --db-url= --db-user= --db-password= --journal=
 * hostile  --url= --user= --password= --count=
 * votes    --urls=a,b --password= --seat= --rounds= --ballots=
 * </pre>
 */
public final class Benchmark {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Benchmark history|commands|queries|as-of --option=value...");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (String arg : List.of(args).subList(1, args.length)) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("options are --name=value, not " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String line = switch (args[0]) {
            case "history" -> history(options);
            case "commands" -> commands(options);
            case "rebuild" -> RebuildTiming.run(options, () -> token(options));
            case "queries" -> queries(options);
            case "as-of" -> asOf(options);
            case "live" -> live(options);
            case "load", "resend", "verify", "hostile", "votes" -> Faults.run(args[0], options);
            case "slow-clients" -> SlowClients.run(options);
            default -> throw new IllegalArgumentException("unknown sub-command " + args[0]);
        };
        System.out.println(line);
    }

    private static String history(Map<String, String> options) throws Exception {
        HistoryGenerator.Result result;
        try (HistoryGenerator generator = new HistoryGenerator(
                options.get("db-url"),
                options.get("db-user"),
                options.getOrDefault("db-password", ""),
                Path.of(options.get("integrity-key")))) {
            result = generator.generate(
                    Long.parseLong(options.get("events")), Integer.parseInt(options.get("long-entity-events")));
        }
        return String.format(
                Locale.ROOT,
                "history events=%d head=%d long_entity=%s long_entity_as_of=%s seconds=%.1f events_per_second=%.0f"
                        + " years=%d per_type=%s",
                result.events(),
                result.head(),
                result.longEntity(),
                result.longEntityAsOf(),
                result.seconds(),
                result.events() / result.seconds(),
                result.years(),
                result.perType().entrySet().stream()
                        .map(entry -> entry.getKey() + ":" + entry.getValue())
                        .collect(java.util.stream.Collectors.joining(",")));
    }

    private static String commands(Map<String, String> options) throws Exception {
        HttpLoad load = new HttpLoad(options.get("url"), token(options));
        ConcurrentLinkedQueue<HttpLoad.Application> applications =
                load.applications(Integer.parseInt(options.get("applications")));
        Duration warmUp = seconds(options, "warm-up");
        Duration measured = seconds(options, "seconds");
        long ticks = Long.parseLong(options.getOrDefault("clock-ticks", "100"));
        ProcessCpu app = new ProcessCpu(ProcessCpu.pids(options.get("app-pid")), ticks);
        ProcessCpu client = new ProcessCpu(List.of(ProcessHandle.current().pid()), ticks);
        ProcessCpu[] database = {new ProcessCpu(List.of(), ticks)};
        // Samples the CPU used over the measured window, beside the load (which measures over the same window): the
        // database's share is that of the backends connected to the system's database when the window opens. The
        // sampler connects to the database before the load starts: connecting (the driver's classes loaded and
        // compiled in this JVM, a backend started) took this two-core machine's CPU from the commands in the window's
        // first seconds, where the slow answers of the half rate were.
        Connection connection = options.containsKey("db-url")
                ? DriverManager.getConnection(
                        options.get("db-url"), options.get("db-user"), options.getOrDefault("db-password", ""))
                : null;
        if (connection != null) {
            ProcessCpu.backends(connection); // its query's code loaded too
        }
        Thread sampler = Thread.ofPlatform().start(() -> {
            try (connection) {
                Thread.sleep(warmUp.toMillis());
                if (connection != null) {
                    database[0] = new ProcessCpu(ProcessCpu.backends(connection), ticks);
                }
                List<ProcessCpu> sampled = List.of(app, database[0], client);
                sampled.forEach(ProcessCpu::start);
                Thread.sleep(measured.toMillis());
                sampled.forEach(ProcessCpu::end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot list the database's backends", e);
            }
        });
        HttpLoad.Timeline timeline = new HttpLoad.Timeline();
        Latencies latencies = options.containsKey("rate")
                ? HttpLoad.openLoop(
                        Double.parseDouble(options.get("rate")),
                        warmUp,
                        measured,
                        () -> load.command(applications),
                        timeline)
                : HttpLoad.closedLoop(
                        Integer.parseInt(options.get("clients")), warmUp, measured, () -> load.command(applications));
        sampler.join();
        long done = Math.max(1, latencies.count());
        double window = measured.toMillis();
        String lateness = "";
        if (options.containsKey("rate")) {
            lateness = String.format(
                    Locale.ROOT,
                    " sent_late_p99_ms=%.2f sent_late_max_ms=%.2f",
                    timeline.lateness().percentileMillis(99),
                    timeline.lateness().maxMillis());
            if (options.containsKey("timeline")) {
                timeline.write(Path.of(options.get("timeline")));
            }
        }
        return HttpLoad.report("commands", latencies, measured)
                + lateness
                + String.format(
                        Locale.ROOT,
                        " app_cpu_ms_per_command=%.2f db_cpu_ms_per_command=%.2f client_cpu_ms_per_command=%.2f"
                                + " app_cpu_cores=%.2f db_cpu_cores=%.2f client_cpu_cores=%.2f",
                        app.millis() / done,
                        database[0].millis() / done,
                        client.millis() / done,
                        app.millis() / window,
                        database[0].millis() / window,
                        client.millis() / window);
    }

    private static String queries(Map<String, String> options) throws Exception {
        HttpLoad load = new HttpLoad(options.get("url"), token(options));
        List<String> paths = List.of(options.get("paths").split(","));
        AtomicInteger next = new AtomicInteger();
        Duration measured = seconds(options, "seconds");
        // Each route's own answering times in the measured window (from sending to the answer, this client's queue
        // left out), to say which route a missed figure comes from.
        Map<String, Latencies> byPath = new LinkedHashMap<>();
        paths.forEach(path -> byPath.put(path, new Latencies()));
        Duration warmUp = seconds(options, "warm-up");
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        Latencies latencies = HttpLoad.openLoop(Double.parseDouble(options.get("rate")), warmUp, measured, () -> {
            String path = paths.get(Math.floorMod(next.getAndIncrement(), paths.size()));
            long sent = System.nanoTime();
            boolean ok = load.send(load.get(path), 200);
            if (sent >= measureFrom) {
                byPath.get(path).record(System.nanoTime() - sent);
            }
            return ok;
        });
        StringBuilder routes = new StringBuilder();
        byPath.forEach((path, answered) -> routes.append(String.format(
                Locale.ROOT,
                "%s%s:%.1f/%.1f",
                routes.isEmpty() ? " per_route_p50/p99_ms=" : ",",
                path,
                answered.percentileMillis(50),
                answered.percentileMillis(99))));
        return HttpLoad.report("queries", latencies, measured) + routes;
    }

    private static String asOf(Map<String, String> options) throws Exception {
        HttpLoad load = new HttpLoad(options.get("url"), token(options));
        String path = "/api/audit/entities/" + options.get("entity") + "?asOf=" + Instant.parse(options.get("as-of"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "30"));
        // The client's own first requests (its connection, its code compiled) are not the question's: a few requests
        // of another route go first, so the first as-of question is timed as an auditor's page would send it.
        for (int i = 0; i < 5; i++) {
            load.send(load.get("/api/read-models"), 200);
        }
        long started = System.nanoTime();
        HttpResponse<String> first = load.fetch(load.get(path));
        double firstMillis = (System.nanoTime() - started) / 1e6;
        Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(first.body());
        if (first.statusCode() != 200 || !version.find()) {
            throw new IllegalStateException("the as-of query answered " + first.statusCode());
        }
        for (int i = 0; i < 5; i++) {
            load.send(load.get(path), 200);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < requests; i++) {
            long sent = System.nanoTime();
            if (load.send(load.get(path), 200)) {
                latencies.record(System.nanoTime() - sent);
            } else {
                latencies.error();
            }
        }
        return String.format(
                Locale.ROOT,
                "as-of requests=%d errors=%d entity_version=%s response_bytes=%d first_ms=%.2f p50_ms=%.2f p99_ms=%.2f"
                        + " max_ms=%.2f",
                latencies.count(),
                latencies.errors(),
                version.group(1),
                first.body().getBytes(StandardCharsets.UTF_8).length,
                firstMillis,
                latencies.percentileMillis(50),
                latencies.percentileMillis(99),
                latencies.maxMillis());
    }

    /**
     * How soon an open page hears of a change: {@code changes} submissions, one at a time or at {@code rate} per
     * second, each timed from the moment it is sent until the server-sent event stream the pages listen to ({@code
     * /live}) names the applications' read model.
     */
    private static String live(Map<String, String> options) throws Exception {
        HttpLoad load = new HttpLoad(options.get("url"), token(options));
        int changes = Integer.parseInt(options.getOrDefault("changes", "50"));
        long pause = Math.round(1000 / Double.parseDouble(options.getOrDefault("rate", "2")));
        java.util.concurrent.LinkedBlockingQueue<Long> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        var stream = client.send(
                HttpRequest.newBuilder(URI.create(options.get("url") + "/live"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread listener = Thread.ofVirtual().start(() -> {
            try {
                stream.body().forEach(line -> {
                    if (line.startsWith("data:") && line.contains("\"membership-applications\"")) {
                        heard.add(System.nanoTime());
                    }
                });
            } catch (java.io.UncheckedIOException closed) {
                // the stream was closed when the measurement ended
            }
        });
        Thread.sleep(1000);
        heard.clear();
        Latencies latencies = new Latencies();
        for (int i = 0; i < changes; i++) {
            heard.clear();
            long sent = System.nanoTime();
            HttpResponse<String> created =
                    load.fetch(load.post("/api/membership-applications", HttpLoad.submission(i)));
            Matcher id = HttpLoad.CREATED_ID.matcher(created.body());
            if (created.statusCode() != 201 || !id.find()) {
                latencies.error();
                continue;
            }
            // The first change the stream names after which the new application can be read: a change announced
            // for an earlier one (a segment with nothing to do storing its place late) does not count.
            Long at;
            do {
                at = heard.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            } while (at != null
                    && load.fetch(load.get("/api/membership-applications/" + id.group(1)))
                                    .statusCode()
                            != 200);
            if (at == null) {
                latencies.error();
            } else {
                latencies.record(at - sent);
            }
            Thread.sleep(pause);
        }
        stream.body().close();
        listener.join(1000);
        return String.format(
                Locale.ROOT,
                "live changes=%d errors=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f",
                latencies.count(),
                latencies.errors(),
                latencies.percentileMillis(50),
                latencies.percentileMillis(99),
                latencies.maxMillis());
    }

    /** A bearer token for the account, from the system's own token endpoint. */
    private static String token(Map<String, String> options) throws Exception {
        return token(options.get("url"), options.get("user"), options.get("password"));
    }

    static String token(String url, String user, String password) throws Exception {
        String credentials = user + ":" + password;
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url + "/api/auth/token"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token for " + user + ": " + response.statusCode());
        }
        return token.group(1);
    }

    private static Duration seconds(Map<String, String> options, String name) {
        return Duration.ofSeconds(Long.parseLong(options.get(name)));
    }
}
