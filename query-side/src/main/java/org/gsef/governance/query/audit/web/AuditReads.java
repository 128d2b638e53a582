package org.gsef.governance.query.audit.web;

import java.util.Set;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.query.audit.ChainVerification;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the event store against its hash chain and seals, for auditors. */
@RestController
class AuditReads {

    private final ChainVerification verification;

    AuditReads(ChainVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/api/audit/verification")
    ChainVerification.Report verify() {
        ReadAccess.require(Set.of(Role.AUDITOR, Role.SECRETARIAT, Role.OPERATOR));
        return verification.verify();
    }
}
