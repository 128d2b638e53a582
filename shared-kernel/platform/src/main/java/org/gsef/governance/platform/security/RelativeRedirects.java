package org.gsef.governance.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Redirects by path only. After a sign-in, Spring Security sends the browser back to the page it first asked for, as
 * an absolute address rebuilt from that request, {@code Host} header included: a forged one would be sent back. This
 * keeps the path and query of that address and drops its scheme and host, so that the browser stays where it is (with
 * {@code server.tomcat.use-relative-redirects}, Tomcat does not add them back either). A path that would leave the site
 * ({@code //elsewhere}) becomes {@code /}.
 */
final class RelativeRedirects implements RedirectStrategy {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    /** The success handler of the login form, sending back to the page first asked for by its path. */
    static SavedRequestAwareAuthenticationSuccessHandler afterSignIn() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setRedirectStrategy(new RelativeRedirects());
        return handler;
    }

    /**
     * The failure handler of the login form: back to the sign-in page, saying why: {@code ?error=throttled} when too
     * many sign-ins failed, {@code ?error} for a wrong account or password (told apart from no other failure).
     */
    static ExceptionMappingAuthenticationFailureHandler afterFailedSignIn() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(ThrottledSignIn.TooManyFailures.class.getName(), "/login?error=throttled"));
        handler.setRedirectStrategy(new RelativeRedirects());
        return handler;
    }

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        redirects.sendRedirect(request, response, pathOf(url));
    }

    static String pathOf(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException malformed) {
            return "/";
        }
    }
}
