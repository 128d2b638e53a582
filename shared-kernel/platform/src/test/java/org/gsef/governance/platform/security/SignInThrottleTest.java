package org.gsef.governance.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves. */
    static final class Clock implements TimeMeter {
        long nanos = 1_000_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void pass(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    final Clock clock = new Clock();
    final SignInThrottle throttle = new SignInThrottle(clock);

    /** Fails as often as it may, each time as soon as it may; returns the waits it was told. */
    private Duration failWhenAllowed(String account, String address) {
        Duration wait = throttle.waitBefore(account, address);
        clock.pass(wait);
        throttle.failed(account, address);
        return wait;
    }

    @Test
    void an_account_gets_five_tries_then_growing_delays_then_a_lockout() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(failWhenAllowed("auditor", "203.0.113.7"))
                    .as("try " + attempt)
                    .isZero();
        }
        Duration sixth = failWhenAllowed("auditor", "203.0.113.7");
        assertThat(sixth).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(25));
        failWhenAllowed("auditor", "203.0.113.7");
        failWhenAllowed("auditor", "203.0.113.7");
        Duration ninth = failWhenAllowed("auditor", "203.0.113.7");
        assertThat(ninth).as("after eight failures the wait is longer").isGreaterThan(Duration.ofSeconds(60));
        failWhenAllowed("auditor", "203.0.113.7");

        Duration lockout = throttle.waitBefore("auditor", "203.0.113.7");
        assertThat(lockout)
                .as("after ten failures: locked until the 30-minute window ends")
                .isGreaterThan(Duration.ofMinutes(20))
                .isLessThanOrEqualTo(Duration.ofMinutes(30));
        assertThat(throttle.waitBefore("AUDITOR ", "198.51.100.1"))
                .as("the same account, whatever its case, from anywhere")
                .isEqualTo(lockout);
        clock.pass(lockout);
        assertThat(throttle.waitBefore("auditor", "203.0.113.7")).isZero();
    }

    @Test
    void a_success_forgets_the_accounts_failures_but_not_the_addresss() {
        for (int attempt = 0; attempt < 5; attempt++) {
            throttle.failed("chair", "203.0.113.7");
        }
        assertThat(throttle.waitBefore("chair", "198.51.100.1")).isPositive();
        throttle.succeeded("chair");
        assertThat(throttle.waitBefore("chair", "198.51.100.1")).isZero();

        for (int account = 0; account < 15; account++) {
            throttle.failed("someone-" + account, "203.0.113.7");
        }
        assertThat(throttle.waitBefore("chair", "203.0.113.7"))
                .as("20 failures from the address, a success in between")
                .isPositive();
    }

    @Test
    void an_address_gets_twenty_tries_across_accounts_then_waits_and_is_locked_out_after_a_hundred() {
        for (int account = 0; account < 20; account++) {
            assertThat(throttle.waitBefore("someone-" + account, "203.0.113.7")).isZero();
            throttle.failed("someone-" + account, "203.0.113.7");
        }
        assertThat(throttle.waitBefore("someone-new", "203.0.113.7"))
                .isBetween(Duration.ofSeconds(10), Duration.ofSeconds(15));
        assertThat(throttle.waitBefore("someone-new", "198.51.100.1"))
                .as("another address")
                .isZero();
        for (int account = 20; account < 100; account++) {
            failWhenAllowed("someone-" + account, "203.0.113.7");
        }
        assertThat(throttle.waitBefore("someone-new", "203.0.113.7"))
                .as("locked out until the hour ends")
                .isGreaterThan(Duration.ofMinutes(1))
                .isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_name_of_any_length_is_remembered_in_a_hundred_characters() {
        String longName = "x".repeat(10_000);
        for (int attempt = 0; attempt < 5; attempt++) {
            throttle.failed(longName + attempt, "203.0.113.7");
        }
        assertThat(throttle.waitBefore("x".repeat(100), "198.51.100.1")).isPositive();
    }
}
