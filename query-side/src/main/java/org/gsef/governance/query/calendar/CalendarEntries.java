package org.gsef.governance.query.calendar;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gsef.governance.kernel.common.OfficialLanguage;
import org.gsef.governance.kernel.forum.MilestoneStatus;
import org.gsef.governance.kernel.program.ActivityStatus;
import org.gsef.governance.query.calendar.CalendarEntry.Certainty;
import org.gsef.governance.query.calendar.CalendarEntry.Section;
import org.gsef.governance.query.committee.BallotState;
import org.gsef.governance.query.readmodel.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the calendar feeds hold, read from the existing read models (meetings, ballots, the forums' roadmaps, the
 * program of activities) with the record's titles in the reader's language where they were translated, in English
 * otherwise. Nothing written for the record alone (notes, outcomes, minutes, agendas) goes into an entry.
 */
@Component
public class CalendarEntries {

    private final JdbcClient jdbc;

    public CalendarEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries of the sections given, in the language given, in the order of their days. */
    public List<CalendarEntry> of(Set<Section> sections, OfficialLanguage language) {
        CalendarWords words = CalendarWords.in(language);
        Map<UUID, Map<String, String>> translations = translations(language);
        List<CalendarEntry> entries = new ArrayList<>();
        if (sections.contains(Section.COMMITTEE_MEETINGS)) {
            entries.addAll(meetings(words, translations));
        }
        if (sections.contains(Section.BALLOT_DEADLINES)) {
            entries.addAll(ballotDeadlines(words, translations));
        }
        if (sections.contains(Section.MILESTONES)) {
            entries.addAll(milestones(words, translations));
        }
        if (sections.contains(Section.ACTIVITIES)) {
            entries.addAll(activities(words, translations));
        }
        return entries;
    }

