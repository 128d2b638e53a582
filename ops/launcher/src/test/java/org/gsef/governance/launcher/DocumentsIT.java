package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gsef.governance.launcher.Documents.Answer;
import org.gsef.governance.platform.demo.DemoAccounts;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.gsef.governance.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Documents on PostgreSQL, through the API as each role would use it: versions uploaded and downloaded byte for byte,
 * who may attach and read (every role, each refused one trying), the size limit and a disguised program refused with
 * nothing left behind, an erased applicant's documents unreadable, a ballot's dossier recorded with each vote, and the
 * audit bundle with the files verified offline, then refused once one byte of one file is changed.
 */
@SingleNodeOnPostgres
class DocumentsIT {

    private static final String EXECUTABLE_NAME = "statutes.pdf";

    @LocalServerPort
    int port;

    @Autowired
    PostgresTestDatabase database;

    @TempDir
    Path folder;

    @Test
    void an_applicant_attaches_versions_to_its_own_application_and_downloads_each_as_it_was() throws SQLException {
        String application = liverpoolApplication();
        Answer first = Documents.attach(
                port, "liverpool", "APPLICATION", application, "Statutes of Liverpool City Region.pdf", Documents.PDF);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode attached = first.json();
        String document = attached.get("id").asString();
        assertThat(attached.get("version").asInt()).isEqualTo(1);
        assertThat(attached.get("sha256").asString()).isEqualTo(Documents.sha256(Documents.PDF));
        assertThat(attached.get("size").asLong()).isEqualTo(Documents.PDF.length);
        assertThat(attached.get("mediaType").asString()).isEqualTo("application/pdf");

        byte[] amended = "Statutes of Liverpool City Region, as amended in 2019.\n".getBytes(StandardCharsets.UTF_8);
        Answer second = Documents.addVersion(port, "liverpool", document, "statutes-2019.txt", amended);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);

        JsonNode listed = Eventually.await(
                        () -> Documents.get(port, "liverpool", "/api/documents/" + document),
                        r -> r.status() == 200 && r.json().get("versions").size() == 2)
                .json();
        JsonNode versions = listed.get("versions");
        assertThat(versions.get(0).get("version").asInt()).as("newest first").isEqualTo(2);
        assertThat(versions.get(0).get("name").asString()).isEqualTo("statutes-2019.txt");
        assertThat(versions.get(0).get("mediaType").asString()).isEqualTo("text/plain");
        assertThat(versions.get(1).get("name").asString()).isEqualTo("Statutes of Liverpool City Region.pdf");
        assertThat(versions.get(1).get("sha256").asString()).isEqualTo(Documents.sha256(Documents.PDF));
        assertThat(versions.get(1).get("attachedBy").asString()).isEqualTo("liverpool");

