package org.gsef.governance.query.program.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsef.governance.kernel.program.ActivityKind;
import org.gsef.governance.kernel.program.ActivityStatus;
import org.gsef.governance.platform.web.ProblemDetailsAdvice.NotFound;
import org.gsef.governance.query.program.ActivityQueries;
import org.gsef.governance.query.program.ActivityQueries.Activity;
import org.gsef.governance.query.web.ReadAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The program of activities as a calendar, with the dates as precisely as they are known. */
@RestController
class ActivityReads {

    private final ActivityQueries activities;

    ActivityReads(ActivityQueries activities) {
        this.activities = activities;
    }

    @GetMapping("/api/activities")
    List<Activity> calendar(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) String sort) {
        ReadAccess.signedIn();
        return activities.list(year, kind, status, sort);
    }

    /** One activity of the program, read as the calendar it comes from: by anyone signed in. */
    @GetMapping("/api/activities/{activityId}")
    Activity activity(@PathVariable UUID activityId) {
        ReadAccess.signedIn();
        return activities.find(activityId).orElseThrow(() -> new NotFound("activity " + activityId));
    }

    /**
     * The program of activities for anyone: GSEF publishes its calendar, with its partner organisations. The outcome
     * and the notes (reasons for rescheduling or cancelling) are written for the record and may name a person: they
     * are left out.
     */
    @GetMapping("/api/public/activities")
    List<PublicActivity> publicCalendar(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) String sort) {
        return activities.list(year, kind, status, sort).stream()
                .map(activity -> new PublicActivity(
                        activity.activityId(),
                        activity.kind(),
                        activity.title(),
                        activity.from(),
                        activity.to(),
                        activity.monthOnly(),
                        activity.toBeConfirmed(),
                        activity.location(),
                        activity.partners(),
                        activity.status(),
                        activity.participants()))
                .toList();
    }

    /** What anyone may read of an activity. */
    record PublicActivity(
            UUID activityId,
            ActivityKind kind,
            String title,
            LocalDate from,
            LocalDate to,
            boolean monthOnly,
            boolean toBeConfirmed,
            String location,
            List<String> partners,
            ActivityStatus status,
            Integer participants) {}
}
