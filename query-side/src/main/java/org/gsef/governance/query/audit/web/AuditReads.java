package org.gsef.governance.query.audit.web;

import java.time.Clock;
import org.gsef.governance.platform.audit.AuditBundle;
import org.gsef.governance.query.audit.AuditCheckpoints;
import org.gsef.governance.query.audit.AuditExport;
import org.gsef.governance.query.audit.ChainVerification;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Verification of the event store against its hash chain, seals and checkpoints; the audit bundle; the public key. */
@RestController
class AuditReads {

    private final ChainVerification verification;
    private final AuditExport export;
    private final AuditCheckpoints checkpoints;
    private final Clock clock;

    AuditReads(ChainVerification verification, AuditExport export, AuditCheckpoints checkpoints, Clock clock) {
        this.verification = verification;
        this.export = export;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @GetMapping("/api/audit/verification")
    ChainVerification.Report verify() {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
        return verification.verify();
    }

    /** The audit bundle, to verify offline with {@code ops/verify-bundle} and the published key. */
    @GetMapping("/api/audit/bundle")
    ResponseEntity<StreamingResponseBody> bundle() {
        ReadAccess.require(ReadAccess.AUDIT_READERS);
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
