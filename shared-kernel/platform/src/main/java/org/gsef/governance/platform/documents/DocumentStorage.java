package org.gsef.governance.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps document contents, streamed in and out, never whole in memory. A content is stored all or nothing: until
 * {@link #store} returns, {@link #open} finds nothing of it, and a failure (or a process killed) part way leaves
 * nothing that can be opened. Contents are never changed once stored.
 */
public interface DocumentStorage {

    /** Stores everything {@code content} gives under {@code contentId}, which must be new. */
    void store(UUID contentId, InputStream content) throws IOException;

    /** The stored bytes, streamed; nothing when no complete content has this identifier. */
    Optional<InputStream> open(UUID contentId) throws IOException;

    /** Removes a content no event names (an upload refused after it was stored). */
    void discard(UUID contentId) throws IOException;
}
