package org.gsef.governance.platform.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who can sign in, and how.
 *
 * @param accounts built-in accounts, with bcrypt, argon2, scrypt or pbkdf2 password hashes
 * @param jwt bearer tokens: issued by this system for built-in accounts, or by the organisation's identity provider
 */
@ConfigurationProperties("gsef.security")
public record SecurityProperties(
        @DefaultValue List<Account> accounts, @DefaultValue Jwt jwt) {

    /**
     * A built-in account. {@code passwordHash} is a bcrypt hash, with or without the {@code {bcrypt}} prefix, or an
     * argon2, scrypt or pbkdf2 hash with its prefix; any other is refused at start. {@code email} is where its
     * notifications are sent (none: in-app only), {@code language} the official language they are written in
     * ({@code ENGLISH}, {@code FRENCH} or {@code SPANISH}; English when not given).
     */
    public record Account(
            String username,
            String passwordHash,
            List<String> roles,
            String seat,
            String organisation,
            String email,
            String language) {}

    /**
     * @param issuer the {@code iss} every accepted token must carry; this system's own tokens carry it too
     * @param audience the {@code aud} every accepted token must include
     * @param jwkSetUri the identity provider's key set; when empty, tokens are verified with this system's own key
     * @param signingKeyFile the PEM file of this system's RSA signing key, created on first start when missing; every
     *     process of one deployment must share it
     * @param tokenLifetime how long a token issued by this system is valid: minutes, as a stolen token is good until
     *     then unless revoked; the pages obtain a fresh one from their session before it expires
     * @param rolesClaim the claim holding the roles (a list or a space- or comma-separated string); dots reach into
     *     nested claims, as in {@code realm_access.roles}
     * @param seatClaim the claim holding a delegate's seat
     * @param organisationClaim the claim holding a member representative's organisation
     */
    public record Jwt(
            @DefaultValue("urn:gsef:governance") String issuer,
            @DefaultValue("gsef-governance") String audience,
            String jwkSetUri,

            @DefaultValue("${gsef.data-dir}/jwt-signing-key.pem")
            Path signingKeyFile,

            @DefaultValue("5m") Duration tokenLifetime,
            @DefaultValue("roles") String rolesClaim,
            @DefaultValue("seat") String seatClaim,
            @DefaultValue("organisation") String organisationClaim) {}
}
