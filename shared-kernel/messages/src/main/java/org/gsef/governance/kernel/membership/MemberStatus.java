package org.gsef.governance.kernel.membership;

public enum MemberStatus {
    ACTIVE,
    SUSPENDED,
    LEFT
}
