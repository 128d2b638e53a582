package org.gsef.governance.query.program.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

    /**
     * A page of the calendar: of a year, ending on or after {@code from}, of a kind, in one of the statuses (several
     * separated by commas); {@code limit} activities (50 unless told, 200 at most) after the first {@code offset}.
     */
    @GetMapping("/api/activities")
    List<Activity> calendar(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) Set<ActivityStatus> status,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        ReadAccess.signedIn();
        return activities.page(
                new ActivityQueries.Filter(year, from, kind, status), sort, offset, ReadAccess.page(offset, limit));
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
     * are left out. Paged as the signed-in calendar is.
     */
    @GetMapping("/api/public/activities")
    List<PublicActivity> publicCalendar(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) Set<ActivityStatus> status,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        return activities
                .page(
                        new ActivityQueries.Filter(year, from, kind, status),
                        sort,
                        offset,
                        ReadAccess.page(offset, limit))
                .stream()
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
