package org.gsef.governance.query.forum.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.forum.ForumQueries;
import org.gsef.governance.query.forum.ForumQueries.Edition;
import org.gsef.governance.query.forum.ForumQueries.PublicEdition;
import org.gsef.governance.query.forum.ForumQueries.PublicMilestone;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forum editions: past ones as recorded, and those in preparation with their steps and their roadmaps, where a
 * milestone past its due date and neither done nor cancelled is late.
 */
@RestController
class ForumReads {

    private final ForumQueries forum;
    private final Clock clock;

    ForumReads(ForumQueries forum, Clock clock) {
        this.forum = forum;
        this.clock = clock;
    }

    @GetMapping("/api/forum/editions")
    List<Edition> editions() {
        ReadAccess.signedIn();
        return forum.editions();
    }

    /** The edition being prepared now (the soonest in preparation), with its roadmap; 404 when none is. */
    @GetMapping("/api/forum/editions/current")
    Edition current() {
        ReadAccess.signedIn();
        return forum.current(LocalDate.now(clock)).orElseThrow(() -> new NotFound("forum edition in preparation"));
    }

    @GetMapping("/api/forum/editions/{editionId}")
    Edition edition(@PathVariable UUID editionId, @RequestParam(required = false) LocalDate on) {
        ReadAccess.signedIn();
        return forum.edition(editionId, on != null ? on : LocalDate.now(clock))
                .orElseThrow(() -> new NotFound("forum edition " + editionId));
    }

    /**
     * The forums being prepared, the current one first, with their roadmaps, for anyone: what the network publishes
     * about them, without the organizing committee's members or the host agreement's parties, and without the
     * milestones' notes, which are written for the record and may name a person.
     */
    @GetMapping("/api/public/forum/editions")
    List<PublicEdition> inPreparation() {
        return forum.inPreparation(LocalDate.now(clock)).stream()
                .map(edition -> new PublicEdition(
                        edition.editionId(),
                        edition.name(),
                        edition.year(),
                        edition.city(),
                        edition.country(),
                        edition.startsOn(),
                        edition.endsOn(),
                        edition.stage(),
                        edition.theme(),
                        edition.roadmap().stream()
                                .map(milestone -> new PublicMilestone(
                                        milestone.milestone(),
                                        milestone.title(),
                                        milestone.owner(),
                                        milestone.dueOn(),
                                        milestone.status(),
                                        milestone.progress(),
                                        milestone.reschedules(),
                                        milestone.completedOn(),
                                        milestone.late()))
                                .toList(),
                        edition.lateMilestones()))
                .toList();
    }
}
