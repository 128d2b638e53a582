package org.gsef.governance.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into RFC 9457 problem details in the caller's language (English, French or Spanish, from
 * Accept-Language). Spring MVC's own errors (unreadable JSON, wrong content type, missing parameter, unknown route) are
 * localised by {@link ResponseEntityExceptionHandler} through the same message bundle. Nothing leaks a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;

    public ProblemDetailsAdvice(MessageSource messages, Problems problems) {
        this.problems = problems;
        setMessageSource(messages);
    }

    /**
     * Every refusal, with the status of its category: the one place where refusals become status codes. The values it
     * names (such as the identifier of an existing record) become properties of the problem.
     */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation) {
        Refusal refusal = violation.refusal();
        ResponseEntity<ProblemDetail> response = problem(
                status(refusal.category()),
                problemCode(refusal),
                violation.arguments().toArray(),
                refusal.category() == Refusal.Category.FORBIDDEN ? null : violation.getMessage());
        violation.properties().forEach((name, value) -> response.getBody().setProperty(name, value.toString()));
        return response;
    }

    /** The problem code of a refusal: {@code forbidden.recused}, {@code rule.ballot-closed}. */
    public static String problemCode(Refusal refusal) {
        return (refusal.category() == Refusal.Category.FORBIDDEN ? "forbidden." : "rule.") + refusal.code();
    }

    public static HttpStatus status(Refusal.Category category) {
        return switch (category) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    /** A request body that did not arrive within its deadline (RequestBodyDeadline): 408, and the connection closed. */
    @ExceptionHandler(RequestBodyDeadline.TooSlow.class)
    ResponseEntity<ProblemDetail> tooSlow(RequestBodyDeadline.TooSlow slow) {
        ResponseEntity<ProblemDetail> response =
                problem(HttpStatus.REQUEST_TIMEOUT, "request-timeout", new Object[] {slow.seconds()}, null);
        return ResponseEntity.status(response.getStatusCode())
                .header(HttpHeaders.CONNECTION, "close")
                .body(response.getBody());
    }

    /** Unreadable input, unless it was unreadable because it came too slowly. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        RequestBodyDeadline.TooSlow slow = RequestBodyDeadline.tooSlow(unreadable);
        if (slow != null) {
            return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT)
                    .header(HttpHeaders.CONNECTION, "close")
                    .body(tooSlow(slow).getBody());
        }
        return super.handleHttpMessageNotReadable(unreadable, headers, status, request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidRequest(IllegalArgumentException invalid) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", new Object[] {invalid.getMessage()}, null);
    }

    /**
     * A query parameter that is not valid UTF-8 once percent-decoded ({@code ?q=%FF}): the container refuses to decode
     * it when the parameter is first read, and that is the caller's mistake, not ours.
     */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException invalid) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                new Object[] {"a parameter of the address is not valid percent-encoded UTF-8"},
                null);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException notFound) {
        return problem(HttpStatus.NOT_FOUND, "not-found", new Object[0], null);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound notFound) {
        return problem(HttpStatus.NOT_FOUND, "not-found", new Object[0], null);
    }

    /** Two writers at once, or a client whose {@code If-Match} names a version that is no longer the current one. */
    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class})
    ResponseEntity<ProblemDetail> concurrentChange(Exception conflict) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", new Object[0], null);
    }

    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class
    })
    ResponseEntity<ProblemDetail> unavailable(Exception outage) {
        log.warn("Storage unavailable: {}", outage.toString());
        return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", new Object[0], null));
    }

    private static ResponseEntity<ProblemDetail> retryLater(ResponseEntity<ProblemDetail> response) {
        return ResponseEntity.status(response.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(response.getBody());
    }

    /** A record created with an identifier that exists already, such as a representative's second application. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> exists(AggregateStreamCreationException exists) {
        return problem(HttpStatus.CONFLICT, "exists", new Object[0], null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyDeadline.TooSlow slow) {
                return tooSlow(slow);
            }
            if (cause instanceof AggregateStreamCreationException exists) {
                return exists(exists);
            }
            if (cause instanceof TransactionSystemException lost) {
                // The connection went away during the commit: the change may or may not be stored.
                log.warn("Commit outcome unknown: {}", lost.toString());
                return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, "commit-uncertain", new Object[0], null));
            }
        }
        Throwable storageCause = storageCause(failure);
        if (storageCause != null) {
            return unavailable(storageCause instanceof Exception outage ? outage : failure);
        }
        log.error("Unexpected failure", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", new Object[0], null);
    }

    /**
     * The database outage behind a failure, if that is what it is: Spring's translated exceptions, or the driver's own
     * as Axon's JDBC engines pass them on (no connection from the pool in time, a connection lost, the server shutting
     * down or starting up: SQL states of class 08 and 57P).
     */
    private static Throwable storageCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || (cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08")
                                    || sql.getSQLState().startsWith("57P")))) {
                return cause;
            }
        }
        return null;
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpStatusCode status, String code, Object[] arguments, String fallbackDetail) {
        return ResponseEntity.status(status).body(problems.create(status, code, arguments, fallbackDetail, locale()));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** Thrown by a query that finds nothing. */
    public static final class NotFound extends RuntimeException {
        public NotFound(String what) {
            super(what + " not found");
        }
    }
}
