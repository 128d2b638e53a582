package org.gsef.governance.kernel.committee;

public enum MeetingFormat {
    ONLINE,
    IN_PERSON
}
