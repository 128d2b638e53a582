package org.gsef.governance.query.forum;

/** Where a forum's theme stands: proposed to the Committee, or adopted by its ballot. */
public enum ThemeStatus {
    PROPOSED,
    ADOPTED
}
