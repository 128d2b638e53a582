package org.gsef.governance.query.pages.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many server-sent-event streams are open per account and per client address, each under its cap. A stream takes
 * a place under both (under its address only when nobody is signed in) when it opens, and gives both back once when it
 * ends, however it ends.
 */
final class StreamCaps {

    private final int perAccount;
    private final int perAddress;
    private final Map<String, Integer> accounts = new ConcurrentHashMap<>();
    private final Map<String, Integer> addresses = new ConcurrentHashMap<>();

    StreamCaps(int perAccount, int perAddress) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /**
     * A place for a stream of the account (null when nobody is signed in) from the address.
     *
     * @throws Full when the account or the address has all its streams open already
     */
    Place take(String account, String address) {
        if (!take(addresses, address, perAddress)) {
            throw new Full(perAddress);
        }
        if (account != null && !take(accounts, account, perAccount)) {
            give(addresses, address);
            throw new Full(perAccount);
        }
        return new Place(account, address);
    }

    private static boolean take(Map<String, Integer> open, String key, int cap) {
        AtomicBoolean taken = new AtomicBoolean();
        open.compute(key, (ignored, count) -> {
            int now = count == null ? 0 : count;
            if (now >= cap) {
                return count;
            }
            taken.set(true);
            return now + 1;
        });
        return taken.get();
    }

    private static void give(Map<String, Integer> open, String key) {
        open.computeIfPresent(key, (ignored, count) -> count <= 1 ? null : count - 1);
    }

    /** No place left under the cap, of {@code cap} streams. */
    static final class Full extends RuntimeException {

        private final int cap;

        Full(int cap) {
            super("no more than " + cap + " streams", null, false, false);
            this.cap = cap;
        }

        int cap() {
            return cap;
        }
    }

    /** One stream's place, given back once. */
    final class Place {

        private final String account;
        private final String address;
        private final AtomicBoolean given = new AtomicBoolean();

        private Place(String account, String address) {
            this.account = account;
            this.address = address;
        }

        void giveBack() {
            if (given.compareAndSet(false, true)) {
                give(addresses, address);
                if (account != null) {
                    give(accounts, account);
                }
            }
        }
    }
}
