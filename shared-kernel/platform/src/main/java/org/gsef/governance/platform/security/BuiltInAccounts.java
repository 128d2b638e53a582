package org.gsef.governance.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts defined in configuration, and the demo accounts where they are enabled. Passwords are checked through
 * {@link ThrottledSignIn}, never directly: this is no {@code UserDetailsService} bean Spring Security would use alone.
 */
public final class BuiltInAccounts {

    /** The password of every demo account. It is printed at start-up and in the README: demo use only. */
    public static final String DEMO_PASSWORD = "gsef-demo-2019";

    private static final String DEMO_PASSWORD_HASH =
            "{bcrypt}$2a$10$NICcAezZ88zHqbdw.zU6KuLYi8UEsE31cEBRT1ugh2WuRfE140wUm";

    /** The seats of the 2019 Steering Committee; each has a demo delegate account named after it. */
    public static final List<String> SEATS_2019 = List.of(
            "seoul-city",
            "seoul-sse-network",
            "mexico-city",
            "mexico-city-sse",
            "montreal-city",
            "chantier-economie-sociale",
            "bilbao-city",
            "bamako-city",
            "ripess",
            "ifsse",
            "avpn",
            "apay",
            "locality");

    /** The seat the demo's chair is appointed to; it has no delegate account of its own. */
    public static final String CHAIR_SEAT = "seoul-city";

    /**
     * The other seat held with the office of chair in 2019 (the program names two chairs, the City of Seoul and the
     * Seoul Social Economy Network): its delegate holds the chair's role too, so that a tie the first chair's seat cannot
     * break (recused, say) can still be broken by the other.
     */
    public static final String CO_PRESIDING_CHAIR_SEAT = "seoul-sse-network";

    /** The organisation the demo member representative speaks for: the Liverpool application of the demo data. */
    public static final String DEMO_ORGANISATION = UUID.nameUUIDFromBytes(
                    "gsef-demo:liverpool".getBytes(StandardCharsets.UTF_8))
            .toString();

    private final Map<String, AccountUser> accounts = new LinkedHashMap<>();
    private final boolean withDemoAccounts;

    BuiltInAccounts(List<SecurityProperties.Account> configured, boolean withDemoAccounts) {
        this.withDemoAccounts = withDemoAccounts;
        if (withDemoAccounts) {
            demoAccounts().forEach(actor -> accounts.put(actor.userId(), new AccountUser(actor, DEMO_PASSWORD_HASH)));
        }
        for (SecurityProperties.Account account : configured) {
            accounts.put(account.username(), toUser(account));
        }
    }

    /**
     * The demo accounts: one per role, and one delegate per 2019 seat, named after the seat, but for the chair's seat,
     * whose delegate is the chair.
     */
    public static List<Actor> demoAccounts() {
        List<Actor> demo = new ArrayList<>();
        demo.add(Actor.of("secretariat", Set.of(Role.SECRETARIAT)));
        demo.add(new Actor("chair", Set.of(Role.CHAIR, Role.DELEGATE), CHAIR_SEAT, null));
        demo.add(Actor.of("auditor", Set.of(Role.AUDITOR)));
        demo.add(Actor.of("operator", Set.of(Role.OPERATOR)));
        demo.add(new Actor("liverpool", Set.of(Role.MEMBER_REPRESENTATIVE), null, DEMO_ORGANISATION));
        for (String seat : SEATS_2019) {
            if (seat.equals(CO_PRESIDING_CHAIR_SEAT)) {
                demo.add(new Actor(seat, Set.of(Role.CHAIR, Role.DELEGATE), seat, null));
            } else if (!seat.equals(CHAIR_SEAT)) {
                demo.add(new Actor(seat, Set.of(Role.DELEGATE), seat, null));
            }
        }
        return demo;
    }

    public boolean hasDemoAccounts() {
        return withDemoAccounts;
    }

    public UserDetails loadUserByUsername(String username) {
        AccountUser user = accounts.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return user;
    }

    /**
     * The password hashes a built-in account may have: slow, salted ones, by their ids in Spring Security's
     * {@code DelegatingPasswordEncoder}. Anything else ({@code {noop}}, plain text, {@code {MD5}}, {@code {sha256}},
     * ...) would let whoever reads the configuration sign in, or guess the password fast.
     */
    static final Set<String> ACCEPTED_ENCODERS = Set.of(
            "bcrypt",
            "argon2",
            "argon2@SpringSecurity_v5_8",
            "scrypt",
            "scrypt@SpringSecurity_v5_8",
            "pbkdf2",
            "pbkdf2@SpringSecurity_v5_8");

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    /** Stops the start on a hash of another kind, naming the account and the encoder, never the hash. */
    private static void refuseWeak(String username, String hash) {
        int end = hash.indexOf('}');
        String encoder = end < 0 ? "" : hash.substring(1, end);
        if (!ACCEPTED_ENCODERS.contains(encoder)) {
            throw new IllegalStateException("Built-in account " + username + ": its password-hash uses {" + encoder
                    + "}, which is refused; give a bcrypt, argon2, scrypt or pbkdf2 hash, such as {bcrypt}$2a$12$...");
        }
        if (encoder.equals("bcrypt") && !BCRYPT.matcher(hash.substring(end + 1)).matches()) {
            throw new IllegalStateException("Built-in account " + username
                    + ": its password-hash is not a bcrypt hash ($2a$, $2b$ or $2y$, cost, 53 characters)");
        }
    }

    private static AccountUser toUser(SecurityProperties.Account account) {
        if (account.username() == null || account.passwordHash() == null || account.roles() == null) {
            throw new IllegalStateException("a built-in account needs a username, a password-hash and roles");
        }
        List<Role> roles = account.roles().stream()
                .map(name -> Role.parse(name)
                        .orElseThrow(() -> new IllegalStateException(
                                "account " + account.username() + " names an unknown role: " + name)))
                .toList();
        String hash =
                account.passwordHash().startsWith("{") ? account.passwordHash() : "{bcrypt}" + account.passwordHash();
        refuseWeak(account.username(), hash);
        return new AccountUser(
                new Actor(account.username(), Set.copyOf(roles), account.seat(), account.organisation()), hash);
    }
}
