-- Issue #14: where a ballot's rule came from, why it ended as it did, cancellations, and the chair's statements of the
-- outcome for the register of decisions (one row per language).
ALTER TABLE ballot_view ADD COLUMN rule_adopted_by UUID;
ALTER TABLE ballot_view ADD COLUMN result_reason VARCHAR(40);
ALTER TABLE ballot_view ADD COLUMN cancel_reason VARCHAR(2000);

CREATE TABLE ballot_statement_view (
    ballot_id   UUID                     NOT NULL,
    language    VARCHAR(10)              NOT NULL,
    statement   VARCHAR(1000)            NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ballot_id, language)
);

CREATE INDEX ballot_view_closed ON ballot_view (status, closed_at);

-- The Committee's standing rules in force, one row per decision type, and the conflicts of interest it has declared.
CREATE TABLE committee_standing_rule_view (
    decision_type          VARCHAR(30)              NOT NULL PRIMARY KEY,
    quorum_rule            VARCHAR(40)              NOT NULL,
    majority_rule          VARCHAR(40)              NOT NULL,
    tie_rule               VARCHAR(40)              NOT NULL,
    minimum_written_period VARCHAR(40)              NOT NULL,
    adopted_by             UUID,
    in_force_since         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE committee_conflict_view (
    seat         VARCHAR(40)              NOT NULL,
    reference_id UUID                     NOT NULL,
    reason       VARCHAR(2000)            NOT NULL,
    declared_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (seat, reference_id)
);
