package org.gsef.governance.kernel.committee;

/** The kinds of decision the Steering Committee takes by ballot; each has its standing rule. */
public enum DecisionType {
    ADMISSION,
    ADVISOR_APPOINTMENT,
    RESOLUTION,
    MINUTES_APPROVAL,
    /** The theme of a forum edition; the ballot's subject names the edition and states the theme as its title. */
    THEME_ADOPTION,
    /** A change of the standing rules themselves, decided under the rule for rule changes. */
    STANDING_RULES_CHANGE
}
