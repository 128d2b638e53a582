package org.gsef.governance.query.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a calendar feed, in the reader's language: a span of whole days, or an instant (a ballot's deadline).
 *
 * @param uid stable across fetches, so that a calendar application updates the entry instead of adding another
 * @param lastDay the last day it covers (inclusive); null for an instant
 * @param at the instant, for an entry that is one; null for days
 */
public record CalendarEntry(
        String uid,
        Section section,
        String summary,
        String description,
        LocalDate firstDay,
        LocalDate lastDay,
        Instant at,
        String location,
        Certainty certainty) {

    /** What a feed may hold; who reads which is decided by the reader's roles. */
    public enum Section {
        COMMITTEE_MEETINGS,
        BALLOT_DEADLINES,
        MILESTONES,
        ACTIVITIES
    }

    /** How sure the entry is: RFC 5545's STATUS of an event. */
    public enum Certainty {
        CONFIRMED,
        TENTATIVE,
        CANCELLED
    }
}
