package org.gsef.governance.kernel.membership;

/** Who put the application on record. */
public enum SubmissionChannel {
    /** The Secretariat, on the applicant's behalf. */
    SECRETARIAT,
    /** The applicant's own representative. */
    APPLICANT
}
