package org.gsef.governance.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tools ops/faults drives. Each prints one line of {@code key=value} figures; a journal file records every command
 * the load sent, one line per answer ({@code key status applicationId retryAfter}), so that what was acknowledged can
 * be checked against the event store after the faults.
 */
final class Faults {

    private static final Pattern CREATED_ID = HttpLoad.CREATED_ID;
    private static final Pattern BALLOT_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient client = HttpLoad.client(Duration.ofSeconds(2));

    private Faults() {}

    static String run(String command, Map<String, String> options) throws Exception {
        Faults faults = new Faults();
        return switch (command) {
            case "load" -> faults.load(options);
            case "resend" -> faults.resend(options);
            case "verify" -> verify(options);
            case "hostile" -> faults.hostile(options);
            case "votes" -> faults.votes(options);
            default -> throw new IllegalArgumentException("unknown sub-command " + command);
        };
    }

    // --- commands under faults
    // -----------------------------------------------------------------------------------------

    /**
     * The body of the submission a key stands for: the same for every attempt with that key. Its organisation is named
     * after the key's first 48 random bits, so that no two keys of a run name one organisation (which applies once).
     */
    static String submission(String key) {
        return """
                {"organisationName": "Red de economía social %s", "kind": "LOCAL_SSE_NETWORK", "country": "MX",
                 "region": "LATIN_AMERICA_AND_CARIBBEAN", "city": "Puebla", "preferredLanguage": "SPANISH"}""".formatted(name(key));
    }

    private static String name(String key) {
        return key.substring(0, 13);
    }

    private record Answer(int status, String applicationId, String retryAfter) {}

