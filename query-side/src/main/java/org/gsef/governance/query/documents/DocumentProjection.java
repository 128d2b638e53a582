package org.gsef.governance.query.documents;

import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.gsef.governance.kernel.documents.DocumentEvent.DocumentVersionAttached;
import org.gsef.governance.platform.identity.ActorMetaData;
import org.gsef.governance.query.readmodel.Fold;
import org.gsef.governance.query.readmodel.FoldBatch;
import org.gsef.governance.query.readmodel.FoldTable;
import org.gsef.governance.query.readmodel.Folding;
import org.gsef.governance.query.readmodel.ReadModel;
import org.gsef.governance.query.readmodel.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every document of every record, with its versions as their events recorded them. */
@Component
@ProcessingGroup(DocumentProjection.PROCESSOR)
public class DocumentProjection implements Folding {

    public static final String PROCESSOR = "documents";
    static final FoldTable DOCUMENTS = FoldTable.of("document_view", "document_id");
    static final FoldTable VERSIONS = FoldTable.of("document_version_view", "document_id", "version");

    public static final ReadModel READ_MODEL = ReadModel.of(PROCESSOR, DocumentProjection::new, DOCUMENTS, VERSIONS);

    private final Fold fold;
    private final JdbcClient jdbc;

    public DocumentProjection(DataSource dataSource) {
        this.fold = READ_MODEL.fold(dataSource);
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public Fold fold() {
        return fold;
    }

    @EventHandler
    void on(DocumentVersionAttached event, @MetaDataValue(ActorMetaData.USER_ID) String attachedBy) {
        FoldBatch batch = fold.batch();
        var document = batch.row(DOCUMENTS, event.documentId())
                .set("record_kind", event.record().kind().name())
                .set("record_id", event.record().id())
                .set("record_part", event.record().part())
                .set("updated_at", Rows.timestamp(event.attachedAt()));
        if (event.version() == 1) {
            document.set("created_at", Rows.timestamp(event.attachedAt()));
        }
        Object known = document.get("versions");
        int versions = known == null ? 0 : ((Number) known).intValue();
        document.set("versions", Math.max(versions, event.version()));
        batch.row(VERSIONS, event.documentId(), event.version())
                .set("name_subject", event.name().subjectId())
                .set("name_ciphertext", event.name().ciphertext())
                .set("sha256", event.content().sha256())
                .set("size_bytes", event.content().size())
                .set("media_type", event.content().mediaType())
                .set("content_id", event.content().contentId())
                .set("encrypted_for", event.content().encryptedFor())
                .set("attached_at", Rows.timestamp(event.attachedAt()))
                .set("attached_by", attachedBy);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM document_version_view").update();
        jdbc.sql("DELETE FROM document_view").update();
    }
}
