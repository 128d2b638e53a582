package org.gsef.governance.kernel.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every reason the system refuses a request that is well formed: one closed set, each with the category that decides
 * its HTTP status (in one place, the web layer's problem details). A refusal's {@link #code()} names its messages in
 * the three languages and is what a recorded refusal (such as a refused vote) stores.
 */
public enum Refusal {
    // Who is asking.
    NO_ACTOR(Category.FORBIDDEN),
    ROLE(Category.FORBIDDEN),
    BUILT_IN_ACCOUNTS_ONLY(Category.FORBIDDEN),
    NOT_DELEGATE_OF_SEAT(Category.FORBIDDEN),
    RECUSED(Category.FORBIDDEN),
    NOT_ENTITLED(Category.FORBIDDEN),
    NOT_PRESENT(Category.FORBIDDEN),
    NOT_OWN_APPLICATION(Category.FORBIDDEN),
    CASTING_VOTE(Category.FORBIDDEN),
    NOT_DOCUMENT_ATTACHER(Category.FORBIDDEN),

    // Ballots.
    BALLOT_CLOSED(Category.CONFLICT),
    DEADLINE_PASSED(Category.CONFLICT),
    DEADLINE_IN_THE_PAST(Category.CONFLICT),
    WRITTEN_PERIOD_TOO_SHORT(Category.CONFLICT),
    DEADLINE_NOT_LATER(Category.CONFLICT),
    NO_DEADLINE(Category.CONFLICT),
    OUTCOME_NOT_SETTLED(Category.CONFLICT),
    CASTING_VOTE_REQUIRED(Category.CONFLICT),
    CASTING_VOTE_WITHOUT_TIE(Category.CONFLICT),
    CASTING_VOTE_UNAVAILABLE(Category.CONFLICT),
    BALLOT_NOT_CLOSED(Category.CONFLICT),
    NO_ELECTORATE(Category.CONFLICT),
    TOO_MANY_REFUSED_ATTEMPTS(Category.TOO_MANY_REQUESTS),
    RULE_CHANGE_BY_WRITTEN_PROCEDURE(Category.CONFLICT),
    EFFECTIVE_DATE_IN_THE_FUTURE(Category.CONFLICT),
    STANDING_RULE_BELOW_FLOOR(Category.CONFLICT),

    // The Committee and its meetings.
    NO_COMMITTEE(Category.CONFLICT),
    SEAT_EXISTS(Category.CONFLICT),
    DELEGATE_OF_ANOTHER_SEAT(Category.CONFLICT),
    NO_SUCH_SEAT(Category.CONFLICT),
    NO_SUCH_MEETING(Category.CONFLICT),
    PROXY_CHAIN(Category.CONFLICT),
    MINUTES_APPROVED(Category.CONFLICT),
    NO_MINUTES(Category.CONFLICT),
    MEETING_CANCELLED(Category.CONFLICT),
    MEETING_HELD(Category.CONFLICT),
    MEETING_DAY_PAST(Category.CONFLICT),
    ADVISOR_EXISTS(Category.CONFLICT),
    NO_SUCH_ADVISOR(Category.CONFLICT),
    NOTHING_TO_ERASE(Category.CONFLICT),

    // Applications and members: one organisation, one membership.
    DISTINCTNESS_BY_SECRETARIAT_ONLY(Category.FORBIDDEN),
    ORGANISATION_ALREADY_MEMBER(Category.CONFLICT),
    ORGANISATION_APPLICATION_IN_PROGRESS(Category.CONFLICT),
    DISTINCT_FROM_ANOTHER_RECORD(Category.CONFLICT),
    DISTINCT_FROM_NO_SIMILAR_RECORD(Category.CONFLICT),
    SPONSOR_NOT_ACTIVE_MEMBER(Category.CONFLICT),
    NO_SUCH_APPLICATION(Category.CONFLICT),
    APPLICATION_STATUS(Category.CONFLICT),
    MEMBER_STATUS(Category.CONFLICT),

    // The forum, the plan and the program.
    AGREEMENT_SIGNED(Category.CONFLICT),
    AGREEMENT_NOT_DRAFTED(Category.CONFLICT),
    THEME_ADOPTED(Category.CONFLICT),
    NO_THEME_PROPOSED(Category.CONFLICT),
    MILESTONE_EXISTS(Category.CONFLICT),
    NO_SUCH_MILESTONE(Category.CONFLICT),
    MILESTONE_CLOSED(Category.CONFLICT),
    EDITION_PAST(Category.CONFLICT),
    NO_SUCH_INDICATOR(Category.CONFLICT),
    INDICATOR_DERIVED(Category.CONFLICT),
    NEGATIVE_VALUE(Category.CONFLICT),
    ACTIVITY_STATUS(Category.CONFLICT),

    // The record's sources.
    DISAGREEMENT_RESOLVED(Category.CONFLICT),
    NO_SUCH_VERSION(Category.CONFLICT),

    // Documents.
    NO_SUCH_RECORD(Category.CONFLICT),
    NO_SUCH_DOCUMENT(Category.CONFLICT),
    RECORD_ERASED(Category.CONFLICT),

    // Operations.
    REBUILD_RUNNING(Category.CONFLICT),
    REBUILD_NOT_COMPLETED(Category.CONFLICT),
    REBUILD_SUPERSEDED(Category.CONFLICT),
    IDEMPOTENCY_KEY_REUSED(Category.UNPROCESSABLE);

    /** What kind of refusal it is; the web layer gives each category its status code. */
    public enum Category {
        /** The caller may not do this (403). */
        FORBIDDEN,
        /** The record's state does not allow it now (409). */
        CONFLICT,
        /** The request contradicts an earlier one it claims to repeat (422). */
        UNPROCESSABLE,
        /** Too many refused attempts; not recorded any more (429). */
        TOO_MANY_REQUESTS
    }

    private static final Map<String, Refusal> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Refusal::code, Function.identity()));

    private final Category category;
    private final String code;

    Refusal(Category category) {
        this.category = category;
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Category category() {
        return category;
    }

    /** The refusal's name in messages and records: {@code ballot-closed}. */
    public String code() {
        return code;
    }

    /** The refusal a recorded code names. */
    public static Refusal ofCode(String code) {
        Refusal refusal = BY_CODE.get(code);
        if (refusal == null) {
            throw new IllegalArgumentException("no refusal is named " + code);
        }
        return refusal;
    }
}
