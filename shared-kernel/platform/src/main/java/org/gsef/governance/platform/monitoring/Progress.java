package org.gsef.governance.platform.monitoring;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * Reports how far a long operation (an import, an export, a rebuild) has come: a log line every few seconds while it
 * runs, with the count so far and the rate, and one when it ends.
 */
public final class Progress {

    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final Logger log;
    private final String operation;
    private final long started = System.nanoTime();
    private long reported = started;
    private long done;

    public Progress(Logger log, String operation) {
        this.log = log;
        this.operation = operation;
        log.info("{}: started", operation);
    }

    /** Counts {@code items} more, and logs if the last line is a few seconds old. */
    public void advance(long items) {
        done += items;
        long now = System.nanoTime();
        if (now - reported >= EVERY_NANOS) {
            reported = now;
            log.info("{}: {} done, {} per second", operation, done, Math.round(rate(now)));
        }
    }

    /** Logs the total and the rate; returns the total. */
    public long finish() {
        long now = System.nanoTime();
        log.info(
                "{}: finished, {} in {} ms, {} per second",
                operation,
                done,
                Duration.ofNanos(now - started).toMillis(),
                Math.round(rate(now)));
        return done;
    }

    private double rate(long now) {
        double seconds = (now - started) / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }
}
