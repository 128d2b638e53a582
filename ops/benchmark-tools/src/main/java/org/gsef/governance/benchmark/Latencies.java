package org.gsef.governance.benchmark;

import java.util.Arrays;

/** Latencies recorded by many threads, and their percentiles (nearest rank). */
final class Latencies {

    private long[] nanos = new long[1 << 16];
    private int count;
    private long errors;

    synchronized void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    synchronized void error() {
        errors++;
    }

    synchronized int count() {
        return count;
    }

    synchronized long errors() {
        return errors;
    }

    /** The latency below which {@code percent} of the recorded ones lie, in milliseconds; 0 when none was recorded. */
    synchronized double percentileMillis(double percent) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.clamp(rank - 1, 0, count - 1)] / 1e6;
    }

    /** How many of the recorded latencies exceed the bound. */
    synchronized int over(java.time.Duration bound) {
        int over = 0;
        for (int i = 0; i < count; i++) {
            if (nanos[i] > bound.toNanos()) {
                over++;
            }
        }
        return over;
    }

    synchronized double maxMillis() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, nanos[i]);
        }
        return max / 1e6;
    }
}
