package org.gsef.governance.query.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsef.governance.kernel.documents.DocumentRecord;
import org.gsef.governance.kernel.documents.RecordKind;
import org.gsef.governance.kernel.documents.StoredContent;
import org.gsef.governance.kernel.privacy.SealedPersonalData;
import org.gsef.governance.platform.privacy.PersonalDataVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the documents' read model: the documents of a record, one document, one version's stored content. */
@Component
public class Documents {

    private static final String SELECT = "SELECT d.document_id, d.record_kind, d.record_id, d.record_part,"
            + " v.version, v.name_subject, v.name_ciphertext, v.sha256, v.size_bytes, v.media_type, v.content_id,"
            + " v.encrypted_for, v.attached_at, v.attached_by"
            + " FROM document_view d JOIN document_version_view v ON v.document_id = d.document_id";

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;

    public Documents(JdbcClient jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** The documents of a record, oldest first, each with its versions, newest first. */
    public List<DocumentView> of(DocumentRecord record) {
        List<Row> rows = jdbc.sql(SELECT + " WHERE d.record_id = :record AND d.record_kind = :kind"
                        + (record.part() == null ? "" : " AND d.record_part = :part")
                        + " ORDER BY d.created_at, d.document_id, v.version DESC")
                .param("record", record.id())
                .param("kind", record.kind().name())
                .param("part", record.part() == null ? "" : record.part())
                .query((rs, n) -> row(rs))
                .list();
        return grouped(rows);
    }

    /** Several records' documents at once: a ballot's dossier is its own and its subject's. */
    public List<DocumentView> of(List<DocumentRecord> records) {
        List<DocumentView> all = new ArrayList<>();
        records.forEach(record -> all.addAll(of(record)));
        return all;
    }

    public Optional<DocumentView> find(UUID documentId) {
        List<Row> rows = jdbc.sql(SELECT + " WHERE d.document_id = :document ORDER BY v.version DESC")
                .param("document", documentId)
                .query((rs, n) -> row(rs))
                .list();
        return grouped(rows).stream().findFirst();
    }

    /** The versions of a record's documents that stood at an instant (as a ballot's decision page shows them). */
    public List<DocumentView> asOf(List<DocumentRecord> records, Instant at) {
        return of(records).stream()
                .map(document -> document.asOf(at))
                .filter(document -> !document.versions().isEmpty())
                .toList();
    }

    private List<DocumentView> grouped(List<Row> rows) {
        Map<UUID, List<Row>> byDocument = new LinkedHashMap<>();
        rows.forEach(row -> byDocument
                .computeIfAbsent(row.documentId(), id -> new ArrayList<>())
                .add(row));
        return byDocument.values().stream()
                .map(versions -> {
                    Row first = versions.getFirst();
                    return new DocumentView(
                            first.documentId(),
                            first.record(),
                            versions.stream().map(this::version).toList());
                })
                .toList();
    }

    private DocumentView.Version version(Row row) {
        Optional<String> name = vault.unseal(new SealedPersonalData(row.nameSubject(), row.nameCiphertext()));
        boolean erased = name.isEmpty()
                || (row.content().encryptedFor() != null
                        && vault.erased(row.content().encryptedFor()));
        return new DocumentView.Version(
                row.version(),
                name.orElse(null),
                erased,
                row.content().sha256(),
                row.content().size(),
                row.content().mediaType(),
                row.attachedAt(),
                row.attachedBy(),
                row.content());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getObject(1, UUID.class),
                new DocumentRecord(RecordKind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class), rs.getString(4)),
                rs.getInt(5),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                new StoredContent(
                        rs.getObject(11, UUID.class),
                        rs.getString(8).strip(),
                        rs.getLong(9),
                        rs.getString(10),
                        rs.getObject(12, UUID.class)),
                rs.getObject(13, java.time.OffsetDateTime.class).toInstant(),
                rs.getString(14));
    }

    private record Row(
            UUID documentId,
            DocumentRecord record,
            int version,
            UUID nameSubject,
            String nameCiphertext,
            StoredContent content,
            Instant attachedAt,
            String attachedBy) {}
}
