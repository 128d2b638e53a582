package org.gsef.governance.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every sign-in with a password (HTTP Basic on the API, the login form of the pages) goes through here: refused
 * unchecked while the {@link SignInThrottle} says to wait, else checked against the built-in accounts. Each success,
 * failure and refusal is logged with the account name as typed, the client address and (from the logging context) the
 * request's correlation id, never the password, and counted in {@code gsef_sign_ins_total{outcome}} ({@code success},
 * {@code failure}, {@code throttled}).
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Map<String, Counter> outcomes;

    ThrottledSignIn(
            UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle, MeterRegistry metrics) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        this.passwords = provider;
        this.throttle = throttle;
        this.outcomes = Map.of(
                "success", counter(metrics, "success"),
                "failure", counter(metrics, "failure"),
                "throttled", counter(metrics, "throttled"));
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = printable(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        Duration wait = throttle.waitBefore(account, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            outcomes.get("throttled").increment();
            log.warn(
                    "Sign-in refused, too many failures: account={} address={} retryAfter={}s",
                    account,
                    address,
                    seconds);
            throw new TooManyFailures(seconds);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(account);
            outcomes.get("success").increment();
            log.info("Sign-in succeeded: account={} address={}", account, address);
            return signedIn;
        } catch (AuthenticationException failure) {
            throttle.failed(account, address);
            outcomes.get("failure").increment();
            log.warn(
                    "Sign-in failed: account={} address={} reason={}",
                    account,
                    address,
                    failure.getClass().getSimpleName());
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The account name as typed, fit for one log line: no control characters, at most 100 characters. */
    private static String printable(String name) {
        if (name == null) {
            return "";
        }
        return name.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .limit(100)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static Counter counter(MeterRegistry metrics, String outcome) {
        return Counter.builder("gsef.sign.ins")
                .description("Sign-ins with a password, by outcome: success, failure, or throttled (refused unchecked)")
                .tag("outcome", outcome)
                .register(metrics);
    }

    /** Too many failed sign-ins for the account or from the address: try again after {@code retryAfterSeconds}. */
    static final class TooManyFailures extends AuthenticationException {

        private final long retryAfterSeconds;

        TooManyFailures(long retryAfterSeconds) {
            super("Too many failed sign-ins; try again in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
