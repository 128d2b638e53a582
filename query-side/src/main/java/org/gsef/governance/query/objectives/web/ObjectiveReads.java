package org.gsef.governance.query.objectives.web;

import java.time.LocalDate;
import java.util.List;
import org.gsef.governance.query.objectives.Objectives;
import org.gsef.governance.query.objectives.PlanView;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The strategic plans with every indicator: its target, its actual value, where its trajectory says it should be, and
 * the status that follows. {@code on} evaluates the trajectory on another day than today.
 */
@RestController
class ObjectiveReads {

    private final Objectives objectives;

    ObjectiveReads(Objectives objectives) {
        this.objectives = objectives;
    }

    @GetMapping("/api/objectives")
    List<PlanView> plans(@RequestParam(required = false) LocalDate on) {
        ReadAccess.signedIn();
        return on != null ? objectives.on(on) : objectives.today();
    }

    /**
     * Today's plan for anyone, signed in or not: the strategic objectives are followed in public. The evidence given
     * with a reported value is written for the record and may name a person: it is left empty.
     */
    @GetMapping("/api/public/objectives")
    List<PlanView> publicPlans() {
        return objectives.today().stream().map(PlanView::withoutEvidence).toList();
    }
}
