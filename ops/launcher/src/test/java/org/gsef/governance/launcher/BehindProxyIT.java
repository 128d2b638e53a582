package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.gsef.governance.platform.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS proxy (issue #15: with {@code X-Forwarded-Proto: https} the session cookie had neither {@code Secure}
 * nor {@code SameSite}, there was no HSTS, and the {@code Host} header was reflected into redirects). Here the proxy is
 * 127.0.0.9, the one address listed in {@code gsef.web.trusted-proxies}; every other loopback address is a client
 * talking to the server directly, whose forwarded headers must change nothing.
 */
@SingleNodeOnPostgres(properties = "gsef.web.trusted-proxies=127.0.0.9")
class BehindProxyIT {

    static final String PROXY = "127.0.0.9";
    static final String FORGED = "evil.example";

    @LocalServerPort
    int port;

    @Test
    void forwarded_headers_from_a_client_that_is_not_a_trusted_proxy_change_nothing() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "127.0.0.11", """
                GET /committee HTTP/1.1
                Host: localhost
                X-Forwarded-Proto: https
                X-Forwarded-Host: %s
                X-Forwarded-Port: 443
                X-Forwarded-For: 203.0.113.7""".formatted(FORGED), null);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.first("Location")).isEqualTo("/login");
        assertThat(answer.header("Strict-Transport-Security")).isEmpty();
        assertThat(answer.header("Set-Cookie"))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax")
                        .doesNotContain("Secure"));
    }

    @Test
    void through_the_trusted_proxy_https_gives_a_secure_cookie_and_hsts() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, PROXY, """
                GET /committee HTTP/1.1
                Host: governance.example.org
                X-Forwarded-Proto: https
                X-Forwarded-For: 203.0.113.7""", null);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.first("Location")).isEqualTo("/login");
        assertThat(answer.first("Strict-Transport-Security")).contains("max-age=");
        assertThat(answer.header("Set-Cookie"))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("Secure")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));

        RawHttp.Answer plain = RawHttp.send(port, PROXY, """
                GET /login HTTP/1.1
                Host: governance.example.org
                X-Forwarded-Proto: http""", null);
        assertThat(plain.header("Strict-Transport-Security"))
                .as("plain HTTP through the proxy")
                .isEmpty();
    }

    @Test
    void a_forged_host_never_appears_in_a_location_header() throws IOException {
        List<String> locations = new ArrayList<>();
        // Sent to a page while signed out: saved, and sent to the sign-in page.
        RawHttp.Answer saved = RawHttp.send(port, "127.0.0.12", "GET /committee HTTP/1.1\nHost: " + FORGED, null);
        locations.add(saved.first("Location"));
        String session = saved.cookie("JSESSIONID");

        // Signed in: sent back to the page saved above.
        RawHttp.SignIn signedIn = RawHttp.signIn(port, "127.0.0.12", FORGED, session, "auditor", Api.DEMO_PASSWORD);
        assertThat(signedIn.answer().status()).isEqualTo(302);
        locations.add(signedIn.answer().first("Location"));
        String signedInSession = signedIn.session();

        RawHttp.Answer page = RawHttp.send(
                port,
                "127.0.0.12",
                "GET /committee HTTP/1.1\nHost: " + FORGED + "\nCookie: JSESSIONID=" + signedInSession,
                null);
        assertThat(page.status()).as("the page, signed in").isEqualTo(200);

        // A wrong password: sent back to the sign-in page with an error.
        RawHttp.Answer failed = RawHttp.signIn(port, "127.0.0.13", FORGED, null, "auditor", "wrong")
                .answer();
        assertThat(failed.status()).isEqualTo(302);
        locations.add(failed.first("Location"));

        // Signed out: sent to the sign-in page.
        String csrfSignedIn = RawHttp.csrfToken(RawHttp.send(
                        port,
                        "127.0.0.12",
                        "GET /logout HTTP/1.1\nHost: " + FORGED + "\nCookie: JSESSIONID=" + signedInSession,
                        null)
                .body());
        RawHttp.Answer signedOut = RawHttp.send(
                port,
                "127.0.0.12",
                "POST /logout HTTP/1.1\nHost: " + FORGED + "\nCookie: JSESSIONID=" + signedInSession
                        + "\nContent-Type: application/x-www-form-urlencoded",
                "_csrf=" + csrfSignedIn);
        locations.add(signedOut.first("Location"));

        // A record created through the API: its address.
        RawHttp.Answer created = RawHttp.send(
                port,
                "127.0.0.12",
                "POST /api/membership-applications HTTP/1.1\nHost: " + FORGED + "\nAuthorization: Basic "
                        + Base64.getEncoder().encodeToString(("secretariat:" + Api.DEMO_PASSWORD).getBytes())
                        + "\nContent-Type: application/json",
                """
                {"organisationName": "Red de economía social de Rosario", "kind": "LOCAL_SSE_NETWORK",
                 "country": "AR", "region": "LATIN_AMERICA_AND_CARIBBEAN", "city": "Rosario",
                 "preferredLanguage": "SPANISH"}""");
        assertThat(created.status()).isEqualTo(201);
        locations.add(created.first("Location"));

        assertThat(locations)
                .hasSize(5)
                .doesNotContainNull()
                .allSatisfy(
                        location -> assertThat(location).doesNotContain(FORGED).startsWith("/"));
    }

    @Test
    void a_client_cannot_dodge_the_throttle_per_address_by_sending_x_forwarded_for_itself() throws IOException {
        List<Integer> direct = new ArrayList<>();
        for (int attempt = 0; attempt < 25; attempt++) {
            direct.add(guess("127.0.0.14", "direct-" + attempt, "198.51.100." + attempt));
        }
        assertThat(direct.subList(0, 20)).containsOnly(401);
        assertThat(direct.subList(20, 25))
                .as("a forwarded address of its own each time")
                .containsOnly(429);

        // Through the proxy, a client's own X-Forwarded-For comes first; the proxy appends the address it saw.
        List<Integer> proxied = new ArrayList<>();
        for (int attempt = 0; attempt < 25; attempt++) {
            proxied.add(guess(PROXY, "proxied-" + attempt, "198.51.100." + attempt + ", 203.0.113.50"));
        }
        assertThat(proxied.subList(0, 20)).containsOnly(401);
        assertThat(proxied.subList(20, 25)).containsOnly(429);
        assertThat(guess(PROXY, "another", "203.0.113.51"))
                .as("another client behind the same proxy")
                .isEqualTo(401);
    }

    /** A wrong password for the account, from the address with the given X-Forwarded-For. */
    private int guess(String from, String account, String forwardedFor) throws IOException {
        return RawHttp.send(
                        port,
                        from,
                        "GET /api/objectives HTTP/1.1\nHost: localhost\nX-Forwarded-For: " + forwardedFor
                                + "\nAuthorization: Basic "
                                + Base64.getEncoder().encodeToString((account + ":wrong").getBytes()),
                        null)
                .status();
    }
}
