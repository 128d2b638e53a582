package org.gsef.governance.platform.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Optional;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.platform.demo.DemoAccounts;
import org.gsef.governance.platform.web.Problems;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two ways in. The API ({@code /api/**}, {@code /actuator/**}) is stateless: bearer tokens (this system's own, or the
 * organisation's identity provider's) or HTTP Basic for built-in accounts, no session, no CSRF token needed since
 * browsers never send these credentials by themselves. The pages use a session login with CSRF protection. URL rules
 * here are the outer wall; every command is authorised again on the command side.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = RevokedToken.class)
@EnableJpaRepositories(basePackageClasses = RevokedTokens.class)
public class SecurityConfiguration {

    /** Roles that may send commands at all; the command side decides which command each may send. */
    static final String[] WRITERS = {
        Role.SECRETARIAT.name(), Role.DELEGATE.name(), Role.CHAIR.name(), Role.MEMBER_REPRESENTATIVE.name()
    };

    /** A user's private calendar feed address (made, read, revoked), and the feeds at such addresses. */
    static final String CALENDAR_FEED = "/api/calendar/feed";

    static final String CALENDAR_FEEDS = "/api/calendar/feeds/*";

    /** The sign-in page (the pages' SignInPage), where the login form is also sent. */
    static final String SIGN_IN = "/login";

    /** The dashboard for anyone, where an anonymous visitor to the home page is sent. */
    static final String PUBLIC_DASHBOARD = "/public";

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public BuiltInAccounts builtInAccounts(SecurityProperties properties, Optional<DemoAccounts> demo) {
        return new BuiltInAccounts(properties.accounts(), demo);
    }

    /**
     * How a password is checked, on the API (HTTP Basic) and the pages (the login form) alike: throttled, logged and
     * counted. As the one authentication provider bean, Spring Security builds its authentication manager from it;
     * bearer tokens are checked by the resource server on its own.
     */
    @Bean
    ThrottledSignIn throttledSignIn(BuiltInAccounts accounts, PasswordEncoder passwordEncoder, MeterRegistry metrics) {
        return new ThrottledSignIn(accounts::loadUserByUsername, passwordEncoder, new SignInThrottle(), metrics);
    }

    @Bean
    public Tokens tokens(SecurityProperties properties, Clock clock) {
        return new Tokens(
                properties.jwt(), SigningKey.loadOrCreate(properties.jwt().signingKeyFile()), clock);
    }

    @Bean
    CurrentTokens currentTokens(Tokens tokens, Revocations revocations, BuiltInAccounts accounts) {
        return new CurrentTokens(tokens, revocations, accounts);
    }

    @Bean
    SessionTokens sessionTokens(Revocations revocations, Clock clock) {
        return new SessionTokens(revocations, clock);
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(Problems problems, LocaleResolver locales, JsonMapper json) {
        return new ProblemSecurityHandlers(problems, locales, json);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain api(
            HttpSecurity http, Tokens tokens, CurrentTokens current, ProblemSecurityHandlers problems) {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/actuator/**")
                                .hasAnyRole(Role.OPERATOR.name(), Role.AUDITOR.name())
                                .requestMatchers(HttpMethod.POST, TokenEndpoint.PATH, SignOutEndpoint.PATH)
                                .authenticated()
                                .requestMatchers(HttpMethod.GET, "/api/public/**")
                                .permitAll()
                                // A private calendar feed: the secret in its address is its credential (calendar
                                // applications send no other); any signed-in user makes or revokes its own.
                                .requestMatchers(HttpMethod.GET, CALENDAR_FEEDS)
                                .permitAll()
                                .requestMatchers(CALENDAR_FEED)
                                .authenticated()
                                .requestMatchers(HttpMethod.GET, "/api/**")
                                .authenticated()
                                // Everyone reads and sets their own notifications; operators retry undelivered ones.
                                .requestMatchers(
                                        "/api/notifications/inbox/**",
                                        "/api/notifications/preferences",
                                        "/api/notifications/dead-letters/retries")
                                .authenticated()
                                .requestMatchers("/api/**")
                                .hasAnyRole(WRITERS)
                                .anyRequest()
                                .denyAll())
                // A page's API calls carry its session cookie too: a bearer token must never rotate that session.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(current::authenticate))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain pages(HttpSecurity http, SessionTokens sessionTokens) {
        // The ASYNC dispatch that ends a server-sent event stream (the page closed it) carries no security context:
        // checking it again would take it for a stranger, send it to the login page and lose the session.
        http.authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                                .permitAll()
                                // The public dashboard: the page, and the stream that tells it a read model changed
                                // (the read models' names only; its data comes from /api/public).
                                .requestMatchers(HttpMethod.GET, "/public", "/live")
                                .permitAll()
                                // A page forwarded to the single page application was authorised as itself.
                                .dispatcherTypeMatchers(DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(
                                        "/login",
                                        "/error",
                                        "/favicon.ico",
                                        "/assets/**",
                                        "/v3/api-docs/**",
                                        "/swagger-ui/**",
                                        "/swagger-ui.html")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                // An anonymous visitor to the home page reads the public dashboard; any other page asks to sign in.
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(anonymousPages()))
                // The project's own sign-in page (the pages' SignInPage); back to the page first asked for by its
                // path, never by the address its Host header named; a failure says whether the password was wrong or
                // the sign-in throttled.
                .formLogin(form -> form.loginPage(SIGN_IN)
                        .successHandler(RelativeRedirects.afterSignIn())
                        .failureHandler(RelativeRedirects.afterFailedSignIn()))
                // Signing out of the session revokes the bearer tokens it obtained for the page.
                .logout(logout -> logout.addLogoutHandler(sessionTokens))
                .headers(SecurityConfiguration::securityHeaders);
        return http.build();
    }

    /** Where an anonymous request for a page is sent: the public dashboard from the home page, else signing in. */
    private static AuthenticationEntryPoint anonymousPages() {
        AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(SIGN_IN);
        RelativeRedirects redirects = new RelativeRedirects();
        return (request, response, refused) -> {
            if ("/".equals(request.getRequestURI())) {
                redirects.sendRedirect(request, response, PUBLIC_DASHBOARD);
            } else {
                signIn.commence(request, response, refused);
            }
        };
    }

    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .addHeaderWriter(new StaticHeadersWriter(
                        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
