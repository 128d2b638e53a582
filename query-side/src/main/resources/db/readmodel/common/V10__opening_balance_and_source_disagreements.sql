-- Issue #16: the member register's opening balance (members on a day, named or not), and the facts the record's
-- sources give in several versions, with each version's section, until the Secretariat records which holds.
CREATE TABLE member_opening_balance_view (
    register_id VARCHAR(40)              NOT NULL PRIMARY KEY,
    as_of       DATE                     NOT NULL,
    members     INTEGER                  NOT NULL,
    source      VARCHAR(500)             NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE source_disagreement_view (
    disagreement_id UUID                     NOT NULL PRIMARY KEY,
    question        VARCHAR(500)             NOT NULL,
    versions        VARCHAR(8000)            NOT NULL,
    holds           INTEGER,
    reason          VARCHAR(2000),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP WITH TIME ZONE
);

CREATE TABLE source_disagreement_subject_view (
    disagreement_id UUID NOT NULL,
    subject_id      UUID NOT NULL,
    PRIMARY KEY (disagreement_id, subject_id)
);

CREATE INDEX source_disagreement_subject ON source_disagreement_subject_view (subject_id);
