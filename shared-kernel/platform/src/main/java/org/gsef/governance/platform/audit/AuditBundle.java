package org.gsef.governance.platform.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The hash chain over the event store, the signed checkpoints of its head, and the audit bundle that carries both to
 * another machine, with its verifier. Plain JDK only, so that an auditor can verify a bundle with nothing but a JDK 21:
 * {@code java AuditBundle.java bundle.tsv [--public-key key.pem]} (this file alone), or {@code ops/verify-bundle}.
 *
 * <p>A bundle is UTF-8 text, one record a line, fields separated by tabs, {@code \N} for an absent value:
 *
 * <pre>
 * gsef-audit-bundle  2   (1: the same without document lines)
 * exported-at        instant
 * public-key         base64 of the checkpoint key's public half (X.509)
 * event              chain-seq global-index event-id entity-id sequence entity-type timestamp payload-type
 *                    payload-revision payload(base64) metadata(base64) entity-hash chain-hash
 * document           event-id document-id version sha256 size media-type   (right after the event that attached it)
 * checkpoint         chain-seq global-index chain-hash taken-at signature(base64)   (after the event it covers)
 * signature          base64 signature of every byte before this line
 * </pre>
 *
 * The verifier recomputes every link from the events, checks every checkpoint against the recomputed chain and its
 * signature, and the signature of the whole file: one byte changed anywhere is found. Every event that attached a
 * document version is followed by its document line, which must say what the event recorded.
 *
 * <p>With the documents' files, the export is a ZIP archive: {@code bundle.tsv} first, then each readable version's
 * content as {@code documents/DOCUMENT-ID/VERSION}. The verifier then checks the bundle, and every file against the
 * SHA-256 and size its event recorded, streamed: {@code java AuditBundle.java archive.zip --public-key key.pem}.
 */
public final class AuditBundle {

    public static final String FORMAT = "gsef-audit-bundle";
    public static final String VERSION = "2";
    /** The payload type of the events that attach a document version, which document lines follow. */
    public static final String DOCUMENT_ATTACHED =
            "org.gsef.governance.kernel.documents.DocumentEvent$DocumentVersionAttached";
    /** The name of the bundle in an archive with the documents' files, and the folder of those files. */
    public static final String ARCHIVE_BUNDLE = "bundle.tsv";

    public static final String ARCHIVE_DOCUMENTS = "documents/";
    public static final String GENESIS = "0".repeat(64);
    public static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    private static final String NULL = "\\N";

    private AuditBundle() {}

    /** An event as the event store keeps it, with its position in the store. */
    public record StoredEvent(
            long globalIndex,
            String eventIdentifier,
            String aggregateIdentifier,
            long sequenceNumber,
            String type,
            String timestamp,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            byte[] metaData) {

        /** The digest of everything the store keeps of the event. */
        public String digest() {
            return sha256(String.join(
                    "\n",
                    eventIdentifier,
                    aggregateIdentifier,
                    Long.toString(sequenceNumber),
                    String.valueOf(type),
                    timestamp,
                    payloadType,
                    String.valueOf(payloadRevision),
                    Base64.getEncoder().encodeToString(payload),
                    metaData == null ? "" : Base64.getEncoder().encodeToString(metaData)));
        }
    }

    /** A signed statement of the chain's head: which link, at which event, with which hash, when. */
    public record Checkpoint(long chainSeq, long globalIndex, String chainHash, String takenAt, String signature) {

        /** The bytes the signature covers. */
        public static byte[] statement(long chainSeq, long globalIndex, String chainHash, String takenAt) {
            return String.join(
                            "\n",
                            "gsef-checkpoint",
                            Long.toString(chainSeq),
                            Long.toString(globalIndex),
                            chainHash,
                            takenAt)
                    .getBytes(StandardCharsets.UTF_8);
        }

