package org.gsef.governance.query.sources.web;

import java.util.List;
import java.util.UUID;
import org.gsef.governance.query.sources.Disagreements;
import org.gsef.governance.query.sources.Disagreements.Disagreement;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the sources of the record disagree: every version with its section, "sources disagree" until the Secretariat
 * records which holds, and why.
 */
@RestController
class DisagreementReads {

    private final Disagreements disagreements;

    DisagreementReads(Disagreements disagreements) {
        this.disagreements = disagreements;
    }

    /** @param subject only the disagreements about this record (a meeting, an activity) */
    @GetMapping("/api/sources/disagreements")
    List<Disagreement> list(@RequestParam(required = false) UUID subject) {
        ReadAccess.signedIn();
        return disagreements.list(subject);
    }

    /**
     * The same for anyone, without the reason the Secretariat gave for the version it holds: written for the record,
     * it may name a person.
     */
    @GetMapping("/api/public/sources/disagreements")
    List<Disagreement> publicList(@RequestParam(required = false) UUID subject) {
        return disagreements.list(subject).stream()
                .map(Disagreement::withoutReason)
                .toList();
    }
}
