package org.gsef.governance.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps contents in the event-store database, in chunks of 256 KiB (migration V13): written in one transaction of
 * their own, the chunks first and the row that says the content is complete last; read one chunk at a time.
 */
public class DatabaseDocumentStorage implements DocumentStorage {

    static final int CHUNK = 256 * 1024;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DatabaseDocumentStorage(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void store(UUID contentId, InputStream content) throws IOException {
        try {
            transaction.executeWithoutResult(status -> {
                byte[] chunk = new byte[CHUNK];
                int chunks = 0;
                long bytes = 0;
                try {
                    while (true) {
                        int n = content.readNBytes(chunk, 0, CHUNK);
                        if (n == 0 && chunks > 0) {
                            break;
                        }
                        byte[] exact = n == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, n);
                        jdbc.sql("INSERT INTO document_chunk (content_id, chunk_no, bytes) VALUES (:id, :no, :bytes)")
                                .param("id", contentId)
                                .param("no", chunks)
                                .param("bytes", exact)
                                .update();
                        chunks++;
                        bytes += n;
                        if (n < CHUNK) {
                            break;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                jdbc.sql("INSERT INTO document_content (content_id, chunks, stored_bytes, stored_at)"
                                + " VALUES (:id, :chunks, :bytes, :at)")
                        .param("id", contentId)
                        .param("chunks", chunks)
                        .param("bytes", bytes)
                        .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                        .update();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public Optional<InputStream> open(UUID contentId) {
        return jdbc.sql("SELECT chunks FROM document_content WHERE content_id = :id")
                .param("id", contentId)
                .query(Integer.class)
                .optional()
                .map(chunks -> new Chunks(contentId, chunks));
    }

    @Override
    public void discard(UUID contentId) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM document_content WHERE content_id = :id")
                    .param("id", contentId)
                    .update();
            jdbc.sql("DELETE FROM document_chunk WHERE content_id = :id")
                    .param("id", contentId)
                    .update();
        });
    }

    /** The chunks of one content, fetched one at a time as they are read. */
    private final class Chunks extends InputStream {

        private final UUID contentId;
        private final int chunks;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        Chunks(UUID contentId, int chunks) {
            this.contentId = contentId;
            this.chunks = chunks;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (next == chunks) {
                    return -1;
                }
                int number = next;
                current = jdbc.sql("SELECT bytes FROM document_chunk WHERE content_id = :id AND chunk_no = :no")
                        .param("id", contentId)
                        .param("no", number)
                        .query((rs, row) -> rs.getBytes(1))
                        .optional()
                        .orElseThrow(
                                () -> new IOException("chunk " + number + " of content " + contentId + " is missing"));
                position = 0;
                next++;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
