package org.gsef.governance.platform.documents;

import org.gsef.governance.platform.web.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A document refused or no longer readable, as RFC 9457 problem details in the caller's language: 413 above the size
 * limit and 415 for content that is not a document or an image (both with the connection closed: the rest of the body
 * is not read), 410 for a document whose personal data was erased. Before the general advice, which answers the rest.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DocumentProblems {

    private final Problems problems;

    public DocumentProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DocumentRefusals.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(DocumentRefusals.TooLarge tooLarge) {
        return closing(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", tooLarge.limit());
    }

    @ExceptionHandler(DocumentRefusals.Unsupported.class)
    ResponseEntity<ProblemDetail> unsupported(DocumentRefusals.Unsupported unsupported) {
        ResponseEntity<ProblemDetail> response =
                closing(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-document", unsupported.mediaType());
        response.getBody().setProperty("detectedMediaType", unsupported.mediaType());
        return response;
    }

    @ExceptionHandler(DocumentRefusals.Erased.class)
    ResponseEntity<ProblemDetail> erased(DocumentRefusals.Erased erased) {
        return ResponseEntity.status(HttpStatus.GONE)
                .body(problems.create(
                        HttpStatus.GONE, "document-erased", new Object[0], null, LocaleContextHolder.getLocale()));
    }

    private ResponseEntity<ProblemDetail> closing(HttpStatus status, String code, Object argument) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONNECTION, "close")
                .body(problems.create(status, code, new Object[] {argument}, null, LocaleContextHolder.getLocale()));
    }
}
