package org.gsef.governance.command.documents.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gsef.governance.command.authorization.CommandAuthorization;
import org.gsef.governance.command.documents.Document;
import org.gsef.governance.command.documents.DocumentAttachments;
import org.gsef.governance.command.web.CommandSender;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.Require;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.documents.DocumentCommand.AddDocumentVersion;
import org.gsef.governance.kernel.documents.DocumentCommand.AttachDocument;
import org.gsef.governance.kernel.documents.DocumentRecord;
import org.gsef.governance.kernel.documents.RecordKind;
import org.gsef.governance.kernel.documents.StoredContent;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.documents.AcceptedMediaTypes;
import org.gsef.governance.platform.documents.DocumentContents;
import org.gsef.governance.platform.identity.CurrentActor;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Uploads documents: the request's body is the file itself (any content type; what it is, is detected from its bytes),
 * its name in {@code name}. The sender is authorised before a byte is read, the content streamed to storage (refused
 * above the size limit with 413, and with 415 when it is not a document or an image), then recorded by an event. A
 * failure or a crash before that event leaves nothing anyone can see, and the same upload can simply be sent again.
 * Reads and downloads are served by the query side at the same addresses.
 */
@RestController
@RequestMapping(DocumentUploads.PATH)
class DocumentUploads {

    static final String PATH = "/api/documents";

    /**
     * The body is the file, sent with its own type (or {@code application/octet-stream}); a form's type would have the
     * body read as form fields, whole, before anything here sees it, so it is refused (415).
     */
    private static final String NOT_A_FORM = "!" + MediaType.APPLICATION_FORM_URLENCODED_VALUE;

    /**
     * Control characters, and the bidirectional overrides and isolates that make a name display otherwise than it is
     * ({@code invoice\u202Etxt.exe} shows as {@code invoiceexe.txt}).
     */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

    private final CommandSender commands;
    private final DocumentContents contents;
    private final DocumentAttachments attachments;
    private final PersonalDataVault vault;

    DocumentUploads(
            CommandSender commands,
            DocumentContents contents,
            DocumentAttachments attachments,
            PersonalDataVault vault) {
        this.commands = commands;
        this.contents = contents;
        this.attachments = attachments;
        this.vault = vault;
    }

    /**
     * A new document on a record, as its first version. The parameters are checked after the sender's role, so that a
     * role that may never attach is told so whatever it sent.
     */
    @PostMapping(consumes = NOT_A_FORM)
    ResponseEntity<Attached> attach(
            @RequestParam(required = false) RecordKind record,
            @RequestParam(required = false) UUID recordId,
            @RequestParam(required = false) String part,
            @RequestParam(required = false) String name,
            HttpServletRequest request,
            NativeWebRequest web)
            throws IOException, HttpMediaTypeNotSupportedException {
        Actor actor = CurrentActor.get().orElse(null);
        CommandAuthorization.authorise(actor, AttachDocument.class);
        DocumentRecord target = new DocumentRecord(record, recordId, part);
        Document.requireMayAttach(target, actor);
        requireNotErased(target);
        String fileName = fileName(name);
        UUID documentId = UUID.randomUUID();
        refuseMultipart(request);
        StoredContent content =
                contents.receive(target, request.getInputStream(), request.getContentLengthLong(), fileName);
        SealedPersonalData sealedName =
                vault.seal(nameSubject(target, documentId), AcceptedMediaTypes.nameFor(fileName, content.mediaType()));
        recorded(new AttachDocument(documentId, target, sealedName, content), content, web);
        return ResponseEntity.created(URI.create(PATH + "/" + documentId))
                .body(new Attached(documentId, 1, content.sha256(), content.size(), content.mediaType()));
    }

    /** A new version of a document; the earlier versions stay. */
    @PostMapping(path = "/{documentId}/versions", consumes = NOT_A_FORM)
    ResponseEntity<Attached> addVersion(
            @PathVariable UUID documentId,
            @RequestParam(required = false) String name,
            HttpServletRequest request,
            NativeWebRequest web)
            throws IOException, HttpMediaTypeNotSupportedException {
        Actor actor = CurrentActor.get().orElse(null);
        CommandAuthorization.authorise(actor, AddDocumentVersion.class);
        DocumentRecord target = attachments
                .recordOf(documentId)
                .orElseThrow(
                        () -> new RuleViolation(Refusal.NO_SUCH_DOCUMENT, "no document " + documentId, documentId));
        Document.requireMayAttach(target, actor);
        requireNotErased(target);
        String fileName = fileName(name);
        refuseMultipart(request);
        StoredContent content =
                contents.receive(target, request.getInputStream(), request.getContentLengthLong(), fileName);
        SealedPersonalData sealedName =
                vault.seal(nameSubject(target, documentId), AcceptedMediaTypes.nameFor(fileName, content.mediaType()));
        int version = recorded(new AddDocumentVersion(documentId, sealedName, content), content, web);
        return ResponseEntity.created(URI.create(PATH + "/" + documentId + "/versions/" + version))
                .body(new Attached(documentId, version, content.sha256(), content.size(), content.mediaType()));
    }

    /**
     * Records the stored content. When the command is refused (nothing was recorded), the content goes: no event will
     * ever name it. On any other failure the outcome is unknown and it stays, unseen unless an event names it.
     */
    private <R> R recorded(Object command, StoredContent content, NativeWebRequest web) throws IOException {
        try {
            return commands.send(command, web);
        } catch (RuleViolation
                | IllegalArgumentException
                | AggregateNotFoundException
                | AggregateStreamCreationException
                | ConcurrencyException refused) {
            contents.discard(content);
            throw refused;
        }
    }

    /**
     * Whose key seals the name: the record's data subject when its documents carry personal data (so one erasure
     * takes names and contents), else the document's own.
     */
    private static UUID nameSubject(DocumentRecord record, UUID documentId) {
        return record.kind().personal() ? record.dataSubject() : documentId;
    }

    /** A record whose personal data was erased takes no more documents: they could only be sealed for no one. */
    private void requireNotErased(DocumentRecord record) {
        if (record.kind().personal() && vault.erased(record.dataSubject())) {
            throw new RuleViolation(Refusal.RECORD_ERASED, "the personal data of " + record.id() + " was erased");
        }
    }

    /**
     * A multipart body would be stored as the file, boundaries and all: the file is the body itself (its type is
     * found from its bytes), so a multipart request is refused as a form is.
     */
    private static void refuseMultipart(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            throw new HttpMediaTypeNotSupportedException(
                    MediaType.parseMediaType(type), List.of(MediaType.APPLICATION_OCTET_STREAM));
        }
    }

    /** The file's own name, without any folder a browser or a client put before it. */
    static String fileName(String name) {
        String plain = Require.text(name, "name", 1000).strip();
        plain = plain.substring(Math.max(plain.lastIndexOf('/'), plain.lastIndexOf('\\')) + 1)
                .strip();
        plain = Require.text(plain, "name", 255);
        if (CONTROL.matcher(plain).find()) {
            throw new IllegalArgumentException(
                    "name must not hold line breaks, other control characters or direction overrides");
        }
        return plain;
    }

    /**
     * A version recorded: the document's {@code id} (named as every created resource's id is), the version's number, and
     * what the store recorded of it.
     */
    record Attached(UUID id, int version, String sha256, long size, String mediaType) {}
}
