package org.gsef.governance.platform.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Slows password guessing down: failed sign-ins are counted per account name (as typed, whether or not such an account
 * exists, so that the answer never tells) and per client address, in token buckets (Bucket4j). Each failure takes a
 * token from both; while either is empty, an attempt is refused before its password is checked, the right password
 * too. The buckets refill slowly, so the wait grows with the failures, up to a temporary lockout:
 *
 * <ul>
 *   <li>an account: 5 failures at once, then one every 24 s; past 7, one every 2 minutes; after 10 within its
 *       30-minute window, none until that window ends;
 *   <li>an address (which many people behind one proxy may share): 20 failures at once, then one every 15 s; past 50,
 *       one a minute; after 100 within its hour, none until that hour ends.
 * </ul>
 *
 * A success empties the account's record of failures, never the address's (one known password must not buy more
 * guesses at other accounts). The buckets live in this process's memory, at most {@link #TRACKED} accounts and as many
 * addresses (the least recently used are forgotten first): each process of a deployment counts for itself.
 */
final class SignInThrottle {

    static final int TRACKED = 100_000;

    private final Map<String, Bucket> accounts = lru();
    private final Map<String, Bucket> addresses = lru();
    private final Supplier<Bucket> accountBucket;
    private final Supplier<Bucket> addressBucket;

    SignInThrottle() {
        this(TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With the given clock, for tests. */
    SignInThrottle(TimeMeter clock) {
        this.accountBucket = () -> Bucket.builder()
                .withCustomTimePrecision(clock)
                .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(2)))
                .addLimit(limit -> limit.capacity(7).refillGreedy(1, Duration.ofMinutes(2)))
                .addLimit(limit -> limit.capacity(10).refillIntervally(10, Duration.ofMinutes(30)))
                .build();
        this.addressBucket = () -> Bucket.builder()
                .withCustomTimePrecision(clock)
                .addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofMinutes(5)))
                .addLimit(limit -> limit.capacity(50).refillGreedy(1, Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(100).refillIntervally(100, Duration.ofHours(1)))
                .build();
    }

    /** How long the account and the address must wait before their next attempt; zero when they may try now. */
    Duration waitBefore(String account, String address) {
        return longer(wait(accounts, key(account)), wait(addresses, address));
    }

    void failed(String account, String address) {
        bucket(accounts, key(account), accountBucket).tryConsume(1);
        bucket(addresses, address, addressBucket).tryConsume(1);
    }

    void succeeded(String account) {
        synchronized (accounts) {
            accounts.remove(key(account));
        }
    }

    private static Duration wait(Map<String, Bucket> buckets, String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.get(key);
        }
        if (bucket == null) {
            return Duration.ZERO;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, Supplier<Bucket> fresh) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, ignored -> fresh.get());
        }
    }

    /**
     * Account names are compared whatever their case, and cut to 100 characters: they are the caller's text, and
     * must not grow the memory kept of them.
     */
    private static String key(String account) {
        String key = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static Map<String, Bucket> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > TRACKED;
            }
        };
    }
}
