package org.gsef.governance.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Bearer tokens: verifies them (signature, an expiry and an identifier that every token must have, issuer, audience,
 * at least one known role) and turns their claims into an {@link Actor}, remembering those verified until they
 * expire; issues this system's own tokens for built-in accounts. What must still hold on every request (not revoked,
 * the account unchanged) is {@link CurrentTokens}'.
 */
public final class Tokens {

    private final SecurityProperties.Jwt settings;
    private final JwtDecoder decoder;
    private final JwtEncoder encoder;
    private final Clock clock;

    Tokens(SecurityProperties.Jwt settings, SigningKey ownKey, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        NimbusJwtDecoder nimbus = ownTokens()
                ? NimbusJwtDecoder.withPublicKey(ownKey.publicKey()).build()
                : NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        // RFC 7519 makes exp optional; a token without one would be good forever, so it is refused.
        JwtTimestampValidator expiring = new JwtTimestampValidator();
        expiring.setAllowEmptyExpiryClaim(false);
        expiring.setClock(clock);
        nimbus.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(settings.issuer()), expiring, this::audience, this::roles, Tokens::identified));
        this.decoder = new VerifiedTokens(nimbus, clock);
        RSAKey jwk = new RSAKey.Builder(ownKey.publicKey())
                .privateKey(ownKey.privateKey())
                .keyID("gsef-governance")
                .build();
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** Whether the tokens accepted are this system's own (no identity provider): each names a built-in account. */
    boolean ownTokens() {
        return settings.jwkSetUri() == null || settings.jwkSetUri().isBlank();
    }

    ActorAuthentication authenticate(Jwt token) {
        Actor actor = new Actor(
                token.getSubject(),
                roles(token.getClaims()),
                stringClaim(token.getClaims(), settings.seatClaim()),
                stringClaim(token.getClaims(), settings.organisationClaim()));
        return new ActorAuthentication(actor, token);
    }

    /** A token for a built-in account, valid for the configured lifetime, with an identifier of its own. */
    Issued issue(Actor actor) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        Instant expiresAt = now.plus(settings.tokenLifetime());
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .audience(List.of(settings.audience()))
                .subject(actor.userId())
                .id(id)
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(expiresAt)
                .claim(
                        settings.rolesClaim(),
                        actor.roles().stream().map(Role::name).sorted().toList());
        actor.seatCode().ifPresent(seat -> claims.claim(settings.seatClaim(), seat));
        actor.organisationId().ifPresent(organisation -> claims.claim(settings.organisationClaim(), organisation));
        String value = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
        return new Issued(
                new IssuedToken(value, "Bearer", settings.tokenLifetime().toSeconds()), id, expiresAt);
    }

    /** Every token names itself ({@code jti}), so that it can be revoked. */
    private static OAuth2TokenValidatorResult identified(Jwt token) {
        String id = token.getId();
        return id != null && !id.isBlank() && id.length() <= Revocations.MAX_JTI_LENGTH
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "the token has no identifier (jti) to revoke it by", null));
    }

    private OAuth2TokenValidatorResult audience(Jwt token) {
        List<String> audience = token.getAudience();
        return audience != null && audience.contains(settings.audience())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "the token is not meant for this system", null));
    }

    private OAuth2TokenValidatorResult roles(Jwt token) {
        return roles(token.getClaims()).isEmpty() || token.getSubject() == null
                ? OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "the token names no subject or no known role", null))
                : OAuth2TokenValidatorResult.success();
    }

    private Set<Role> roles(Map<String, Object> claims) {
        Object value = claim(claims, settings.rolesClaim());
        Collection<?> names = value instanceof Collection<?> list
                ? list
                : value == null ? List.of() : List.of(value.toString().split("[ ,]+"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> Role.parse(String.valueOf(name)).ifPresent(roles::add));
        return roles;
    }

    private static String stringClaim(Map<String, Object> claims, String path) {
        return Optional.ofNullable(claim(claims, path)).map(Object::toString).orElse(null);
    }

    /** A claim by name, or by a dotted path into nested claims. */
    private static Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** A token issued, with its identifier and expiry, which its sign-out needs. */
    record Issued(IssuedToken response, String id, Instant expiresAt) {}

    /** A token as the token endpoint returns it (RFC 6749 field names). */
    public record IssuedToken(String access_token, String token_type, long expires_in) {}
}
