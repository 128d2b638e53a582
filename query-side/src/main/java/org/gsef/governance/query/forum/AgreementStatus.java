package org.gsef.governance.query.forum;

/** Where the agreement with the host city stands: drafted, or signed. */
public enum AgreementStatus {
    DRAFTED,
    SIGNED
}
