package org.gsef.governance.command.documents;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsef.governance.command.committee.Dossier;
import org.gsef.governance.kernel.documents.DocumentRecord;
import org.gsef.governance.kernel.documents.DocumentVersionRef;
import org.gsef.governance.kernel.documents.RecordKind;
import org.gsef.governance.kernel.documents.StoredContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The command side's index of the versions attached to each record (event-store migration V13), written by the
 * document's command handler in the transaction of its event: what a ballot looks up to record its dossier as it
 * stands, and what an upload looks up to authorise a new version before it reads a byte.
 */
@Component
public class DocumentAttachments implements RecordIndex, Dossier {

    private final JdbcClient jdbc;

    public DocumentAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The entity a record of each kind is, as the event store names its type (the aggregate's class name; named here
     * as text, so that the documents depend on no other feature's aggregate).
     */
    private static final Map<RecordKind, String> ENTITY_TYPES = Map.of(
            RecordKind.APPLICATION, "MembershipApplication",
            RecordKind.BALLOT, "Ballot",
            RecordKind.MEETING, "Meeting",
            RecordKind.MILESTONE, "ForumEdition",
            RecordKind.INDICATOR_VALUE, "StrategicPlan");

    /**
     * The record's entity (the application, ballot, meeting, forum edition or plan) has events, and is of the record's
     * kind: a ballot's id named as an application's is no application.
     */
    @Override
    public boolean exists(DocumentRecord record) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id AND type = :type")
                        .param("id", record.id().toString())
                        .param("type", ENTITY_TYPES.get(record.kind()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void attached(UUID documentId, int version, DocumentRecord record, StoredContent content, Instant at) {
        jdbc.sql("INSERT INTO document_attachment"
                        + " (document_id, version, record_kind, record_id, record_part, sha256, attached_at)"
                        + " VALUES (:document, :version, :kind, :record, :part, :sha256, :at)")
                .param("document", documentId)
                .param("version", version)
                .param("kind", record.kind().name())
                .param("record", record.id())
                .param("part", record.part())
                .param("sha256", content.sha256())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The record a document is attached to, if it exists. */
    public Optional<DocumentRecord> recordOf(UUID documentId) {
        return jdbc.sql("SELECT record_kind, record_id, record_part FROM document_attachment"
                        + " WHERE document_id = :document AND version = 1")
                .param("document", documentId)
                .query((rs, row) -> new DocumentRecord(
                        RecordKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getString(3)))
                .optional();
    }

    @Override
    public List<DocumentVersionRef> current(UUID ballotId, UUID subjectId) {
        return latest(subjectId == null ? List.of(ballotId) : List.of(ballotId, subjectId));
    }

    /** The latest version of every document attached to these records, by document. */
    public List<DocumentVersionRef> latest(List<UUID> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT a.document_id, a.version, a.sha256 FROM document_attachment a"
                        + " WHERE a.record_id IN (:records) AND a.version = (SELECT max(b.version)"
                        + " FROM document_attachment b WHERE b.document_id = a.document_id)"
                        + " ORDER BY a.attached_at, a.document_id")
                .param("records", records)
                .query((rs, row) -> new DocumentVersionRef(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getString(3).strip()))
                .list();
    }
}
