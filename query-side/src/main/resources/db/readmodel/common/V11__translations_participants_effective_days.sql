-- Issue #16: the French and Spanish of the record's names and titles, one row per record, text and language.
CREATE TABLE translation_view (
    subject_id  UUID          NOT NULL,
    field       VARCHAR(100)  NOT NULL,
    language    VARCHAR(10)   NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (subject_id, field, language)
);

-- Who takes part in a statutory meeting besides the voting seats (advisors, observers, the Secretariat), as JSON.
ALTER TABLE meeting_view ADD COLUMN participants VARCHAR(4000) DEFAULT '[]' NOT NULL;

-- The day a ballot's decision took effect, apart from when its closing was recorded.
ALTER TABLE ballot_view ADD COLUMN effective_on DATE;
