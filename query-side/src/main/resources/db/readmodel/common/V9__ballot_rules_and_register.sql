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