        public boolean signedBy(PublicKey key) {
            try {
                Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
                verifier.initVerify(key);
                verifier.update(statement(chainSeq, globalIndex, chainHash, takenAt));
                return verifier.verify(Base64.getDecoder().decode(signature));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    /** The link of an event in its entity's chain. */
    public static String entityHash(String previousEntityHash, StoredEvent event) {
        return sha256(previousEntityHash + event.digest());
    }

    /** The link of an event in the whole store's chain. */
    public static String chainHash(String previousChainHash, long globalIndex, String entityHash) {
        return sha256(previousChainHash + globalIndex + entityHash);
    }

    /** Signs a checkpoint statement. */
    public static String sign(PrivateKey key, byte[] statement) {
        try {
            Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
            signer.initSign(key);
            signer.update(statement);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** The SHA-256 fingerprint of a public key, as auditors compare it with the published one. */
    public static String fingerprint(PublicKey key) {
        return sha256(Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a bundle line by line, signing every byte it writes; {@link #finish()} appends the signature. */
    public static final class Writer {

        private final OutputStream out;
        private final Signature signature;

        public Writer(OutputStream out, PrivateKey key, PublicKey publicKey, String exportedAt) throws IOException {
            this.out = out;
            try {
                signature = Signature.getInstance(SIGNATURE_ALGORITHM);
                signature.initSign(key);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign the bundle", e);
            }
            line(FORMAT, VERSION);
            line("exported-at", exportedAt);
            line("public-key", Base64.getEncoder().encodeToString(publicKey.getEncoded()));
        }

        public void event(long chainSeq, StoredEvent event, String entityHash, String chainHash) throws IOException {
            line(
                    "event",
                    Long.toString(chainSeq),
                    Long.toString(event.globalIndex()),
                    event.eventIdentifier(),
                    event.aggregateIdentifier(),
                    Long.toString(event.sequenceNumber()),
                    event.type(),
                    event.timestamp(),
                    event.payloadType(),
                    event.payloadRevision(),
                    Base64.getEncoder().encodeToString(event.payload()),
                    event.metaData() == null ? null : Base64.getEncoder().encodeToString(event.metaData()),
                    entityHash,
                    chainHash);
        }

        /** The document version the event just written attached, as that event recorded it. */
        public void document(String eventId, String documentId, int version, String sha256, long size, String mediaType)
                throws IOException {
            line("document", eventId, documentId, Integer.toString(version), sha256, Long.toString(size), mediaType);
        }

        public void checkpoint(Checkpoint checkpoint) throws IOException {
            line(
                    "checkpoint",
                    Long.toString(checkpoint.chainSeq()),
                    Long.toString(checkpoint.globalIndex()),
                    checkpoint.chainHash(),
                    checkpoint.takenAt(),
                    checkpoint.signature());
        }

        public void finish() throws IOException {
            try {
                String signed = Base64.getEncoder().encodeToString(signature.sign());
                out.write(("signature\t" + signed + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign the bundle", e);
            }
        }

        private void line(String... fields) throws IOException {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < fields.length; i++) {
                String field = fields[i] == null ? NULL : fields[i];
                if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                    throw new IllegalArgumentException("a bundle field holds a tab or a line break: " + field);
                }
                text.append(i == 0 ? "" : "\t").append(field);
            }
            byte[] bytes = text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
            try {
                signature.update(bytes);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign the bundle", e);
            }
            out.write(bytes);
        }
    }

    /**
     * What verifying a bundle found.
     *
     * @param problem why it does not verify, naming the first line, event or checkpoint that fails; null when it does
     */
    public record Verification(
            boolean verified,
            long events,
            long checkpoints,
            String head,
            String keyFingerprint,
            String problem,
            Map<String, DocumentLine> documents,
            long files) {

        static Verification failed(String problem) {
            return new Verification(false, 0, 0, null, null, problem, Map.of(), 0);
        }

        Verification withFiles(long checked) {
            return new Verification(verified, events, checkpoints, head, keyFingerprint, problem, documents, checked);
        }
    }

    /** A document version as the bundle lists it, by {@code DOCUMENT-ID/VERSION}. */
    public record DocumentLine(String documentId, int version, String sha256, long size, String mediaType) {

        String file() {
            return ARCHIVE_DOCUMENTS + documentId + "/" + version;
        }
    }

    /**
     * Verifies a bundle: every link recomputed from its events, every checkpoint's hash and signature, and the
     * signature of the whole file, all with the public key the bundle names, which must be {@code expectedKey} when
     * one is given (the key the system publishes).
     */
    public static Verification verify(byte[] bundle, PublicKey expectedKey) {
        String text = new String(bundle, StandardCharsets.UTF_8);
        if (!text.endsWith("\n") || !java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bundle)) {
            return Verification.failed("the file is not a complete bundle of UTF-8 lines");
        }
        List<String> lines = List.of(text.substring(0, text.length() - 1).split("\n", -1));
        if (lines.size() < 4) {
            return Verification.failed("the file is too short to be a bundle");
        }
        String[] header = fields(lines.get(0));
        if (header.length != 2 || !header[0].equals(FORMAT) || !(header[1].equals(VERSION) || header[1].equals("1"))) {
            return Verification.failed("line 1: not a " + FORMAT + " of version 1 or " + VERSION);
        }
        String[] exported = fields(lines.get(1));
        if (exported.length != 2 || !exported[0].equals("exported-at")) {
            return Verification.failed("line 2: the export time is missing");
        }
        PublicKey key;
        try {
            String[] keyLine = fields(lines.get(2));
            if (keyLine.length != 2 || !keyLine[0].equals("public-key")) {
                return Verification.failed("line 3: the public key is missing");
            }
            key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(keyLine[1])));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Verification.failed("line 3: the public key is unreadable");
        }
        String fingerprint = fingerprint(key);
        if (expectedKey != null && !fingerprint.equals(fingerprint(expectedKey))) {
            return Verification.failed("the bundle is signed with key " + fingerprint + ", not the published key "
                    + fingerprint(expectedKey));
        }

        Map<String, String> entityHashes = new HashMap<>();
        String head = GENESIS;
        long lastSeq = 0;
        long lastIndex = 0;
        long events = 0;
        long checkpoints = 0;
        boolean coveredToTheEnd = false;
        Map<String, DocumentLine> documents = new java.util.LinkedHashMap<>();
        StoredEvent unlisted = null;
        int last = lines.size() - 1;
        for (int n = 3; n < last; n++) {
            String[] f = fields(lines.get(n));
            String where = "line " + (n + 1) + ": ";
            try {
                if (unlisted != null && !(f[0].equals("document") && f.length == 7)) {
                    return Verification.failed(where + "event " + unlisted.eventIdentifier()
                            + " attached a document version that the bundle does not list");
                }
                if (f[0].equals("document") && f.length == 7) {
                    DocumentLine document =
                            new DocumentLine(f[2], Integer.parseInt(f[3]), f[4], Long.parseLong(f[5]), f[6]);
                    if (unlisted == null || !unlisted.eventIdentifier().equals(f[1]) || !recorded(unlisted, document)) {
                        return Verification.failed(where + "the document line of " + f[2] + " version " + f[3]
                                + " does not say what the event before it recorded");
                    }
                    documents.put(document.documentId() + "/" + document.version(), document);
                    unlisted = null;
                } else if (f[0].equals("event") && f.length == 14) {
                    long seq = Long.parseLong(f[1]);
                    StoredEvent event = new StoredEvent(
                            Long.parseLong(f[2]),
                            f[3],
                            f[4],
                            Long.parseLong(f[5]),
                            value(f[6]),
                            f[7],
                            f[8],
                            value(f[9]),
                            Base64.getDecoder().decode(f[10]),
                            value(f[11]) == null ? null : Base64.getDecoder().decode(f[11]));
                    if (seq != lastSeq + 1) {
                        return Verification.failed(where + "links " + (lastSeq + 1) + " to " + (seq - 1)
                                + " are missing: an event was removed before event " + event.eventIdentifier());
                    }
                    String entityHash =
                            entityHash(entityHashes.getOrDefault(event.aggregateIdentifier(), GENESIS), event);
                    String chainHash = chainHash(head, event.globalIndex(), entityHash);
                    if (!entityHash.equals(f[12]) || !chainHash.equals(f[13])) {
                        return Verification.failed(where + "event " + event.eventIdentifier() + " at position "
                                + event.globalIndex() + " does not match its link: it was changed");
                    }
                    entityHashes.put(event.aggregateIdentifier(), entityHash);
                    head = chainHash;
                    lastSeq = seq;
                    lastIndex = event.globalIndex();
                    events++;
                    coveredToTheEnd = false;
                    if (DOCUMENT_ATTACHED.equals(event.payloadType()) && header[1].equals(VERSION)) {
                        unlisted = event;
                    }
                } else if (f[0].equals("checkpoint") && f.length == 6) {
                    Checkpoint checkpoint =
                            new Checkpoint(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], f[4], f[5]);
                    if (checkpoint.chainSeq() != lastSeq
                            || checkpoint.globalIndex() != lastIndex
                            || !checkpoint.chainHash().equals(head)) {
                        return Verification.failed(where + "the checkpoint of link " + checkpoint.chainSeq()
                                + " does not match the chain recomputed from the events");
                    }
                    if (!checkpoint.signedBy(key)) {
                        return Verification.failed(where + "the checkpoint of link " + checkpoint.chainSeq()
                                + " is not signed by the key");
                    }
                    checkpoints++;
                    coveredToTheEnd = true;
                } else {
                    return Verification.failed(where + "not an event or a checkpoint line");
                }
            } catch (IllegalArgumentException e) {
                return Verification.failed(where + "a field is malformed (" + e.getMessage() + ")");
            }
        }
        if (unlisted != null) {
            return Verification.failed("event " + unlisted.eventIdentifier()
                    + " attached a document version that the bundle does not list");
        }
        if (!coveredToTheEnd) {
            return Verification.failed("the last events are covered by no checkpoint");
        }
        String[] signature = fields(lines.get(last));
        if (signature.length != 2 || !signature[0].equals("signature")) {
            return Verification.failed("line " + (last + 1) + ": the bundle's signature is missing");
        }
        int signedLength = text.length() - lines.get(last).length() - 1;
        try {
            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(key);
            verifier.update(text.substring(0, signedLength).getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getDecoder().decode(signature[1]))) {
                return Verification.failed("the bundle's signature does not match its content: it was changed");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Verification.failed("the bundle's signature is unreadable");
        }
        return new Verification(true, events, checkpoints, head, fingerprint, null, Map.copyOf(documents), 0);
    }

    /**
     * Whether the event that attached a document version recorded what its document line says: its payload (JSON as
     * the event store keeps it) names the same document, version, SHA-256, size and media type.
     */
    private static boolean recorded(StoredEvent event, DocumentLine document) {
        String payload = new String(event.payload(), StandardCharsets.UTF_8);
        return payload.contains("\"documentId\":\"" + document.documentId() + "\"")
                && number(payload, "version", document.version())
                && payload.contains("\"sha256\":\"" + document.sha256() + "\"")
                && number(payload, "size", document.size())
                && payload.contains("\"mediaType\":\"" + document.mediaType() + "\"");
    }

    /** Whether the JSON text holds the field with exactly this number (followed by the next field or the end). */
    private static boolean number(String json, String field, long value) {
        String written = "\"" + field + "\":" + value;
        return json.contains(written + ",") || json.contains(written + "}");
    }

    /**
     * Verifies an archive exported with the documents' files: its bundle as {@link #verify}, then every file, streamed,
     * against the SHA-256 and size of the document version the bundle lists under its name. A file the bundle does not
     * list, or one byte changed in a file, fails it.
     */
    public static Verification verifyArchive(InputStream archive, PublicKey expectedKey) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(archive, StandardCharsets.UTF_8)) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals(ARCHIVE_BUNDLE)) {
                return Verification.failed("the archive does not begin with " + ARCHIVE_BUNDLE);
            }
            Verification bundle = verify(zip.readAllBytes(), expectedKey);
            if (!bundle.verified()) {
                return bundle;
            }
            Map<String, DocumentLine> byFile = new HashMap<>();
            bundle.documents().values().forEach(document -> byFile.put(document.file(), document));
            java.util.Set<String> seen = new java.util.HashSet<>();
            long files = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                DocumentLine document = byFile.get(entry.getName());
                if (document == null || !seen.add(entry.getName())) {
                    return Verification.failed("file " + entry.getName() + " is not a document version the bundle"
                            + " lists (or is there twice)");
                }
                MessageDigest digest = sha256Digest();
                long size = 0;
                byte[] buffer = new byte[64 * 1024];
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    digest.update(buffer, 0, n);
                    size += n;
                }
                String sha256 = HexFormat.of().formatHex(digest.digest());
                if (size != document.size() || !sha256.equals(document.sha256())) {
                    return Verification.failed("file " + entry.getName() + " does not match the SHA-256 and size"
                            + " its event recorded: it was changed");
                }
                files++;
            }
            return bundle.withFiles(files);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] fields(String line) {
        return line.split("\t", -1);
    }

    private static String value(String field) {
        return field.equals(NULL) ? null : field;
    }

    /** Reads a public key from PEM ({@code -----BEGIN PUBLIC KEY-----}) or bare base64. */
    public static PublicKey publicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** The published form of a public key. */
    public static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * Verifies a bundle file offline: {@code java AuditBundle.java BUNDLE [--public-key KEY.pem]}. Exit 0 when it
     * verifies, 1 when it does not, 2 when the arguments or files are wrong.
     */
    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        PublicKey expected = null;
        try {
            int option = rest.indexOf("--public-key");
            if (option >= 0) {
                if (option + 1 >= rest.size()) {
                    usage();
                }
                expected = publicKey(Files.readString(Path.of(rest.get(option + 1)), StandardCharsets.US_ASCII));
                rest.remove(option + 1);
                rest.remove(option);
            }
            if (rest.size() != 1) {
                usage();
            }
            Path file = Path.of(rest.get(0));
            boolean archive;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] magic = in.readNBytes(4);
                archive = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            }
            Verification result;
            if (archive) {
                try (InputStream in = Files.newInputStream(file)) {
                    result = verifyArchive(in, expected);
                }
            } else {
                result = verify(Files.readAllBytes(file), expected);
            }
            if (result.verified()) {
                System.out.printf(
                        "verified: %d events, %d checkpoints, chain head %s, signed by key %s; %d document versions"
                                + " listed, %d files checked%n",
                        result.events(),
                        result.checkpoints(),
                        result.head(),
                        result.keyFingerprint(),
                        result.documents().size(),
                        result.files());
                System.exit(0);
            }
            System.out.println("NOT VERIFIED: " + result.problem());
            System.exit(1);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            System.err.println("cannot read the bundle or the key: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void usage() {
        System.err.println("usage: verify-bundle BUNDLE [--public-key KEY.pem]");
        System.exit(2);
    }
}
