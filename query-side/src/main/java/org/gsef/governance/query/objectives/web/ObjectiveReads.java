package org.gsef.governance.query.objectives.web;

import java.time.LocalDate;
import java.util.List;
import org.gsef.governance.query.objectives.Objectives;
import org.gsef.governance.query.objectives.Objectives.Scope;
import org.gsef.governance.query.objectives.PlanView;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The strategic plans with every indicator: its target, its actual value, where its trajectory says it should be, and
 * the status that follows. Without a day, each plan is judged in its own period: today while it runs, its last
 * deadline once it is over. {@code asOf} (or {@code on}, its earlier name) judges every plan as of another day, such as
 * {@code ?asOf=2019-12-31}. The plans answered are those in view on that day (not yet over, and the one that ended
 * last); {@code plans=all} answers every plan ever adopted.
 */
@RestController
class ObjectiveReads {

    private final Objectives objectives;

    ObjectiveReads(Objectives objectives) {
        this.objectives = objectives;
    }

    @GetMapping("/api/objectives")
    List<PlanView> plans(
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) LocalDate on,
            @RequestParam(required = false) String plans) {
        ReadAccess.signedIn();
        return judged(asOf != null ? asOf : on, scope(plans));
    }

    /**
     * The plans for anyone, signed in or not: the strategic objectives are followed in public. The evidence given
     * with a reported value is written for the record and may name a person: it is left empty.
     */
    @GetMapping("/api/public/objectives")
    List<PlanView> publicPlans(
            @RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String plans) {
        return judged(asOf, scope(plans)).stream()
                .map(PlanView::withoutEvidence)
                .toList();
    }

    private List<PlanView> judged(LocalDate day, Scope scope) {
        return day != null ? objectives.on(day, scope) : objectives.current(scope);
    }

    private static Scope scope(String plans) {
        if (plans == null || plans.equals("in-view")) {
            return Scope.IN_VIEW;
        }
        if (plans.equals("all")) {
            return Scope.ALL;
        }
        throw new IllegalArgumentException("plans must be in-view or all");
    }
}
