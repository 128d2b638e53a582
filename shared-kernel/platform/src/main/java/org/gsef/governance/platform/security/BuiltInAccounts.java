package org.gsef.governance.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.platform.demo.DemoAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts defined in configuration, and the demo accounts in demo mode. Passwords are checked through
 * {@link ThrottledSignIn}, never directly: this is no {@code UserDetailsService} bean Spring Security would use alone.
 */
public final class BuiltInAccounts {

    private final Map<String, AccountUser> accounts = new LinkedHashMap<>();
    private final Map<String, AccountContact> contacts = new LinkedHashMap<>();
    private final boolean withDemoAccounts;

    /**
     * @param demo the demo accounts, in demo mode only; an account configured with the same name replaces its demo
     *     namesake
     */
    BuiltInAccounts(List<SecurityProperties.Account> configured, Optional<DemoAccounts> demo) {
        this.withDemoAccounts = demo.isPresent();
        demo.ifPresent(accounts -> accounts.list().forEach(actor -> {
            this.accounts.put(actor.userId(), new AccountUser(actor, DemoAccounts.PASSWORD_HASH));
            this.contacts.put(
                    actor.userId(),
                    new AccountContact(
                            actor.userId(),
                            actor.roles(),
                            actor.seat(),
                            Optional.of(DemoAccounts.email(actor.userId())),
                            DemoAccounts.language(actor.userId())));
        }));
        for (SecurityProperties.Account account : configured) {
            AccountUser user = toUser(account);
            accounts.put(account.username(), user);
            contacts.put(account.username(), toContact(account, user.actor()));
        }
    }

    /** How to reach each account, in the order they are defined. */
    public List<AccountContact> contacts() {
        return List.copyOf(contacts.values());
    }

    /** How to reach the account, if it is a built-in one (an identity provider's users have no address here). */
    public Optional<AccountContact> contact(String username) {
        return Optional.ofNullable(contacts.get(username));
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    private static AccountContact toContact(SecurityProperties.Account account, Actor actor) {
        String email = account.email() == null || account.email().isBlank()
                ? null
                : account.email().strip();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new IllegalStateException("account " + account.username() + ": its email is not an e-mail address");
        }
        OfficialLanguage language;
        try {
            language = account.language() == null || account.language().isBlank()
                    ? OfficialLanguage.ENGLISH
                    : OfficialLanguage.valueOf(account.language().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("account " + account.username() + " names an unknown language: "
                    + account.language() + " (ENGLISH, FRENCH or SPANISH)");
        }
        return new AccountContact(actor.userId(), actor.roles(), actor.seat(), Optional.ofNullable(email), language);
    }

    public boolean hasDemoAccounts() {
        return withDemoAccounts;
    }

    /** The account as configured now, if it exists: a token's roles and seat are checked against it. */
    Optional<AccountUser> find(String username) {
        return Optional.ofNullable(accounts.get(username));
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
