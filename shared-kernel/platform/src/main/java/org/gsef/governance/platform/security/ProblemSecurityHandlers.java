package org.gsef.governance.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gsef.governance.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403, 429 and 503 as problem details in the caller's language. The 401 is the same whatever went wrong (unknown
 * account, wrong password, bad or expired token), so it tells an attacker nothing; it challenges with Bearer only, so
 * browsers never pop up a Basic dialog and never replay Basic credentials on their own. A sign-in refused after too
 * many failures is a 429 with {@code Retry-After}, whether or not the account exists. A token that cannot be checked
 * against the revocation list (the database is down) is a 503 with {@code Retry-After}, as the API answers then.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemSecurityHandlers(Problems problems, LocaleResolver locales, JsonMapper json) {
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof CurrentTokens.Unavailable) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable");
            return;
        }
        if (failure instanceof ThrottledSignIn.TooManyFailures throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins", throttled.retryAfterSeconds());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"gsef-governance\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden");
    }

    /** A request the firewall refuses (an encoded slash, semicolon, percent or backslash in the path, a bad header). */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST, "invalid-address");
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String code,
            Object... arguments)
            throws IOException {
        ProblemDetail problem = problems.create(status, code, arguments, null, locales.resolveLocale(request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.asMap(problem, request.getRequestURI()));
    }
}
