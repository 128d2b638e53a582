package org.gsef.governance.platform.documents;

import java.util.Set;
import org.apache.tika.Tika;

/**
 * What a document is, read from its first bytes by Apache Tika's magic-byte detection (the sender's name for it only
 * tells apart the formats that share one container, such as a Word or Excel file in a ZIP), and whether it is accepted:
 * documents (PDF, office formats, plain text, CSV) and images. Everything else (programs, archives, HTML, SVG, which
 * can carry scripts) is refused.
 */
public final class AcceptedMediaTypes {

    /** How many of the first bytes detection reads. */
    public static final int PREFIX = 64 * 1024;

    private static final Tika TIKA = new Tika();

    private static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "text/plain",
            "text/csv",
            "application/rtf",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/webp",
            "image/tiff");

    private AcceptedMediaTypes() {}

    /** The media type of content that begins with {@code prefix}, as detected. */
    public static String detect(byte[] prefix, String name) {
        return TIKA.detect(prefix, name);
    }

    public static boolean accepted(String mediaType) {
        return ACCEPTED.contains(mediaType);
    }
}
