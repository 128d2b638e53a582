package org.gsef.governance.kernel.membership;

/** What kind of organisation a member or applicant is. */
public enum OrganisationKind {
    LOCAL_GOVERNMENT,
    LOCAL_SSE_NETWORK,
    NATIONAL_SSE_NETWORK,
    INTERNATIONAL_OR_REGIONAL_NETWORK
}
