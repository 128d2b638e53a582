package org.gsef.governance.query.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.documents.DocumentRecord;
import org.gsef.governance.kernel.documents.RecordKind;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.platform.documents.AcceptedMediaTypes;
import org.gsef.governance.platform.documents.DocumentContents;
import org.gsef.governance.platform.documents.DocumentRefusals;
import org.gsef.governance.platform.identity.CurrentActor;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.documents.DocumentView;
import org.gsef.governance.query.documents.Documents;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of a record, one document with its versions, and a version's content. Each is read by whoever reads
 * the record it belongs to ({@link DocumentRecord#mayRead}): a member representative its own application's only, any
 * other reading as not found, like the application itself. A content is always a download ({@code Content-Disposition:
 * attachment}) of the type detected when it was received, never sniffed and never shown inline.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentReads {

    private final Documents documents;
    private final DocumentContents contents;

    DocumentReads(Documents documents, DocumentContents contents) {
        this.documents = documents;
        this.contents = contents;
    }

    /** What an upload may be: its largest size and the accepted media types, for forms to check before sending. */
    @GetMapping("/limits")
    Limits limits() {
        ReadAccess.signedIn();
        return new Limits(contents.maxSize(), AcceptedMediaTypes.all());
    }

    record Limits(long maxSize, List<String> mediaTypes) {}

    @GetMapping
    List<DocumentView> ofRecord(
            @RequestParam RecordKind record, @RequestParam UUID recordId, @RequestParam(required = false) String part) {
        DocumentRecord target = new DocumentRecord(record, recordId, part);
        requireReader(target);
        return documents.of(target);
    }

    @GetMapping("/{documentId}")
    DocumentView one(@PathVariable UUID documentId) {
        DocumentView document = documents.find(documentId).orElseThrow(() -> new NotFound("document " + documentId));
        requireReader(document.record());
        return document;
    }

    @GetMapping("/{documentId}/versions/{version}/content")
    void content(@PathVariable UUID documentId, @PathVariable int version, HttpServletResponse response)
            throws IOException {
        DocumentView document = documents.find(documentId).orElseThrow(() -> new NotFound("document " + documentId));
        requireReader(document.record());
        DocumentView.Version found = document.versions().stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow(() -> new NotFound("version " + version + " of document " + documentId));
        if (found.erased()) {
            throw new DocumentRefusals.Erased("document " + documentId);
        }
        try (InputStream content = contents.open(found.content())
                .orElseThrow(() -> new NotFound("the content of document " + documentId))) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(found.mediaType());
            response.setContentLengthLong(found.size());
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(found.name(), StandardCharsets.UTF_8)
                            .build()
                            .toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            response.setHeader(HttpHeaders.ETAG, "\"" + found.sha256() + "\"");
            OutputStream out = response.getOutputStream();
            content.transferTo(out);
            out.flush();
        }
    }

    /** Reads as the record is read: a record the reader may not see reads as not found to an applicant. */
    private static void requireReader(DocumentRecord record) {
        Actor actor = CurrentActor.get().orElseThrow(() -> new RuleViolation(Refusal.ROLE, "not signed in"));
        if (record.mayRead(actor)) {
            return;
        }
        if (record.kind() == RecordKind.APPLICATION && actor.has(Role.MEMBER_REPRESENTATIVE)) {
            throw new NotFound("documents of application " + record.id());
        }
        throw new RuleViolation(Refusal.ROLE, actor.userId() + " may not read the documents of " + record.kind());
    }
}
