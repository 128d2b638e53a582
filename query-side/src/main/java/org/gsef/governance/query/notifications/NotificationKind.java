package org.gsef.governance.query.notifications;

/** What a notification is about; each kind has its template's texts and its own preference. */
public enum NotificationKind {
    /** A ballot opened: every entitled seat's delegate and proxy holder. */
    BALLOT_OPENED("/admissions"),
    /** A ballot's deadline moved later: the same people. */
    BALLOT_EXTENDED("/admissions"),
    /** A ballot ended without a decision: the same people. */
    BALLOT_CANCELLED("/admissions"),
    /** A ballot closes soon: the seats that have not voted. */
    BALLOT_REMINDER("/admissions"),
    /** A ballot closed: every delegate and the Secretariat, with the tally and the outcome. */
    BALLOT_CLOSED("/committee"),
    /** An application changed stage: its contact person. */
    APPLICATION_STAGE("/public"),
    /** A meeting was scheduled: the delegates. */
    MEETING_SCHEDULED("/committee"),
    /** A meeting not yet held was moved to other days: the delegates. */
    MEETING_MOVED("/committee"),
    /** A meeting not yet held was cancelled: the delegates. */
    MEETING_CANCELLED("/committee"),
    /** A meeting's agenda was published: the delegates. */
    AGENDA_PUBLISHED("/committee"),
    /** A meeting's minutes were recorded: the delegates. */
    MINUTES_PUBLISHED("/committee"),
    /** Milestones overdue and indicators off their trajectory: the Secretariat, once a day. */
    SECRETARIAT_DIGEST("/roadmap");

    private final String page;

    NotificationKind(String page) {
        this.page = page;
    }

    /** The page where the recipient acts on it. */
    public String page() {
        return page;
    }

    /** The template's name: the kind in lower case, words joined by dashes. */
    public String template() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
