package org.gsef.governance.query.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.platform.audit.AuditBundle.Checkpoint;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.audit.AuditCheckpoints;
import org.gsef.governance.query.audit.AuditExport;
import org.gsef.governance.query.audit.AuditReadings;
import org.gsef.governance.query.audit.ChainVerification;
import org.gsef.governance.query.audit.DecisionPdf;
import org.gsef.governance.query.audit.DecisionRecord;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** Verification of the event store against its hash chain, seals and checkpoints; the audit bundle; the public key. */
@RestController
class AuditReads {

    private final ChainVerification verification;
    private final AuditExport export;
    private final AuditCheckpoints checkpoints;
    private final Clock clock;
    private final AuditReadings readings;
    private final DecisionRecord decisions;
    private final JsonMapper json;
    private final DecisionPdf pdf;

    AuditReads(
            ChainVerification verification,
            AuditExport export,
            AuditCheckpoints checkpoints,
            Clock clock,
            AuditReadings readings,
            DecisionRecord decisions,
            JsonMapper json,
            DecisionPdf pdf) {
        this.pdf = pdf;
        this.verification = verification;
        this.export = export;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.readings = readings;
        this.decisions = decisions;
        this.json = json;
    }

    @GetMapping("/api/audit/verification")
    ChainVerification.Report verify() {
        var reader = ReadAccess.require(ReadAccess.AUDIT_READERS);
        ChainVerification.Report report = verification.verify();
        record(reader, report);
        return report;
    }

    /**
     * The verification with its progress, as JSON Lines: first {@code {"links": N, "events": M}} (what there is to
     * check), then {@code {"stage": "LINKS" or "EVENTS", "done": n}} after each batch, and last {@code {"report": ...}}.
     * No time limit: a long store takes as long as it takes, and a client that goes away stops it.
     */
    @GetMapping(value = "/api/audit/verification/progress", produces = "application/x-ndjson")
    ResponseEntity<ResponseBodyEmitter> verifyWithProgress() {
        var reader = ReadAccess.require(ReadAccess.AUDIT_READERS);
        ResponseBodyEmitter emitter = new ResponseBodyEmitter(0L);
        Thread.ofVirtual().name("chain-verification-" + reader.userId()).start(() -> {
            try {
                line(emitter, verification.extent());
                ChainVerification.Report report =
                        verification.verify((stage, done) -> line(emitter, new Step(stage, done)));
                record(reader, report);
                line(emitter, Map.of("report", report));
                emitter.complete();
            } catch (RuntimeException e) {
                emitter.completeWithError(e);
            }
        });
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "x-ndjson"))
                .body(emitter);
    }

    private record Step(ChainVerification.Stage stage, long done) {}

    private void line(ResponseBodyEmitter emitter, Object value) {
        try {
            emitter.send(json.writeValueAsString(value) + "\n", MediaType.TEXT_PLAIN);
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
    }

    private void record(Actor reader, ChainVerification.Report report) {
        readings.record(
                reader,
                AuditReadings.Activity.VERIFIED_CHAIN,
                report.intact()
                        ? "intact: " + report.links() + " links, head " + report.head()
                        : report.problemCount() + " problems, the first " + report.problem() + " at position "
                                + report.globalIndex());
    }

    /** The signed checkpoints of the chain, newest first. */
    @GetMapping("/api/audit/checkpoints")
    List<Checkpoint> checkpoints() {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return checkpoints.between(1, Long.MAX_VALUE).reversed();
    }

    /**
     * A closed (or open) ballot's decision explained, self-contained: its events, its subject's and its rule's origin,
     * with their chain hashes, stored forms and the checkpoint that covers them. {@code download=true} makes it a file.
     */
    @GetMapping("/api/audit/decisions/{ballotId}")
    ResponseEntity<DecisionRecord.Decision> decision(
            @PathVariable String ballotId, @RequestParam(defaultValue = "false") boolean download) {
        var reader = ReadAccess.require(ReadAccess.AUDIT_READERS);
        DecisionRecord.Decision decision = decisions.of(ballotId).orElseThrow(() -> new NotFound("ballot " + ballotId));
        var response = ResponseEntity.ok();
        if (download) {
            readings.record(reader, AuditReadings.Activity.EXPORTED_DECISION, "ballot " + ballotId);
            response.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"gsef-decision-" + ballotId.replaceAll("[^A-Za-z0-9-]", "") + ".json\"");
        }
        return response.body(decision);
    }

    /**
     * A decision explained as a PDF in the reader's language ({@code Accept-Language}: English, French or Spanish), with
     * the positions, links and hashes to check it against the chain. The export is recorded in the audit readings.
     */
    @GetMapping(value = "/api/audit/decisions/{ballotId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<StreamingResponseBody> decisionPdf(@PathVariable String ballotId, java.util.Locale locale) {
        var reader = ReadAccess.require(ReadAccess.AUDIT_READERS);
        DecisionRecord.Decision decision = decisions.of(ballotId).orElseThrow(() -> new NotFound("ballot " + ballotId));
        String language = DecisionPdf.language(locale);
        readings.record(
                reader, AuditReadings.Activity.EXPORTED_DECISION, "ballot " + ballotId + " (PDF, " + language + ")");
        String name = "gsef-decision-" + ballotId.replaceAll("[^A-Za-z0-9-]", "") + "-" + language + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .body(out -> pdf.write(decision, locale, reader.userId(), out));
    }

    /** Who may download the bundle with the documents' files: the audit readers who read every kind's documents. */
    static final java.util.Set<org.gsef.governance.kernel.identity.Role> DOCUMENT_BUNDLE_READERS =
            ReadAccess.AUDIT_READERS.stream()
                    .filter(role -> java.util.Arrays.stream(org.gsef.governance.kernel.documents.RecordKind.values())
                            .allMatch(kind -> kind.readers().contains(role)))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The audit bundle, to verify offline with {@code ops/verify-bundle} and the published key. */
    @GetMapping("/api/audit/bundle")
    ResponseEntity<StreamingResponseBody> bundle(@RequestParam(defaultValue = "false") boolean documents) {
        // The documents' files are read only by the roles that read the documents of every kind of record (an
        // operator verifies and exports the audit, but may not read an application's documents, which carry personal
        // data): the bundle must not hand out what GET /api/documents/.../content refuses.
        var reader = ReadAccess.require(documents ? DOCUMENT_BUNDLE_READERS : ReadAccess.AUDIT_READERS);
        readings.record(
                reader, AuditReadings.Activity.DOWNLOADED_BUNDLE, documents ? "with the documents' files" : null);
        if (documents) {
            String archive = "gsef-audit-bundle-" + clock.instant().toString().replace(':', '-') + ".zip";
            return ResponseEntity.ok()
                    .contentType(new MediaType("application", "zip"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + archive + "\"")
                    .body(export::exportWithDocuments);
        }
        String name = "gsef-audit-bundle-" + clock.instant().toString().replace(':', '-') + ".tsv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "tab-separated-values", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(export::export);
    }

    /** The public half of the checkpoint key: what a bundle's signatures must verify with. Public. */
    @GetMapping(value = "/api/public/audit-key", produces = "application/x-pem-file")
    String publicKey() {
        return AuditBundle.pem(checkpoints.key().publicKey());
    }
}
