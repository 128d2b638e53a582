package org.gsef.governance.kernel.membership;

public enum VoteChoice {
    YES,
    NO,
    ABSTAIN
}
