package org.gsef.governance.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gsef.governance.kernel.documents.DocumentEvent.DocumentVersionAttached;
import org.gsef.governance.kernel.documents.StoredContent;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.platform.audit.AuditBundle.Checkpoint;
import org.gsef.governance.platform.axon.AxonPersistenceConfiguration;
import org.gsef.governance.platform.documents.DocumentContents;
import org.gsef.governance.platform.documents.DocumentRefusals;
import org.gsef.governance.platform.monitoring.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Exports the audit bundle: every chained event as stored, with its links, and every signed checkpoint, up to a
 * checkpoint of the head taken for the export; the whole file signed with the checkpoint key. Reads and writes in
 * batches, so the store never sits in memory. {@link AuditBundle#verify} (or {@code ops/verify-bundle}) checks it.
 */
@Component
public class AuditExport {

    private static final Logger log = LoggerFactory.getLogger(AuditExport.class);
    private static final int BATCH = 500;
    /** Reads the document events' payloads as the event store wrote them (what the bundle's document lines repeat). */
    private static final ObjectMapper JSON = AxonPersistenceConfiguration.axonObjectMapper();

    private static final String COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier,"
            + " e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    private final JdbcClient jdbc;
    private final AuditCheckpoints checkpoints;
    private final Clock clock;
    private final DocumentContents contents;

    public AuditExport(JdbcClient jdbc, AuditCheckpoints checkpoints, Clock clock, DocumentContents contents) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.contents = contents;
    }

    /** Writes the bundle; returns the number of events written. */
    public long export(OutputStream out) throws IOException {
        return export(out, new ArrayList<>());
    }

    /**
     * Writes an archive: the bundle as {@code bundle.tsv}, then the content of every document version it lists that
     * can still be read (an erased one cannot, and is listed without its file), each streamed from storage.
     */
    public long exportWithDocuments(OutputStream out) throws IOException {
        List<Listed> listed = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(AuditBundle.ARCHIVE_BUNDLE));
        long events = export(
                new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        zip.write(bytes, offset, length);
                    }

                    @Override
                    public void close() {}
                },
                listed);
        zip.closeEntry();
        for (Listed document : listed) {
            Optional<InputStream> content;
            try {
                content = contents.open(document.content());
            } catch (DocumentRefusals.Erased erased) {
                continue;
            }
            if (content.isEmpty()) {
                continue;
            }
            try (InputStream in = content.get()) {
                zip.putNextEntry(
                        new ZipEntry(AuditBundle.ARCHIVE_DOCUMENTS + document.documentId() + "/" + document.version()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
        return events;
    }

    private long export(OutputStream out, List<Listed> listed) throws IOException {
        long last = checkpoints.take().map(Checkpoint::chainSeq).orElse(0L);
        Deque<Checkpoint> signed = new ArrayDeque<>(checkpoints.between(1, last));
        AuditBundle.Writer bundle = new AuditBundle.Writer(
                out,
                checkpoints.key().privateKey(),
                checkpoints.key().publicKey(),
                clock.instant().toString());
        long after = 0;
        Progress progress = new Progress(log, "audit bundle export up to link " + last);
        while (after < last) {
            List<Link> batch = jdbc.sql("SELECT c.chain_seq, c.entity_hash, c.chain_hash, " + COLUMNS
                            + " FROM event_chain c JOIN domain_event_entry e ON e.global_index = c.global_index"
                            + " WHERE c.chain_seq > :after AND c.chain_seq <= :last ORDER BY c.chain_seq"
                            + " FETCH FIRST " + BATCH + " ROWS ONLY")
                    .param("after", after)
                    .param("last", last)
                    .query((rs, n) -> new Link(
                            rs.getLong("chain_seq"),
                            StoredEvents.of(rs),
                            rs.getString("entity_hash"),
                            rs.getString("chain_hash")))
                    .list();
            if (batch.isEmpty()) {
                break;
            }
            for (Link link : batch) {
                while (!signed.isEmpty() && signed.peekFirst().chainSeq() < link.chainSeq()) {
                    bundle.checkpoint(signed.removeFirst());
                }
                bundle.event(link.chainSeq(), link.event(), link.entityHash(), link.chainHash());
                if (AuditBundle.DOCUMENT_ATTACHED.equals(link.event().payloadType())) {
                    DocumentVersionAttached attached =
                            JSON.readValue(link.event().payload(), DocumentVersionAttached.class);
                    StoredContent content = attached.content();
                    bundle.document(
                            link.event().eventIdentifier(),
                            attached.documentId().toString(),
                            attached.version(),
                            content.sha256(),
                            content.size(),
                            content.mediaType());
                    listed.add(new Listed(attached.documentId(), attached.version(), content));
                }
                after = link.chainSeq();
            }
            progress.advance(batch.size());
        }
        for (Checkpoint checkpoint : signed) {
            bundle.checkpoint(checkpoint);
        }
        bundle.finish();
        return progress.finish();
    }

    private record Link(long chainSeq, AuditBundle.StoredEvent event, String entityHash, String chainHash) {}

    private record Listed(UUID documentId, int version, StoredContent content) {}
}