    private Answer submit(String base, String token, String key) {
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/membership-applications"))
                            .timeout(Duration.ofSeconds(20))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(submission(key)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = CREATED_ID.matcher(response.body());
            return new Answer(
                    response.statusCode(),
                    response.statusCode() == 201 && id.find() ? id.group(1) : "-",
                    response.headers().firstValue("Retry-After").orElse("-"));
        } catch (IOException e) {
            return new Answer(0, "-", "-");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "-", "-");
        }
    }

    /**
     * Submissions from {@code clients} clients for {@code seconds}, each with its own idempotency key, spread over the
     * given addresses; every answer (0: no answer) goes to the journal as it arrives.
     */
    private String load(Map<String, String> options) throws Exception {
        List<String> urls = List.of(options.get("urls").split(","));
        String token = Benchmark.token(urls.getFirst(), options.get("user"), options.get("password"));
        Path journal = Path.of(options.get("journal"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        long until = System.nanoTime()
                + Duration.ofSeconds(Long.parseLong(options.get("seconds"))).toNanos();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger withoutRetryAfter = new AtomicInteger();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(
                        journal, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
                ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                String base = urls.get(c % urls.size());
                pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        String key = UUID.randomUUID().toString();
                        Answer answer = submit(base, token, key);
                        statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger())
                                .incrementAndGet();
                        if (answer.status() == 503 && answer.retryAfter().equals("-")) {
                            withoutRetryAfter.incrementAndGet();
                        }
                        synchronized (out) {
                            out.println(key + " " + answer.status() + " " + answer.applicationId() + " "
                                    + answer.retryAfter());
                            out.flush();
                        }
                        if (answer.status() == 0 || answer.status() == 503) {
                            sleep(200);
                        }
                    }
                });
            }
        }
        int requests = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        int serverErrors = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                .mapToInt(e -> e.getValue().get())
                .sum();
        return String.format(
                Locale.ROOT,
                "load requests=%d acknowledged=%d unavailable_503=%d without_retry_after=%d no_answer=%d"
                        + " other_5xx=%d statuses=%s",
                requests,
                count(statuses, 201),
                count(statuses, 503),
                withoutRetryAfter.get(),
                count(statuses, 0),
                serverErrors,
                new TreeMap<>(statuses));
    }

    /** The journal's keys by their last answer. */
    private static Map<String, String[]> journal(Path journal) throws IOException {
        Map<String, String[]> last = new LinkedHashMap<>();
        for (String line : Files.readAllLines(journal)) {
            String[] fields = line.split(" ");
            if (fields.length == 4) {
                String[] before = last.get(fields[0]);
                if (before == null || !before[1].equals("201")) {
                    last.put(fields[0], fields);
                }
            }
        }
        return last;
    }

    /** Sends again, with the same key, every command of the journal that was not acknowledged, until it is. */
    private String resend(Map<String, String> options) throws Exception {
        String base = options.get("url");
        String token = Benchmark.token(base, options.get("user"), options.get("password"));
        Path journal = Path.of(options.get("journal"));
        List<String> pending = journal(journal).values().stream()
                .filter(fields -> !fields[1].equals("201"))
                .map(fields -> fields[0])
                .toList();
        int acknowledged = 0;
        int failing = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(
                journal, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (String key : pending) {
                Answer answer = null;
                for (int attempt = 0; attempt < 30; attempt++) {
                    answer = submit(base, token, key);
                    if (answer.status() != 0 && answer.status() != 503) {
                        break;
                    }
                    sleep(1000);
                }
                out.println(key + " " + answer.status() + " " + answer.applicationId() + " " + answer.retryAfter());
                if (answer.status() == 201) {
                    acknowledged++;
                } else {
                    failing++;
                }
            }
        }
        return "resend resent=" + pending.size() + " acknowledged=" + acknowledged + " still_failing=" + failing;
    }

    /**
     * Checks the journal against the event store: every acknowledged submission has exactly one submitted event, and the
     * store holds no submission the journal does not account for (none twice, none from a key answered with an error
     * and never re-sent).
     */
    private static String verify(Map<String, String> options) throws Exception {
        Map<String, String[]> journal = journal(Path.of(options.get("journal")));
        Set<String> acknowledged = new HashSet<>();
        int unacknowledged = 0;
        for (String[] fields : journal.values()) {
            if (fields[1].equals("201")) {
                acknowledged.add(fields[2]);
            } else {
                unacknowledged++;
            }
        }
        // The load's submissions are named after their key, so this journal's can be told from any other.
        Set<String> prefixes = new HashSet<>();
        journal.keySet().forEach(key -> prefixes.add(name(key)));
        Map<String, Integer> submitted = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(
                        options.get("db-url"), options.get("db-user"), options.getOrDefault("db-password", ""));
                PreparedStatement query =
                        db.prepareStatement("SELECT aggregate_identifier, substring(convert_from(payload, 'UTF8')"
                                + " from 'Red de econom.a social ([0-9a-f]{8}-[0-9a-f]{4})') FROM domain_event_entry"
                                + " WHERE payload_type LIKE '%MembershipApplicationSubmitted'");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(2) != null && prefixes.contains(rows.getString(2))) {
                    submitted.merge(rows.getString(1), 1, Integer::sum);
                }
            }
        }
        long lost =
                acknowledged.stream().filter(id -> !submitted.containsKey(id)).count();
        long twice = submitted.values().stream().filter(n -> n > 1).count();
        long unaccounted = submitted.keySet().stream()
                .filter(id -> !acknowledged.contains(id))
                .count();
        return String.format(
                Locale.ROOT,
                "verify keys=%d acknowledged=%d unacknowledged=%d in_store=%d lost=%d twice=%d unaccounted=%d",
                journal.size(),
                acknowledged.size(),
                unacknowledged,
                submitted.size(),
                lost,
                twice,
                unaccounted);
    }

    // --- concurrent votes --------------------------------------------------------------------------------------------

    /**
     * For each of {@code rounds} ballots, the same seat's vote sent at the same instant to two command-side processes;
     * prints how the pairs were answered. The event store is checked by ops/faults.
     */
    private String votes(Map<String, String> options) throws Exception {
        List<String> urls = List.of(options.get("urls").split(","));
        String password = options.get("password");
        String chair = Benchmark.token(urls.getFirst(), "chair", password);
        String seat = options.get("seat");
        String delegate = Benchmark.token(urls.getFirst(), seat, password);
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
        Map<String, AtomicInteger> outcomes = new TreeMap<>();
        List<String> ballots = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 0; round < rounds; round++) {
                HttpResponse<String> opened = client.send(
                        HttpRequest.newBuilder(URI.create(urls.getFirst() + "/api/ballots"))
                                .header("Authorization", "Bearer " + chair)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        """
                                        {"type": "RESOLUTION", "title": "Fault test resolution %d", "procedure": "WRITTEN",
                                         "closesAt": "%s"}""".formatted(round, Instant.now().plus(Duration.ofDays(8)))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher id = BALLOT_ID.matcher(opened.body());
                if (opened.statusCode() != 201 || !id.find()) {
                    throw new IllegalStateException("ballot not opened: " + opened.statusCode() + " " + opened.body());
                }
                String ballot = id.group(1);
                ballots.add(ballot);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> pair = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    String base = urls.get(node % urls.size());
                    String choice = node == 0 ? "YES" : "NO";
                    pair.add(pool.submit(() -> {
                        start.await();
                        return client.send(
                                        HttpRequest.newBuilder(URI.create(base + "/api/ballots/" + ballot + "/votes"))
                                                .header("Authorization", "Bearer " + delegate)
                                                .header("Content-Type", "application/json")
                                                .POST(HttpRequest.BodyPublishers.ofString(
                                                        "{\"seat\": \"%s\", \"choice\": \"%s\"}"
                                                                .formatted(seat, choice)))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode();
                    }));
                }
                start.countDown();
                List<Integer> answered = new ArrayList<>();
                for (Future<Integer> answer : pair) {
                    answered.add(answer.get());
                }
                answered.sort(null);
                outcomes.computeIfAbsent(answered.toString().replace(" ", ""), k -> new AtomicInteger())
                        .incrementAndGet();
            }
        }
        Files.write(Path.of(options.get("ballots")), ballots);
        return "votes rounds=" + rounds + " seat=" + seat + " answers="
                + outcomes.toString().replace(" ", "");
    }

    // --- hostile input -----------------------------------------------------------------------------------------------

    record Hostile(String method, String path, String contentType, byte[] body, String what) {}

    /**
     * At least {@code count} malformed or hostile requests against the write and read API, each answered; prints how
     * many got each status and every one that was not a 4xx problem.
     */
    private String hostile(Map<String, String> options) throws Exception {
        String base = options.get("url");
        String token = Benchmark.token(base, options.get("user"), options.get("password"));
        int wanted = Integer.parseInt(options.getOrDefault("count", "1000"));
        List<Hostile> requests = HostileRequests.generate(wanted, new java.util.Random(20191015));
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int wrongCount = 0;
        for (Hostile request : requests) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept-Language", List.of("en", "fr", "es").get(Math.floorMod(request.hashCode(), 3)));
            if (request.contentType() != null) {
                builder.header("Content-Type", request.contentType());
            }
            builder.method(
                    request.method(),
                    request.body() == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            int status;
            String type;
            try {
                HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                type = response.headers().firstValue("Content-Type").orElse("");
            } catch (IOException e) {
                status = 0;
                type = "";
            }
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            boolean refused = status >= 400 && status < 500;
            if (!refused || !type.startsWith("application/problem+json")) {
                wrongCount++;
                if (wrong.size() < 20 || !refused) {
                    wrong.add(
                            refused ? wrong.size() : 0,
                            status + ":" + request.method() + ":"
                                    + request.path().replace(' ', '+') + ":"
                                    + request.what().replace(' ', '_'));
                }
            }
        }
        int total = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        int refused = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 400 && e.getKey() < 500)
                .mapToInt(e -> e.getValue().get())
                .sum();
        int serverErrors = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToInt(e -> e.getValue().get())
                .sum();
        return "hostile requests=" + total + " refused_4xx=" + refused + " server_errors=" + serverErrors
                + " no_answer=" + count(statuses, 0) + " not_refused_or_not_problem=" + wrongCount
                + " statuses=" + statuses.toString().replace(" ", "") + " examples=" + String.join(",", wrong);
    }

    private static int count(Map<Integer, AtomicInteger> statuses, int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Hostile hostile(String method, String path, String contentType, String body, String what) {
        return new Hostile(
                method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), what);
    }

    static Hostile hostile(String method, String path, String contentType, byte[] body, String what) {
        return new Hostile(method, path, contentType, body, what);
    }
}
