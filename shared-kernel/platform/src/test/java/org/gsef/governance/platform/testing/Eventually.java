package org.gsef.governance.platform.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for the read side to catch up: polls a check until it holds or the time is up, then reports the last value. */
public final class Eventually {

    private Eventually() {}

    public static <T> T await(Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout + "; last seen: " + last);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            last = probe.get();
        }
        return last;
    }

    public static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done) {
        return await(Duration.ofSeconds(15), probe, done);
    }
}
