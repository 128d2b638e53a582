package org.gsef.governance.platform.documents;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

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

    /**
     * The media type of content that begins with {@code prefix}: what its bytes are, refined by its name only where the
     * name names a special case of that (a CSV file of plain text, a Word document of an office ZIP). Content whose
     * bytes say nothing is {@code application/octet-stream}, whatever it is called.
     */
    public static String detect(byte[] prefix, String name) {
        String byContent = base(TIKA.detect(prefix));
        if (byContent.equals(UNKNOWN)) {
            return byContent;
        }
        return base(TIKA.detect(prefix, name));
    }

    /** The type without its parameters ({@code ; format=pe}): what is accepted and recorded. */
    private static String base(String mediaType) {
        int parameters = mediaType.indexOf(';');
        return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip();
    }

    private static final String UNKNOWN = "application/octet-stream";

    /** Every accepted type, sorted: what an upload form may offer. */
    public static java.util.List<String> all() {
        return ACCEPTED.stream().sorted().toList();
    }

    public static boolean accepted(String mediaType) {
        return ACCEPTED.contains(mediaType);
    }

    /**
     * The file's name as it may be saved: kept when it ends with an extension of the type its bytes were found to be,
     * else with that type's usual extension added ({@code statutes.hta} holding a GIF becomes {@code
     * statutes.hta.gif}), so that no download saves under a name a desktop would open as something else.
     */
    public static String nameFor(String name, String mediaType) {
        try {
            List<String> extensions =
                    MimeTypes.getDefaultMimeTypes().forName(mediaType).getExtensions();
            String lower = name.toLowerCase(Locale.ROOT);
            if (extensions.isEmpty() || extensions.stream().anyMatch(lower::endsWith)) {
                return name;
            }
            return name + extensions.getFirst();
        } catch (MimeTypeException e) {
            return name;
        }
    }
}
