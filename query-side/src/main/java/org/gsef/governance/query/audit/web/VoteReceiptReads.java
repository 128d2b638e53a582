package org.gsef.governance.query.audit.web;

import java.util.List;
import java.util.Set;
import org.gsef.governance.kernel.common.Refusal;
import org.gsef.governance.kernel.common.RuleViolation;
import org.gsef.governance.kernel.identity.Actor;
import org.gsef.governance.kernel.identity.Role;
import org.gsef.governance.query.audit.AuditTrail;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A delegate's receipts for the votes it cast: its own, never another seat's. */
@RestController
class VoteReceiptReads {

    private final AuditTrail receipts;

    VoteReceiptReads(AuditTrail receipts) {
        this.receipts = receipts;
    }

    @GetMapping("/api/vote-receipts")
    List<AuditTrail.Receipt> mine() {
        Actor delegate = ReadAccess.require(Set.of(Role.DELEGATE));
        if (delegate.seat() == null) {
            throw new RuleViolation(Refusal.ROLE, delegate.userId() + " holds no seat");
        }
        return receipts.receiptsOf(delegate.seat());
    }
}
