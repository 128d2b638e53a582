package org.gsef.governance.benchmark;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full rebuild of every read model, timed in parts from the outside: its status is read every
 * {@value #POLL_MILLIS} ms, and the rebuild reports its progress after each batch of events it replays, so the moments
 * it replayed its first batch and its last are known to within a poll. From them:
 *
 * <ul>
 *   <li><b>set-up</b>: from the request until the first batch was replayed, less that batch's share of the replay
 *       time (the shadow schema recreated, the event count taken);
 *   <li><b>replay</b>: the events replayed between the first and the last report, and its rate;
 *   <li><b>finish</b>: from the last batch until the rebuild says it completed (its indexes, the comparison of every
 *       table with the live one, its record);
 *   <li><b>promotion</b>: the shadow made live, timed by its own request ({@code --promote=false}: left in the
 *       shadow schema, to compare only).
 * </ul>
 *
 * Any duration the rebuild's status itself gives (a field named {@code ...Ms}, {@code ...Millis} or
 * {@code ...Seconds}, {@code secondsLeft} aside) is printed too, as {@code status_<name>}.
 */
final class RebuildTiming {

    private static final long POLL_MILLIS = 100;
    private static final Pattern ID = Pattern.compile("\"rebuildId\":\"([0-9a-f-]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    private static final Pattern DONE = Pattern.compile("\"eventsDone\":(\\d+)");
    private static final Pattern REMAINING = Pattern.compile("\"eventsRemaining\":(\\d+)");
    private static final Pattern RATE = Pattern.compile("\"eventsPerSecond\":([0-9.E+-]+)");
    private static final Pattern IDENTICAL = Pattern.compile("\"identical\":(true|false)");
    private static final Pattern TABLE = Pattern.compile("\"table\":\"([a-z0-9_]+)\"");
    private static final Pattern TIMING = Pattern.compile("\"([A-Za-z]+(?:Ms|Millis|Seconds|Nanos))\":([0-9.E+-]+)");

    private RebuildTiming() {}

    /** A fresh bearer token (one lives a few minutes, a rebuild may last longer). */
    interface Tokens {
        String next() throws Exception;
    }

    static String run(Map<String, String> options, Tokens tokens) throws Exception {
        HttpLoad load = new HttpLoad(options.get("url"), tokens.next());
        long timeout = Long.parseLong(options.getOrDefault("timeout", "7200")) * 1_000_000_000L;
        long requested = System.nanoTime();
        HttpResponse<String> started = load.fetch(load.post("/api/read-models/rebuilds", "{}"));
        Matcher id = ID.matcher(started.body());
        if (started.statusCode() / 100 != 2 || !id.find()) {
            throw new IllegalStateException(
                    "the rebuild did not start: " + started.statusCode() + " " + started.body());
        }
        String path = "/api/read-models/rebuilds/" + id.group(1);
        long firstAt = 0;
        long firstDone = 0;
        long lastAt = 0;
        long lastDone = 0;
        String status;
        String body;
        while (true) {
            HttpResponse<String> answer = load.fetch(load.get(path));
            if (answer.statusCode() == 401) {
                load = new HttpLoad(options.get("url"), tokens.next());
                continue;
            }
            body = answer.body();
            long now = System.nanoTime();
            status = group(STATUS, body);
            long done = Long.parseLong(group(DONE, body, "0"));
            if (done > 0 && firstAt == 0) {
                firstAt = now;
                firstDone = done;
            }
            if (done > lastDone) {
                lastAt = now;
                lastDone = done;
            }
            if (!"RUNNING".equals(status)) {
                break;
            }
            if (now - requested > timeout) {
                throw new IllegalStateException("the rebuild did not end in time: " + body);
            }
            Thread.sleep(POLL_MILLIS);
        }
        long finished = System.nanoTime();
        if (!"COMPLETED".equals(status)) {
            throw new IllegalStateException("the rebuild ended " + status + ": " + body);
        }
        double replaySeconds = (lastAt - firstAt) / 1e9;
        double replayRate = replaySeconds > 0 ? (lastDone - firstDone) / replaySeconds : Double.NaN;
        double firstBatchSeconds = Double.isNaN(replayRate) ? 0 : firstDone / replayRate;
        double setUpSeconds = Math.max(0, (firstAt - requested) / 1e9 - firstBatchSeconds);
        List<String> parts = new ArrayList<>();
        Matcher timing = TIMING.matcher(body);
        while (timing.find()) {
            if (!timing.group(1).equals("secondsLeft")) {
                parts.add("status_" + timing.group(1) + "=" + timing.group(2));
            }
        }
        double promotionSeconds = Double.NaN;
        if (!"false".equals(options.get("promote"))) {
            load = new HttpLoad(options.get("url"), tokens.next());
            long promoting = System.nanoTime();
            // A promotion moves every rebuilt table at once: it may take longer than a request usually may.
            HttpResponse<String> promoted =
                    load.fetch(HttpRequest.newBuilder(load.post(path + "/promotion", "{}"), (name, value) -> true)
                            .timeout(Duration.ofNanos(timeout))
                            .build());
            promotionSeconds = (System.nanoTime() - promoting) / 1e9;
            if (promoted.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "the promotion failed: " + promoted.statusCode() + " " + promoted.body());
            }
        }
        return String.format(
                        Locale.ROOT,
                        "rebuild id=%s events=%d identical=%s status_events_per_second=%.0f total_s=%.2f"
                                + " set_up_s=%.2f replay_s=%.2f replay_events_per_second=%.0f finish_s=%.2f"
                                + " promotion_s=%s poll_ms=%d",
                        id.group(1),
                        lastDone,
                        group(IDENTICAL, body, "n/a"),
                        Double.parseDouble(group(RATE, body, "0")),
                        (finished - requested) / 1e9,
                        setUpSeconds,
                        replaySeconds + firstBatchSeconds,
                        replayRate,
                        (finished - lastAt) / 1e9,
                        Double.isNaN(promotionSeconds) ? "none" : String.format(Locale.ROOT, "%.2f", promotionSeconds),
                        POLL_MILLIS)
                + (parts.isEmpty() ? "" : " " + String.join(" ", parts))
                + " events_remaining_at_end=" + group(REMAINING, body, "0")
                + " tables=" + String.join(",", tables(body));
    }

    /** The tables the rebuild compared: those of every read model it rebuilt. */
    private static List<String> tables(String body) {
        List<String> tables = new ArrayList<>();
        Matcher table = TABLE.matcher(body);
        while (table.find()) {
            tables.add(table.group(1));
        }
        return tables;
    }

    private static String group(Pattern pattern, String body) {
        return group(pattern, body, null);
    }

    private static String group(Pattern pattern, String body, String otherwise) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : otherwise;
    }
}
