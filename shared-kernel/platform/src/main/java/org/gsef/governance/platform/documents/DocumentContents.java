package org.gsef.governance.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.gsef.governance.kernel.documents.DocumentRecord;
import org.gsef.governance.kernel.documents.StoredContent;
import org.gsef.governance.platform.privacy.PersonalDataVault;

/**
 * Takes a document's content in and gives it back, streamed: on the way in it refuses what is too large (before
 * reading, when the length is declared, else as soon as the limit is passed) or not a document or image, detected from
 * the first bytes; fingerprints the bytes (SHA-256, size); encrypts them with the record's data subject's key when the
 * record carries personal data; and stores them, all or nothing. Nothing is recorded here: the caller records the
 * returned {@link StoredContent} in an event, and until then no one can find it.
 */
public class DocumentContents {

    private final DocumentStorage storage;
    private final PersonalDataVault vault;
    private final long maxSize;

    public DocumentContents(DocumentStorage storage, PersonalDataVault vault, long maxSize) {
        this.storage = storage;
        this.vault = vault;
        this.maxSize = maxSize;
    }

    public long maxSize() {
        return maxSize;
    }

    /**
     * Receives a content for {@code record}.
     *
     * @param declaredLength the length the sender declared, or -1
     * @param name the file's name as sent, which only tells apart formats that share a container
     */
    public StoredContent receive(DocumentRecord record, InputStream body, long declaredLength, String name)
            throws IOException {
        if (declaredLength > maxSize) {
            throw new DocumentRefusals.TooLarge(maxSize);
        }
        byte[] prefix = body.readNBytes(AcceptedMediaTypes.PREFIX);
        if (prefix.length > maxSize) {
            throw new DocumentRefusals.TooLarge(maxSize);
        }
        String mediaType = AcceptedMediaTypes.detect(prefix, name);
        if (!AcceptedMediaTypes.accepted(mediaType)) {
            throw new DocumentRefusals.Unsupported(mediaType);
        }
        MessageDigest sha256 = sha256();
        Limited counted = new Limited(new SequenceInputStream(new ByteArrayInputStream(prefix), body), maxSize);
        InputStream plain = new DigestInputStream(counted, sha256);
        UUID contentId = UUID.randomUUID();
        UUID subject = record.kind().personal() ? record.dataSubject() : null;
        InputStream stored = subject == null ? plain : vault.sealing(subject, contentId, plain);
        storage.store(contentId, stored);
        return new StoredContent(
                contentId, HexFormat.of().formatHex(sha256.digest()), counted.count(), mediaType, subject);
    }

    /**
     * The content's bytes as received, streamed, or nothing when the storage has no such content.
     *
     * @throws DocumentRefusals.Erased when it was encrypted for a person whose data was erased since
     */
    public Optional<InputStream> open(StoredContent content) throws IOException {
        Optional<InputStream> stored = storage.open(content.contentId());
        if (stored.isEmpty() || content.encryptedFor() == null) {
            return stored;
        }
        Optional<InputStream> plain = vault.unsealing(content.encryptedFor(), content.contentId(), stored.get());
        if (plain.isEmpty()) {
            stored.get().close();
            throw new DocumentRefusals.Erased("document content " + content.contentId());
        }
        return plain;
    }

    /** Removes a content that no event names: its upload was refused after it was stored. */
    public void discard(StoredContent content) throws IOException {
        storage.discard(content.contentId());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what passes, and fails the read once more than the limit has passed. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                passed(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                passed(n);
            }
            return n;
        }

        private void passed(long n) {
            count += n;
            if (count > limit) {
                throw new DocumentRefusals.TooLarge(limit);
            }
        }

        long count() {
            return count;
        }
    }
}