    private List<CalendarEntry> meetings(CalendarWords words, Map<UUID, Map<String, String>> translations) {
        return jdbc.sql("SELECT meeting_id, title, starts_on, ends_on, format, location, status FROM meeting_view"
                        + " ORDER BY starts_on, meeting_id")
                .query((rs, row) -> {
                    UUID id = rs.getObject("meeting_id", UUID.class);
                    return new CalendarEntry(
                            "meeting-" + id,
                            Section.COMMITTEE_MEETINGS,
                            named(translations, id, "title", rs.getString("title")),
                            words.meeting() + " · " + words.label(rs.getString("format")),
                            rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class),
                            null,
                            rs.getString("location"),
                            "CANCELLED".equals(rs.getString("status")) ? Certainty.CANCELLED : Certainty.CONFIRMED);
                })
                .list();
    }

    /**
     * Each ballot with a deadline (those by written procedure), at its deadline. An admission's or the minutes'
     * ballot is titled from its subject in the reader's language, as the pages title it.
     */
    private List<CalendarEntry> ballotDeadlines(CalendarWords words, Map<UUID, Map<String, String>> translations) {
        return jdbc.sql("""
                        SELECT b.ballot_id, b.decision_type, b.reference_id, b.title, b.procedure, b.closes_at,
                               b.status, a.organisation_name, m.title AS meeting_title
                          FROM ballot_view b
                          LEFT JOIN membership_application_view a ON a.application_id = b.reference_id
                          LEFT JOIN meeting_view m ON m.meeting_id = b.reference_id
                         WHERE b.closes_at IS NOT NULL
                         ORDER BY b.closes_at, b.ballot_id""")
                .query((rs, row) -> {
                    UUID id = rs.getObject("ballot_id", UUID.class);
                    UUID reference = rs.getObject("reference_id", UUID.class);
                    String type = rs.getString("decision_type");
                    String title = rs.getString("title");
                    if ("ADMISSION".equals(type) && rs.getString("organisation_name") != null) {
                        title = words.admissionOf().formatted(rs.getString("organisation_name"));
                    } else if ("MINUTES_APPROVAL".equals(type) && rs.getString("meeting_title") != null) {
                        title = words.minutesOf()
                                .formatted(named(translations, reference, "title", rs.getString("meeting_title")));
                    }
                    OffsetDateTime closesAt = rs.getObject("closes_at", OffsetDateTime.class);
                    return new CalendarEntry(
                            "ballot-" + id,
                            Section.BALLOT_DEADLINES,
                            words.ballotCloses().formatted(title),
                            words.label("procedure") + ": " + words.label(rs.getString("procedure")),
                            null,
                            null,
                            closesAt.toInstant(),
                            null,
                            BallotState.CANCELLED.name().equals(rs.getString("status"))
                                    ? Certainty.CANCELLED
                                    : Certainty.CONFIRMED);
                })
                .list();
    }

    /** The forums' roadmaps: a milestone on its due day, tentative while at risk. */
    private List<CalendarEntry> milestones(CalendarWords words, Map<UUID, Map<String, String>> translations) {
        return jdbc.sql("""
                        SELECT e.edition_id, e.name, m.milestone, m.title, m.owner, m.due_on, m.status
                          FROM milestone_view m JOIN forum_edition_view e ON e.edition_id = m.edition_id
                         ORDER BY m.due_on, e.name, m.milestone""")
                .query((rs, row) -> {
                    UUID edition = rs.getObject("edition_id", UUID.class);
                    String milestone = rs.getString("milestone");
                    MilestoneStatus status = MilestoneStatus.valueOf(rs.getString("status"));
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new CalendarEntry(
                            "milestone-" + edition + "-" + milestone,
                            Section.MILESTONES,
                            words.milestone()
                                    .formatted(
                                            rs.getString("name"),
                                            named(
                                                    translations,
                                                    edition,
                                                    "milestone:" + milestone,
                                                    rs.getString("title"))),
                            words.label("owner") + ": " + rs.getString("owner"),
                            due,
                            due,
                            null,
                            null,
                            switch (status) {
                                case CANCELLED -> Certainty.CANCELLED;
                                case AT_RISK -> Certainty.TENTATIVE;
                                default -> Certainty.CONFIRMED;
                            });
                })
                .list();
    }

    /**
     * The program of activities, which is public: its partner organisations but none of the notes or outcomes. An
     * activity whose date is to be confirmed, or known only to the month, is tentative.
     */
    private List<CalendarEntry> activities(CalendarWords words, Map<UUID, Map<String, String>> translations) {
        return jdbc.sql("""
                        SELECT activity_id, title, date_from, date_to, month_only, to_be_confirmed, location, partners,
                               status
                          FROM activity_view ORDER BY date_from, date_to, activity_id""")
                .query((rs, row) -> {
                    UUID id = rs.getObject("activity_id", UUID.class);
                    ActivityStatus status = ActivityStatus.valueOf(rs.getString("status"));
                    boolean tentative = rs.getBoolean("to_be_confirmed") || rs.getBoolean("month_only");
                    List<String> partners = JsonColumns.list(rs.getString("partners"));
                    List<String> lines = new ArrayList<>();
                    if (tentative && status != ActivityStatus.CANCELLED) {
                        lines.add(words.dateToBeConfirmed());
                    }
                    if (!partners.isEmpty()) {
                        lines.add(words.label("partners") + ": " + String.join(", ", partners));
                    }
                    return new CalendarEntry(
                            "activity-" + id,
                            Section.ACTIVITIES,
                            named(translations, id, "title", rs.getString("title")),
                            lines.isEmpty() ? null : String.join("\n", lines),
                            rs.getObject("date_from", LocalDate.class),
                            rs.getObject("date_to", LocalDate.class),
                            null,
                            rs.getString("location"),
                            status == ActivityStatus.CANCELLED
                                    ? Certainty.CANCELLED
                                    : tentative ? Certainty.TENTATIVE : Certainty.CONFIRMED);
                })
                .list();
    }

    /** The record's French or Spanish texts, by record and field; none for English, the language they are kept in. */
    private Map<UUID, Map<String, String>> translations(OfficialLanguage language) {
        Map<UUID, Map<String, String>> found = new HashMap<>();
        if (language == OfficialLanguage.ENGLISH) {
            return found;
        }
        jdbc.sql("SELECT subject_id, field, text FROM translation_view WHERE language = :language")
                .param("language", language.name(), Types.VARCHAR)
                .query((rs, row) -> found.computeIfAbsent(rs.getObject("subject_id", UUID.class), id -> new HashMap<>())
                        .put(rs.getString("field"), rs.getString("text")))
                .list();
        return found;
    }

    private static String named(Map<UUID, Map<String, String>> translations, UUID id, String field, String english) {
        return translations.getOrDefault(id, Map.of()).getOrDefault(field, english);
    }
}
