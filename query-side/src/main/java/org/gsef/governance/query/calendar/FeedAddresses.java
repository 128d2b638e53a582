package org.gsef.governance.query.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.identity.Actor;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private calendar feed addresses: each user has at most one, whose secret (256 random bits) is the credential of the
 * feed and is shown once, when made; only its SHA-256 is kept. Making another replaces it; revoking deletes it. Either
 * way the earlier address answers 404 from then on.
 */
@Service
public class FeedAddresses {

    /** The secret's form: 43 characters of URL-safe Base64, which is what 32 bytes give without padding. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final FeedAddressRepository addresses;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FeedAddresses(FeedAddressRepository addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
    }

    /** A new secret for the actor, replacing any earlier one; the secret is returned here and nowhere else. */
    @Transactional
    public Made make(Actor actor, OfficialLanguage language) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        addresses.findById(actor.userId()).ifPresent(earlier -> {
            addresses.delete(earlier);
            addresses.flush();
        });
        FeedAddress address =
                addresses.save(new FeedAddress(actor.userId(), hash(secret), language, actor.roles(), clock.instant()));
        return new Made(secret, address);
    }

    /** The actor's address, without its secret, if it has one. */
    @Transactional(readOnly = true)
    public Optional<FeedAddress> of(String userId) {
        return addresses.findById(userId);
    }

    /** Deletes the actor's address; whether there was one. */
    @Transactional
    public boolean revoke(String userId) {
        if (!addresses.existsById(userId)) {
            return false;
        }
        addresses.deleteById(userId);
        return true;
    }

    /** The address whose secret this is; empty for anything else, a malformed secret included. */
    @Transactional(readOnly = true)
    public Optional<FeedAddress> bySecret(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return addresses.findByTokenHash(hash(secret));
    }

    static String hash(String secret) {
        return DigestUtils.sha256Hex(secret);
    }

    /** A secret just made, with the address it opens. */
    public record Made(String secret, FeedAddress address) {}

    /** The feed addresses' table and repository, beside the platform's JPA state. */
    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = FeedAddress.class)
    @EnableJpaRepositories(basePackageClasses = FeedAddressRepository.class)
    static class Persistence {}
}
