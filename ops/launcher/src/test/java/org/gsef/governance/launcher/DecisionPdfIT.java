package org.gsef.governance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gsef.governance.platform.testing.Api;
import org.gsef.governance.platform.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A decision explained, exported as a PDF (issue #17): the demo's admission of Liverpool, downloaded as the auditor in
 * English and in French, read back with PDFBox: its subject, every vote with its seat and choice, the outcome and the
 * chain hashes an outsider checks it with are in the file, in the reader's words; the export is recorded.
 */
@SingleNodeOnPostgres(properties = "gsef.demo-data=true")
class DecisionPdfIT {

    @LocalServerPort
    int port;

    /** What each language calls things. */
    record Words(String heading, String votes, String passed, Map<String, String> choices, String outcomeReason) {}

    static final Map<String, Words> WORDS = Map.of(
            "en",
            new Words(
                    "Decision: Admission of Liverpool City Region",
                    "Every vote and change",
                    "Passed",
                    Map.of("YES", "Vote cast: yes", "NO", "Vote cast: no", "ABSTAIN", "Vote cast: abstain"),
                    "Majority reached"),
            "fr",
            new Words(
                    "Décision : Admission of Liverpool City Region",
                    "Chaque vote et chaque changement",
                    "Adopté",
                    Map.of("YES", "Vote émis : pour", "NO", "Vote émis : contre", "ABSTAIN", "Vote émis : abstention"),
                    "Majorité atteinte"));

    @Test
    void the_admission_of_liverpool_reads_in_the_pdf_with_every_vote_and_its_outcome_in_english_and_french()
            throws Exception {
        Api auditor = new Api(port).as("auditor");
        Eventually.await(
                () -> auditor.get("/api/audit/trail?eventType=BallotClosed&limit=10")
                        .json()
                        .get("entries")
                        .size(),
                size -> size > 0);
        String ballot = null;
        for (JsonNode decision : auditor.get("/api/audit/decisions").json()) {
            if (decision.get("title").asString().equals("Admission of Liverpool City Region")) {
                ballot = decision.get("ballotId").asString();
            }
        }
        assertThat(ballot).isNotNull();
        // The record reads the ballot's events from the audit trail and their links from the chain, each built by its
        // own processor and segments: a BallotClosed seen above may be another ballot's, so wait for this one's whole
        // record (its closing there, and linked).
        String path = "/api/audit/decisions/" + ballot;
        JsonNode record = Eventually.await(() -> auditor.get(path).json(), DecisionPdfIT::closedAndLinked);

        for (String language : java.util.List.of("en", "fr")) {
            Words words = WORDS.get(language);
            HttpResponse<byte[]> response = download("/api/audit/decisions/" + ballot + "/pdf", language);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("attachment")
                    .contains(".pdf");
            String text;
            try (PDDocument pdf = Loader.loadPDF(response.body())) {
                text = new PDFTextStripper().getText(pdf);
            }
            // A seat's name may wrap at one of its hyphens in a narrow column.
            String oneLine = text.replaceAll("\\s+", " ").replace("- ", "-");
            String noSpace = text.replaceAll("\\s+", "");
            assertThat(oneLine).as(language).contains(words.heading()).contains(words.votes());
            int votes = 0;
            for (JsonNode event : record.get("ballot")) {
                String type = event.get("event").get("eventType").asString();
                JsonNode content = event.get("event").get("content");
                if (type.equals("VoteCast")) {
                    votes++;
                    String seat = content.get("seat").asString();
                    String choice = words.choices().get(content.get("choice").asString());
                    assertThat(oneLine)
                            .as(language + ": the vote of " + seat)
                            .containsPattern(
                                    java.util.regex.Pattern.quote(seat) + " " + java.util.regex.Pattern.quote(choice));
                }
                if (type.equals("BallotClosed")) {
                    assertThat(content.get("outcome").asString()).isEqualTo("PASSED");
                    assertThat(noSpace)
                            .as(language + ": the closing's chain hash, to check against a bundle")
                            .contains(event.get("link").get("chainHash").asString());
                }
            }
            assertThat(votes).isGreaterThanOrEqualTo(7);
            assertThat(oneLine)
                    .as(language + ": the outcome and its reason")
                    .contains(words.passed() + " · " + words.outcomeReason());
            assertThat(oneLine).contains("-----BEGIN PUBLIC KEY-----");
        }
        assertThat(auditor.get("/api/audit/readings")
                        .json()
                        .get(0)
                        .get("subject")
                        .asString())
                .isEqualTo("ballot " + ballot + " (PDF, fr)");
        assertThat(download("/api/audit/decisions/" + java.util.UUID.randomUUID() + "/pdf", "fr")
                        .statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<byte[]> download(String path, String language) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString(("auditor:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Basic " + credentials)
                            .header("Accept-Language", language)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** Whether a decision record holds its ballot's closing and every one of its events has its link in the chain. */
    private static boolean closedAndLinked(JsonNode record) {
        boolean closed = false;
        for (JsonNode event : record.get("ballot")) {
            if (event.get("link") == null || event.get("link").isNull()) {
                return false;
            }
            closed |= event.get("event").get("eventType").asString().equals("BallotClosed");
        }
        return closed;
    }
}
