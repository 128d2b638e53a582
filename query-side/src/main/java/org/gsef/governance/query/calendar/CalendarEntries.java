package org.gsef.governance.query.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.program.ActivityStatus;
import org.gsef.governance.query.calendar.CalendarEntry.Certainty;
import org.gsef.governance.query.calendar.CalendarEntry.Section;
import org.gsef.governance.query.committee.BallotState;
import org.gsef.governance.query.committee.CommitteeQueries;
import org.gsef.governance.query.committee.CommitteeQueries.BallotDeadline;
import org.gsef.governance.query.forum.ForumQueries;
import org.gsef.governance.query.membership.MembershipApplicationQueries;
import org.gsef.governance.query.program.ActivityQueries;
import org.gsef.governance.query.translation.TranslationQueries;
import org.springframework.stereotype.Component;

/**
 * What the calendar feeds hold, read from the existing read models (meetings, ballots, the forums' roadmaps, the
 * program of activities) with the record's titles in the reader's language where they were translated, in English
 * otherwise. Nothing written for the record alone (notes, outcomes, minutes, agendas) goes into an entry.
 */
@Component
public class CalendarEntries {

    private final CommitteeQueries committee;
    private final MembershipApplicationQueries applications;
    private final ForumQueries forum;
    private final ActivityQueries activities;
    private final TranslationQueries translations;

    public CalendarEntries(
            CommitteeQueries committee,
            MembershipApplicationQueries applications,
            ForumQueries forum,
            ActivityQueries activities,
            TranslationQueries translations) {
        this.committee = committee;
        this.applications = applications;
        this.forum = forum;
        this.activities = activities;
        this.translations = translations;
    }

    /** The entries of the sections given, in the language given, in the order of their days. */
    public List<CalendarEntry> of(Set<Section> sections, OfficialLanguage language) {
        CalendarWords words = CalendarWords.in(language);
        Map<UUID, Map<String, String>> translated = translations.in(language);
        List<CalendarEntry> entries = new ArrayList<>();
        if (sections.contains(Section.COMMITTEE_MEETINGS)) {
            entries.addAll(meetings(words, translated));
        }
        if (sections.contains(Section.BALLOT_DEADLINES)) {
            entries.addAll(ballotDeadlines(words, translated));
        }
        if (sections.contains(Section.MILESTONES)) {
            entries.addAll(milestones(words, translated));
        }
        if (sections.contains(Section.ACTIVITIES)) {
            entries.addAll(activities(words, translated));
        }
        return entries;
    }

    private List<CalendarEntry> meetings(CalendarWords words, Map<UUID, Map<String, String>> translations) {
        return committee.meetings().stream()
                .map(meeting -> new CalendarEntry(
                        "meeting-" + meeting.meetingId(),
                        Section.COMMITTEE_MEETINGS,
                        named(translations, meeting.meetingId(), "title", meeting.title()),
                        words.meeting() + " · " + words.label(meeting.format()),
                        meeting.startsOn(),
                        meeting.endsOn(),
                        null,
                        meeting.location(),
                        "CANCELLED".equals(meeting.status()) ? Certainty.CANCELLED : Certainty.CONFIRMED))
                .toList();
    }

    /**
     * Each ballot with a deadline (those by written procedure), at its deadline. An admission's or the minutes'
     * ballot is titled from its subject in the reader's language, as the pages title it.
     */
    private List<CalendarEntry> ballotDeadlines(CalendarWords words, Map<UUID, Map<String, String>> translations) {
        List<BallotDeadline> ballots = committee.deadlines();
        Map<UUID, String> organisations = applications.organisationNames(ballots.stream()
                .filter(ballot -> "ADMISSION".equals(ballot.decisionType()))
                .map(BallotDeadline::referenceId)
                .toList());
        Map<UUID, String> meetings = new HashMap<>();
        committee.meetings().forEach(meeting -> meetings.put(meeting.meetingId(), meeting.title()));
        return ballots.stream()
                .map(ballot -> {
                    UUID reference = ballot.referenceId();
                    String title = ballot.title();
                    if ("ADMISSION".equals(ballot.decisionType()) && organisations.get(reference) != null) {
                        title = words.admissionOf().formatted(organisations.get(reference));
                    } else if ("MINUTES_APPROVAL".equals(ballot.decisionType()) && meetings.get(reference) != null) {
                        title = words.minutesOf()
                                .formatted(named(translations, reference, "title", meetings.get(reference)));
                    }
                    return new CalendarEntry(
                            "ballot-" + ballot.ballotId(),
                            Section.BALLOT_DEADLINES,
                            words.ballotCloses().formatted(title),
                            words.label("procedure") + ": " + words.label(ballot.procedure()),
                            null,
                            null,
                            ballot.closesAt().toInstant(),
                            null,
                            ballot.status() == BallotState.CANCELLED ? Certainty.CANCELLED : Certainty.CONFIRMED);
                })
                .toList();
    }

    /** The forums' roadmaps: a milestone on its due day, tentative while at risk. */
    private List<CalendarEntry> milestones(CalendarWords words, Map<UUID, Map<String, String>> translations) {
        return forum.milestones().stream()
                .map(m -> new CalendarEntry(
                        "milestone-" + m.editionId() + "-" + m.milestone(),
                        Section.MILESTONES,
                        words.milestone()
                                .formatted(
                                        m.edition(),
                                        named(translations, m.editionId(), "milestone:" + m.milestone(), m.title())),
                        words.label("owner") + ": " + m.owner(),
                        m.dueOn(),
                        m.dueOn(),
                        null,
                        null,
                        switch (m.status()) {
                            case CANCELLED -> Certainty.CANCELLED;
                            case AT_RISK -> Certainty.TENTATIVE;
                            default -> Certainty.CONFIRMED;
                        }))
                .toList();
    }

    /**
     * The program of activities, which is public: its partner organisations but none of the notes or outcomes. An
     * activity whose date is to be confirmed, or known only to the month, is tentative.
     */
    private List<CalendarEntry> activities(CalendarWords words, Map<UUID, Map<String, String>> translations) {
        return activities.all().stream()
                .map(activity -> {
                    ActivityStatus status = activity.status();
                    boolean tentative = activity.toBeConfirmed() || activity.monthOnly();
                    List<String> lines = new ArrayList<>();
                    if (tentative && status != ActivityStatus.CANCELLED) {
                        lines.add(words.dateToBeConfirmed());
                    }
                    if (!activity.partners().isEmpty()) {
                        lines.add(words.label("partners") + ": " + String.join(", ", activity.partners()));
                    }
                    return new CalendarEntry(
                            "activity-" + activity.activityId(),
                            Section.ACTIVITIES,
                            named(translations, activity.activityId(), "title", activity.title()),
                            lines.isEmpty() ? null : String.join("\n", lines),
                            activity.from(),
                            activity.to(),
                            null,
                            activity.location(),
                            status == ActivityStatus.CANCELLED
                                    ? Certainty.CANCELLED
                                    : tentative ? Certainty.TENTATIVE : Certainty.CONFIRMED);
                })
                .toList();
    }

    private static String named(Map<UUID, Map<String, String>> translations, UUID id, String field, String english) {
        return translations.getOrDefault(id, Map.of()).getOrDefault(field, english);
    }
}
