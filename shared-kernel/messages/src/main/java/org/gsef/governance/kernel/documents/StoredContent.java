package org.gsef.governance.kernel.documents;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gsef.governance.kernel.common.Require;

/**
 * The content of one document version as it was received and stored, before it is recorded: its fingerprint, size and
 * the media type detected from the bytes themselves, never from what the sender claimed.
 *
 * @param contentId where the storage keeps it
 * @param sha256 the SHA-256 of the bytes received (lowercase hexadecimal), whatever they are stored as
 * @param size the number of bytes received
 * @param mediaType the media type detected from the content
 * @param encryptedFor the data subject whose key encrypts it in storage, or null when it carries no personal data
 */
public record StoredContent(UUID contentId, String sha256, long size, String mediaType, UUID encryptedFor) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,63}/[a-z0-9][a-z0-9.+-]{0,126}");

    public StoredContent {
        Require.present(contentId, "contentId");
        sha256 = Require.text(sha256, "sha256", 64).toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 hexadecimal digits");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        mediaType = Require.text(mediaType, "mediaType", 192).toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("mediaType is not a media type");
        }
    }
}
