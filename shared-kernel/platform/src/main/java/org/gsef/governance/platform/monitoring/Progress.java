package org.gsef.governance.platform.monitoring;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Reports how far a long operation (an import, an export, a rebuild) has come: a log line every few seconds while it
 * runs, with the count so far, the rate and, when the total is known, what remains; and one when it ends. Its counters
 * may be read from other threads (metrics, status pages) while one thread advances it.
 */
public final class Progress {

    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final Logger log;
    private final String operation;
    private final long total;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private volatile long reported = started;

    /** An operation whose total is not known beforehand. */
    public Progress(Logger log, String operation) {
        this(log, operation, -1);
    }

    /** An operation of {@code total} items (negative: not known). */
    public Progress(Logger log, String operation, long total) {
        this.log = log;
        this.operation = operation;
        this.total = total;
        if (total >= 0) {
            log.info("{}: started, {} to do", operation, total);
        } else {
            log.info("{}: started", operation);
        }
    }

    /** Counts {@code items} more, and logs if the last line is a few seconds old. */
    public void advance(long items) {
        long count = done.addAndGet(items);
        long now = System.nanoTime();
        if (now - reported >= EVERY_NANOS) {
            reported = now;
            if (total >= 0) {
                log.info(
                        "{}: {} done, {} remaining, {} per second",
                        operation,
                        count,
                        remaining(),
                        Math.round(rate(now)));
            } else {
                log.info("{}: {} done, {} per second", operation, count, Math.round(rate(now)));
            }
        }
    }

    /** Logs the total and the rate; returns the total. */
    public long finish() {
        long now = System.nanoTime();
        log.info(
                "{}: finished, {} in {} ms, {} per second",
                operation,
                done.get(),
                Duration.ofNanos(now - started).toMillis(),
                Math.round(rate(now)));
        return done.get();
    }

    public long done() {
        return done.get();
    }

    /** What is left of the known total (0 when the total is not known). */
    public long remaining() {
        return total < 0 ? 0 : Math.max(0, total - done.get());
    }

    /** Items per second since the start. */
    public double rate() {
        return rate(System.nanoTime());
    }

    private double rate(long now) {
        double seconds = (now - started) / 1e9;
        return seconds <= 0 ? 0 : done.get() / seconds;
    }
}
