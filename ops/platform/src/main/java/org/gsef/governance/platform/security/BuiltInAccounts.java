package org.gsef.governance.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The accounts defined in configuration, and the demo accounts where they are enabled. */
public final class BuiltInAccounts implements UserDetailsService {

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
            if (!seat.equals(CHAIR_SEAT)) {
                demo.add(new Actor(seat, Set.of(Role.DELEGATE), seat, null));
            }
        }
        return demo;
    }

    public boolean hasDemoAccounts() {
        return withDemoAccounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountUser user = accounts.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return user;
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
        return new AccountUser(
                new Actor(account.username(), Set.copyOf(roles), account.seat(), account.organisation()), hash);
    }
}
