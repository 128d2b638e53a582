package org.gsef.governance.query.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The running rebuild's counters, read by its status, its log lines and the metrics. */
final class Progress {

    static final Progress IDLE = new Progress(null, 0, Instant.EPOCH);

    final UUID id;
    final long total;
    final Instant started;
    final AtomicLong done = new AtomicLong();
    final AtomicLong position = new AtomicLong(-1);

    Progress(UUID id, long total, Instant started) {
        this.id = id;
        this.total = total;
        this.started = started;
    }

    long remaining() {
        return Math.max(0, total - done.get());
    }

    double rate(Instant now) {
        return id == null ? 0 : rate(done.get(), started, now);
    }

    static double rate(long done, Instant from, Instant until) {
        double seconds = Math.max(0.001, Duration.between(from, until).toMillis() / 1000.0);
        return done / seconds;
    }
}
