package org.gsef.governance.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request's whole body must arrive within {@code gsef.web.request-body-deadline} (20 s by default) of the request's
 * start; a document upload's within {@code gsef.documents.upload-deadline} (120 s by default). Tomcat's own timeout ({@code server.tomcat.connection-timeout}) ends a connection silent for a few seconds,
 * but a client sending a byte every few seconds would keep a request open for as long as it likes; this cuts it off,
 * with a 408 problem in the caller's language, and the connection closed. It covers what the API reads ({@code
 * getInputStream}, {@code getReader}) and the login form's fields ({@code getParameter}), which are read from the same
 * watched stream.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class RequestBodyDeadline extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyDeadline.class);

    private final Duration deadline;
    private final Duration uploadDeadline;
    private final Problems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public RequestBodyDeadline(
            @Value("${gsef.web.request-body-deadline:20s}") Duration deadline,
            @Value("${gsef.documents.upload-deadline:120s}") Duration uploadDeadline,
            Problems problems,
            LocaleResolver locales,
            JsonMapper json) {
        this.deadline = deadline;
        this.uploadDeadline = uploadDeadline;
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean body = request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (!body) {
            chain.doFilter(request, response);
            return;
        }
        // A document (up to the documents' size limit) is given longer than a command's few kilobytes.
        Duration allowed = RequestBodyLimit.isDocumentUpload(request) ? uploadDeadline : deadline;
        try {
            chain.doFilter(new Watched(request, System.nanoTime() + allowed.toNanos(), allowed.toSeconds()), response);
        } catch (RuntimeException | ServletException | IOException failure) {
            if (tooSlow(failure) == null) {
                throw failure;
            }
            if (!response.isCommitted()) {
                String correlationId = response.getHeader(CorrelationIdFilter.HEADER);
                response.reset();
                if (correlationId != null) {
                    response.setHeader(CorrelationIdFilter.HEADER, correlationId);
                }
                writeProblem(request, response);
            }
        }
    }

    /** The 408 for a body that did not arrive in time; the connection is closed after it. */
    private void writeProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn(
                "Request body not received within {} s: {} {} from {}",
                deadline.toSeconds(),
                request.getMethod(),
                request.getRequestURI(),
                request.getRemoteAddr());
        ProblemDetail problem = problems.create(
                HttpStatus.REQUEST_TIMEOUT,
                "request-timeout",
                new Object[] {deadline.toSeconds()},
                null,
                locales.resolveLocale(request));
        response.setStatus(HttpStatus.REQUEST_TIMEOUT.value());
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.asMap(problem, request.getRequestURI()));
    }

    /**
     * The body did not arrive before the deadline. Thrown from the body's stream, it reaches this filter when a filter
     * was reading (the login form), and {@link ProblemDetailsAdvice} when a message converter was; both answer 408.
     */
    public static final class TooSlow extends UncheckedIOException {

        private final long seconds;

        TooSlow(long seconds) {
            super(new IOException("request body not received within " + seconds + " s"));
            this.seconds = seconds;
        }

        public long seconds() {
            return seconds;
        }
    }

    /** The failure's cause that is a body not received in time, or null. */
    public static TooSlow tooSlow(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooSlow slow) {
                return slow;
            }
        }
        return null;
    }

    /** A request whose body, however read, fails once the deadline has passed. */
    private static final class Watched extends HttpServletRequestWrapper {

        private final long deadline;
        private final long seconds;
        private ServletInputStream stream;
        private Map<String, String[]> parameters;

        Watched(HttpServletRequest request, long deadline, long seconds) {
            super(request);
            this.deadline = deadline;
            this.seconds = seconds;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new WatchedStream(super.getInputStream(), deadline, seconds);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            try {
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                return new BufferedReader(new InputStreamReader(getInputStream(), charset));
            } catch (IllegalArgumentException unknown) {
                throw new UnsupportedEncodingException(encoding);
            }
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters().get(name);
        }

        /**
         * The query's parameters, and a form's fields read from the watched stream (Tomcat would read them from the
         * connection directly, past any deadline). Reading the stream first leaves Tomcat the query string alone.
         */
        private Map<String, String[]> parameters() {
            if (parameters != null) {
                return parameters;
            }
            if (!"POST".equals(getMethod()) || !isForm()) {
                parameters = super.getParameterMap();
                return parameters;
            }
            try {
                byte[] form = getInputStream().readAllBytes();
                Map<String, String[]> merged = new LinkedHashMap<>(super.getParameterMap());
                MultiValueMap<String, String> fields = new FormHttpMessageConverter().read(null, message(form));
                fields.forEach((name, values) ->
                        merged.merge(name, values.toArray(String[]::new), (query, body) -> concat(query, body)));
                parameters = Collections.unmodifiableMap(merged);
                return parameters;
            } catch (TooSlow slow) {
                throw slow;
            } catch (IOException | RuntimeException malformed) {
                // As Tomcat would: a form it cannot read has no fields (the sign-in then fails, or the CSRF check).
                parameters = super.getParameterMap();
                return parameters;
            }
        }

        private boolean isForm() {
            String type = getContentType();
            if (type == null) {
                return false;
            }
            try {
                return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }

        private HttpInputMessage message(byte[] form) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.parseMediaType(getContentType()));
            return new HttpInputMessage() {
                @Override
                public InputStream getBody() {
                    return new ByteArrayInputStream(form);
                }

                @Override
                public HttpHeaders getHeaders() {
                    return headers;
                }
            };
        }

        private static String[] concat(String[] first, String[] second) {
            String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, all, first.length, second.length);
            return all;
        }
    }

    /** Fails every read once the deadline has passed, and a read that ends after it. */
    private static final class WatchedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long deadline;
        private final long seconds;

        WatchedStream(ServletInputStream body, long deadline, long seconds) {
            this.body = body;
            this.deadline = deadline;
            this.seconds = seconds;
        }

        @Override
        public int read() throws IOException {
            check();
            int b = body.read();
            if (b >= 0) {
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            int n = body.read(buffer, offset, length);
            if (n > 0 && !body.isFinished()) {
                check();
            }
            return n;
        }

        private void check() {
            if (System.nanoTime() - deadline > 0 && !body.isFinished()) {
                throw new TooSlow(seconds);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
