package org.gsef.governance.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body larger than {@code gsef.web.max-request-body} (1 MB by default; the largest thing the API takes
 * is a seed or import file of a few dozen kilobytes, documents aside) with a 413 in the caller's language, before anything reads it. A
 * body sent without a length is cut off at the same size, and then fails to parse (400).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public RequestBodyLimit(
            @Value("${gsef.web.max-request-body:1MB}") DataSize limit,
            Problems problems,
            LocaleResolver locales,
            JsonMapper json) {
        this.limit = limit.toBytes();
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    /**
     * Document uploads are streamed to storage, never held in memory, and the documents' own limit
     * ({@code gsef.documents.max-size}) refuses them when they pass it, declared or not.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return isDocumentUpload(request);
    }

    /** A request that sends a document's content: {@code POST /api/documents...}. */
    public static boolean isDocumentUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && (path.equals(DOCUMENTS) || path.startsWith(DOCUMENTS + "/"));
    }

    private static final String DOCUMENTS = "/api/documents";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            ProblemDetail problem = problems.create(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too-large",
                    new Object[] {limit},
                    null,
                    locales.resolveLocale(request));
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(), Problems.asMap(problem, request.getRequestURI()));
            return;
        }
        // Only a body sent in chunks has no length to check; a request without a body (every GET) goes on as it is.
        boolean chunked = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
        chain.doFilter(chunked ? new Limited(request, limit) : request, response);
    }

    /** A request whose body reads as ended once the limit is reached. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream body = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        if (read >= limit) {
                            return -1;
                        }
                        int b = body.read();
                        if (b >= 0) {
                            read++;
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        if (read >= limit) {
                            return -1;
                        }
                        int n = body.read(buffer, offset, (int) Math.min(length, limit - read));
                        if (n > 0) {
                            read += n;
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return read >= limit || body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
