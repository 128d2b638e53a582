package org.gsef.governance.query.audit.web;

import java.time.Clock;
import java.util.List;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.platform.audit.AuditBundle.Checkpoint;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.audit.AuditCheckpoints;
import org.gsef.governance.query.audit.AuditExport;
import org.gsef.governance.query.audit.AuditReadings;
import org.gsef.governance.query.audit.ChainVerification;
import org.gsef.governance.query.audit.DecisionRecord;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Verification of the event store against its hash chain, seals and checkpoints; the audit bundle; the public key. */
@RestController
class AuditReads {

    private final ChainVerification verification;
    private final AuditExport export;
    private final AuditCheckpoints checkpoints;
    private final Clock clock;
    private final AuditReadings readings;
    private final DecisionRecord decisions;

    AuditReads(
            ChainVerification verification,
            AuditExport export,
            AuditCheckpoints checkpoints,
            Clock clock,
            AuditReadings readings,
            DecisionRecord decisions) {
        this.verification = verification;
        this.export = export;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.readings = readings;
        this.decisions = decisions;
    }

    @GetMapping("/api/audit/verification")
    ChainVerification.Report verify() {
        var reader = ReadAccess.require(ReadAccess.AUDIT_READERS);
        ChainVerification.Report report = verification.verify();
        readings.record(
                reader,
                AuditReadings.Activity.VERIFIED_CHAIN,
                report.intact()
                        ? "intact: " + report.links() + " links, head " + report.head()
                        : report.problem() + " at position " + report.globalIndex());
        return report;
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

    /** The audit bundle, to verify offline with {@code ops/verify-bundle} and the published key. */
    @GetMapping("/api/audit/bundle")
    ResponseEntity<StreamingResponseBody> bundle() {
        var reader = ReadAccess.require(ReadAccess.AUDIT_READERS);
        readings.record(reader, AuditReadings.Activity.DOWNLOADED_BUNDLE, null);
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