        Answer download = Documents.get(port, "liverpool", "/api/documents/" + document + "/versions/1/content");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.body())
                .as("the first version, unchanged by the second")
                .isEqualTo(Documents.PDF);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment")
                .contains("Statutes of Liverpool City Region.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(Documents.get(port, "auditor", "/api/documents/" + document + "/versions/2/content")
                        .body())
                .isEqualTo(amended);

        byte[] stored = storedBytes(document, 1);
        assertThat(stored).as("an application's document is stored encrypted").isNotEmpty();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF", "Catalog");
        assertThat(database.events(document).toString())
                .as("the name is sealed in the event")
                .doesNotContain("Statutes of Liverpool");
    }

    @Test
    void who_may_attach_and_read_documents_is_who_may_change_and_read_their_record() {
        Api api = new Api(port);
        Governance.establishCommittee(api);
        String application = Governance.reviewedApplication(api, Applications.unique("Ville de Dijon"), "FR", "Dijon");

        for (String refused : List.of("chair", "ripess", "auditor", "operator", "liverpool")) {
            Answer answer = Documents.attach(port, refused, "APPLICATION", application, "letter.pdf", Documents.PDF);
            assertThat(answer.status()).as(refused + ": " + answer).isEqualTo(403);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        Answer letter = Documents.attach(port, "secretariat", "APPLICATION", application, "letter.pdf", Documents.PDF);
        assertThat(letter.status()).as(letter.toString()).isEqualTo(201);
        String letterId = letter.json().get("id").asString();

        String ballot = Governance.writtenAdmissionBallot(api, application, Governance.writtenDeadline());
        for (String refused : List.of("ripess", "auditor", "operator", "liverpool")) {
            Answer answer = Documents.attach(port, refused, "BALLOT", ballot, "review-note.pdf", Documents.PDF);
            assertThat(answer.status()).as(refused + ": " + answer).isEqualTo(403);
        }
        for (String[] misnamed :
                List.of(new String[] {"APPLICATION", ballot}, new String[] {"MEETING", application}, new String[] {
                    "BALLOT", letterId
                })) {
            Answer answer = Documents.attach(port, "secretariat", misnamed[0], misnamed[1], "x.pdf", Documents.PDF);
            assertThat(answer.status())
                    .as("a record of another kind named as a " + misnamed[0] + ": " + answer)
                    .isEqualTo(409);
        }
        Api.Response notAnId = api.as("secretariat").inLanguage("fr").get("/api/documents/abc");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.json().get("title").asString()).isEqualTo("Paramètre invalide");
        assertThat(notAnId.json().get("detail").asString()).contains("abc").doesNotContain("Failed to convert");
        Api.Response noName = api.as("secretariat").inLanguage("es").get("/api/search");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("title").asString()).isEqualTo("Falta un parámetro");
        Answer note = Documents.attach(port, "chair", "BALLOT", ballot, "review-note.pdf", Documents.PDF);
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        String noteId = note.json().get("id").asString();
        assertThat(Documents.attach(port, "secretariat", "BALLOT", ballot, "annex.pdf", Documents.PDF)
                        .status())
                .isEqualTo(201);

        String applicationDocuments = "/api/documents?record=APPLICATION&recordId=" + application;
        Eventually.await(
                () -> Documents.get(port, "secretariat", applicationDocuments),
                r -> r.status() == 200 && r.json().size() == 1);
        Map<String, Integer> applicationReaders = Map.of(
                "secretariat", 200, "chair", 200, "ripess", 200, "auditor", 200, "operator", 403, "liverpool", 404);
        applicationReaders.forEach((user, status) -> {
            assertThat(Documents.get(port, user, applicationDocuments).status())
                    .as(user + " lists the application's documents")
                    .isEqualTo(status);
            assertThat(Documents.get(port, user, "/api/documents/" + letterId + "/versions/1/content")
                            .status())
                    .as(user + " downloads the application's document")
                    .isEqualTo(status);
        });
        String ballotDocuments = "/api/documents?record=BALLOT&recordId=" + ballot;
        JsonNode dossier = Eventually.await(
                        () -> Documents.get(port, "ripess", ballotDocuments),
                        r -> r.status() == 200 && r.json().size() == 2)
                .json();
        assertThat(dossier.get(0).get("documentId").asString()).isEqualTo(noteId);
        Map.of("chair", 200, "auditor", 200, "operator", 403, "liverpool", 403)
                .forEach((user, status) -> assertThat(
                                Documents.get(port, user, ballotDocuments).status())
                        .as(user + " lists the ballot's dossier")
                        .isEqualTo(status));

        Answer unknown = Documents.attach(
                port, "secretariat", "APPLICATION", java.util.UUID.randomUUID().toString(), "x.pdf", Documents.PDF);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(409);
        assertThat(Documents.get(port, "secretariat", applicationDocuments)
                        .json()
                        .size())
                .as("the refused attempts left no document")
                .isEqualTo(1);

        List<PostgresTestDatabase.StoredEvent> opened = database.events(ballot);
        assertThat(opened.get(0).payloadType()).endsWith("BallotOpened");
        assertThat(opened.get(1).payloadType()).endsWith("BallotDossierRecorded");
        assertThat(opened.get(1).payload())
                .as("the dossier as it stood when the ballot opened: the application's letter only")
                .contains(letterId)
                .doesNotContain(noteId);
        Governance.expect(202, Governance.vote(api, "ripess", ballot, "ripess", "YES"));
        List<PostgresTestDatabase.StoredEvent> voted = database.events(ballot);
        PostgresTestDatabase.StoredEvent last = voted.getLast();
        assertThat(voted.get(voted.size() - 2).payloadType()).endsWith("VoteCast");
        assertThat(last.payloadType()).endsWith("BallotDossierRecorded");
        assertThat(last.payload()).contains(letterId, noteId, "\"seat\":\"ripess\"");
    }

    @Test
    void a_document_above_the_limit_is_refused_with_413_and_leaves_nothing() throws Exception {
        String application = liverpoolApplication();
        long chunksBefore = count("SELECT count(*) FROM document_chunk");
        String path = "/api/documents?record=APPLICATION&recordId=" + application + "&name=big.pdf";
        long thirtyMegabytes = 30L * 1024 * 1024;

        RawHttp.Answer declared = Documents.oversized(port, "liverpool", path, thirtyMegabytes, false);
        assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
        assertThat(declared.first("Content-Type")).startsWith("application/problem+json");
        assertThat(declared.body()).contains("Document too large");

        RawHttp.Answer streamed = Documents.oversized(port, "liverpool", path, thirtyMegabytes, true);
        assertThat(streamed.status()).as("sent without a length: " + streamed).isEqualTo(413);
        assertThat(streamed.body()).contains("Document too large");

        assertThat(count("SELECT count(*) FROM document_chunk"))
                .as("nothing of either was kept")
                .isEqualTo(chunksBefore);
        assertThat(Documents.get(port, "liverpool", "/api/documents?record=APPLICATION&recordId=" + application)
                        .text())
                .doesNotContain("big.pdf");
    }

    @Test
    void a_program_disguised_as_a_pdf_is_refused_with_415_in_the_callers_language() throws SQLException {
        String application = liverpoolApplication();
        long chunksBefore = count("SELECT count(*) FROM document_chunk");
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        Answer refused = Documents.attach(port, "liverpool", "APPLICATION", application, EXECUTABLE_NAME, program);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
        assertThat(refused.json().get("detectedMediaType").asString()).isEqualTo("application/x-msdownload");

        byte[] page = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        Answer html = Documents.attach(port, "liverpool", "APPLICATION", application, "note.txt", page);
        assertThat(html.status()).as(html.toString()).isEqualTo(415);
        assertThat(html.json().get("detectedMediaType").asString()).isEqualTo("text/html");

        Answer french = Documents.send(
                port,
                "liverpool",
                "fr",
                "/api/documents?record=APPLICATION&recordId=" + application + "&name=" + EXECUTABLE_NAME,
                program);
        assertThat(french.status()).isEqualTo(415);
        assertThat(french.json().get("title").asString()).isEqualTo("Type de document refusé");
        assertThat(count("SELECT count(*) FROM document_chunk")).isEqualTo(chunksBefore);
    }

    @Test
    void an_erased_applicants_documents_can_no_longer_be_read_and_the_chain_still_verifies() {
        Api secretariat = new Api(port).as("secretariat");
        String application = Governance.submitted(secretariat, """
                {"organisationName": "%s", "kind": "LOCAL_GOVERNMENT", "country": "FR", "region": "EUROPE",
                 "city": "Grenoble", "preferredLanguage": "FRENCH",
                 "contact": {"name": "Camille Exemple", "email": "camille@example.org"}}""".formatted(Applications.unique("Ville de Grenoble")));
        Answer attached = Documents.attach(
                port, "secretariat", "APPLICATION", application, "CV Camille Exemple.pdf", Documents.PDF);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        String document = attached.json().get("id").asString();
        String content = "/api/documents/" + document + "/versions/1/content";
        Eventually.await(() -> Documents.get(port, "secretariat", content), r -> r.status() == 200);

        Governance.expect(
                202,
                secretariat.post(
                        Applications.PATH + "/" + application + "/contact/erasure",
                        "{\"reason\": \"request of the person\"}"));

        Answer gone = Documents.get(port, "secretariat", content);
        assertThat(gone.status()).as(gone.toString()).isEqualTo(410);
        assertThat(gone.text()).doesNotContain("%PDF");
        JsonNode version = Documents.get(port, "auditor", "/api/documents/" + document)
                .json()
                .get("versions")
                .get(0);
        assertThat(version.get("erased").asBoolean()).isTrue();
        assertThat(version.get("name").isNull()).as("the name is erased too").isTrue();
        assertThat(version.get("sha256").asString())
                .as("the fingerprint stays on record")
                .isEqualTo(Documents.sha256(Documents.PDF));

        Answer after = Documents.attach(port, "secretariat", "APPLICATION", application, "again.pdf", Documents.PDF);
        assertThat(after.status())
                .as("nothing more is attached to an erased application: " + after)
                .isEqualTo(409);

        JsonNode verified = Eventually.await(
                () -> new Api(port).as("auditor").get("/api/audit/verification").json(),
                r -> r.get("intact").asBoolean()
                        && r.get("links").asLong() == r.get("events").asLong());
        assertThat(verified.get("intact").asBoolean()).isTrue();
    }

    @Test
    void the_bundle_with_the_files_verifies_offline_and_is_refused_after_one_byte_of_a_file_is_changed()
            throws Exception {
        Api secretariat = new Api(port).as("secretariat");
        String application = Governance.submitted(
                secretariat, Applications.submission(Applications.unique("Ville de Lille"), "FR", "Lille"));
        byte[] minutes = "Minutes of the review, Lille.\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        assertThat(Documents.attach(port, "secretariat", "APPLICATION", application, "review.txt", minutes)
                        .status())
                .isEqualTo(201);
        Eventually.await(
                () -> new Api(port).as("auditor").get("/api/audit/verification").json(),
                r -> r.get("intact").asBoolean()
                        && r.get("links").asLong() == r.get("events").asLong());

        Path key = Files.writeString(
                folder.resolve("audit-key.pem"),
                new Api(port).get("/api/public/audit-key").body());
        Answer archive = Documents.get(port, "auditor", "/api/audit/bundle?documents=true");
        assertThat(archive.status()).as(archive.toString()).isEqualTo(200);
        assertThat(archive.header("Content-Disposition")).contains("attachment", ".zip");
        Path archiveFile = Files.write(folder.resolve("bundle.zip"), archive.body());

        Verified offline = verifyOffline(archiveFile, key);
        assertThat(offline.exitCode()).as(offline.output()).isZero();
        assertThat(offline.output()).contains("verified: ").doesNotContain(" 0 files checked");
        String bundle = new String(entry(archive.body(), "bundle.tsv"), StandardCharsets.UTF_8);
        assertThat(bundle).startsWith("gsef-audit-bundle\t2\n").contains("\ndocument\t");

        Path changed = Files.write(folder.resolve("changed.zip"), withOneByteChanged(archive.body()));
        Verified tampered = verifyOffline(changed, key);
        assertThat(tampered.exitCode()).as(tampered.output()).isEqualTo(1);
        assertThat(tampered.output()).contains("NOT VERIFIED", "does not match the SHA-256");
    }

    /** The demo member representative's own application, submitted once by the representative. */
    private String liverpoolApplication() {
        Api liverpool = new Api(port).as("liverpool");
        Api.Response submitted =
                liverpool.post(Applications.PATH, Applications.submission("Liverpool City Region", "GB", "Liverpool"));
        assertThat(submitted.status()).as(submitted.toString()).isIn(201, 409);
        return DemoAccounts.ORGANISATION;
    }

    private byte[] storedBytes(String document, int version) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement("SELECT c.bytes FROM document_chunk c"
                        + " JOIN document_version_view v ON v.content_id = c.content_id"
                        + " WHERE v.document_id = ?::uuid AND v.version = ? ORDER BY c.chunk_no")) {
            select.setString(1, document);
            select.setInt(2, version);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.writeBytes(rows.getBytes(1));
                }
            }
            return all.toByteArray();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static byte[] entry(byte[] archive, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in the archive");
    }

    /** The same archive, rewritten with one byte of its first document file changed (a valid ZIP otherwise). */
    private static byte[] withOneByteChanged(byte[] archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean changed = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (!changed && entry.getName().startsWith("documents/") && bytes.length > 0) {
                    bytes[bytes.length / 2] ^= 0x01;
                    changed = true;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        assertThat(changed).as("the archive holds a document file").isTrue();
        return out.toByteArray();
    }

    record Verified(int exitCode, String output) {}

    private static Verified verifyOffline(Path bundle, Path key) throws IOException, InterruptedException {
        Path command = Path.of("..", "verify-bundle").toAbsolutePath().normalize();
        Process process = new ProcessBuilder(command.toString(), bundle.toString(), "--public-key", key.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Verified(process.exitValue(), output);
    }
}
