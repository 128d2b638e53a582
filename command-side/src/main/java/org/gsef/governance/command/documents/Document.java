package org.gsef.governance.command.documents;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gsef.governance.command.AggregateCaching;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.documents.DocumentCommand.AddDocumentVersion;
import org.gsef.governance.kernel.documents.DocumentCommand.AttachDocument;
import org.gsef.governance.kernel.documents.DocumentEvent.DocumentVersionAttached;
import org.gsef.governance.kernel.documents.DocumentRecord;
import org.gsef.governance.kernel.identity.Actor;

/**
 * A document attached to a record: its versions, each recorded with its content's fingerprint, kept for good. A
 * version is never changed or removed; a new one is added beside it. Who may attach is the record's rule
 * ({@link DocumentRecord#mayAttach}): the roles that may change the record, an applicant to its own application.
 */
@Aggregate(cache = AggregateCaching.CACHE)
public class Document {

    @AggregateIdentifier
    private String documentId;

    private UUID id;
    private DocumentRecord record;
    private int versions;

    protected Document() {}

    /** A document for an existing record, attached by someone who may change that record. */
    @CommandHandler
    public Document(AttachDocument command, Actor actor, RecordIndex index, Clock clock) {
        requireMayAttach(command.record(), actor);
        if (!index.exists(command.record())) {
            throw new RuleViolation(
                    Refusal.NO_SUCH_RECORD,
                    "no record " + command.record().id(),
                    command.record().id());
        }
        apply(new DocumentVersionAttached(
                command.documentId(), command.record(), 1, command.name(), command.content(), clock.instant()));
        index.attached(command.documentId(), 1, command.record(), command.content(), clock.instant());
    }

    /** A new version beside the earlier ones; returns its number. */
    @CommandHandler
    public int handle(AddDocumentVersion command, Actor actor, RecordIndex index, Clock clock) {
        requireMayAttach(record, actor);
        int version = versions + 1;
        apply(new DocumentVersionAttached(id, record, version, command.name(), command.content(), clock.instant()));
        index.attached(id, version, record, command.content(), clock.instant());
        return version;
    }

    /** The one check of who attaches, also made by the upload endpoint before it reads a byte. */
    public static void requireMayAttach(DocumentRecord record, Actor actor) {
        if (!record.mayAttach(actor)) {
            throw new RuleViolation(
                    Refusal.NOT_DOCUMENT_ATTACHER,
                    (actor == null ? "nobody" : actor.userId()) + " may not attach documents to " + record.kind());
        }
    }

    @EventSourcingHandler
    void on(DocumentVersionAttached event) {
        documentId = event.documentId().toString();
        id = event.documentId();
        record = event.record();
        versions = event.version();
    }
}
