package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gsef.governance.platform.testing.Api;

/**
 * A session of the pages as a browser without JavaScript keeps it: its cookies kept, redirects not followed, signed in
 * at the login form with the CSRF token the form carries. For what a test reads from the answers themselves (statuses,
 * headers); {@link Browser} drives the pages in Chromium.
 */
final class PageSession {

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    /** A session not signed in yet. */
    PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A session signed in at the login form as the demo account; fails the test when the form refuses it. */
    static PageSession signedIn(int port, String account) {
        PageSession session = new PageSession(port);
        HttpResponse<String> signedIn = session.signIn(account, Api.DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).as("signed in as " + account).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse(""))
                .as("signed in as " + account)
                .doesNotContain("error");
        return session;
    }

    /** Sends the login form with the token of the form just read; the answer says how it went. */
    HttpResponse<String> signIn(String account, String password) {
        String csrf = RawHttp.csrfToken(get("/login").body());
        return postForm("/login", "username=" + account + "&password=" + password + "&_csrf=" + csrf);
    }

    /** Reads a path, with the headers given as name, value, name, value... */
    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Posts a form, written as {@code name=value&...}. */
    HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
