package org.gsef.governance.platform.documents;

/** Why a document is not taken or not served; the web layer answers each with its own status and problem. */
public final class DocumentRefusals {

    private DocumentRefusals() {}

    /** Larger than the configured limit (413); nothing was recorded. */
    public static final class TooLarge extends RuntimeException {
        private final long limit;

        public TooLarge(long limit) {
            super("the document is larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** Not a document or image type (415); nothing was recorded. */
    public static final class Unsupported extends RuntimeException {
        private final String mediaType;

        public Unsupported(String mediaType) {
            super("documents of type " + mediaType + " are not accepted");
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** Its personal data was erased: it can no longer be read (410). */
    public static final class Erased extends RuntimeException {
        public Erased(String what) {
            super(what + " was erased");
        }
    }
}
