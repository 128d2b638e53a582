package org.gsef.governance.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Fingerprints a request that carries an {@code Idempotency-Key}: SHA-256 over its method, path, query and body, kept
 * as a request attribute, so that a key is bound to the request it first answered and the same key on another request
 * is refused instead of answered like the first. The body (at most the request body limit, which runs before) is read
 * here once and served again to whatever reads it next.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestFingerprint extends OncePerRequestFilter {

    public static final String ATTRIBUTE = RequestFingerprint.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A document upload is streamed, never read whole: its content's own fingerprint is its SHA-256.
        if (request.getHeader("Idempotency-Key") == null || RequestBodyLimit.isDocumentUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        request.setAttribute(
                ATTRIBUTE, of(request.getMethod(), request.getRequestURI(), request.getQueryString(), body));
        chain.doFilter(new Replayed(request, body), response);
    }

    /** The fingerprint of a request: hexadecimal SHA-256 of method, path, query and body. */
    public static String of(String method, String path, String query, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(
                    (method + " " + path + "?" + (query == null ? "" : query) + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    /** The request with its body read already, served from memory. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }
            };
        }
    }
}
