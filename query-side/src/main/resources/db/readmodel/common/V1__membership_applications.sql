-- Read model of membership applications. Standard SQL that PostgreSQL and H2 both accept.

CREATE TABLE membership_application_view (
    application_id     UUID                     NOT NULL PRIMARY KEY,
    organisation_name  VARCHAR(200)             NOT NULL,
    kind               VARCHAR(40)              NOT NULL,
    country            CHAR(2)                  NOT NULL,
    region             VARCHAR(40)              NOT NULL,
    city               VARCHAR(120),
    preferred_language VARCHAR(10)              NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE,
    decision_rule      VARCHAR(80)
);

CREATE INDEX membership_application_view_status ON membership_application_view (status, submitted_at);

CREATE TABLE admission_vote_view (
    application_id UUID                     NOT NULL REFERENCES membership_application_view (application_id),
    seat           VARCHAR(40)              NOT NULL,
    choice         VARCHAR(10)              NOT NULL,
    cast_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, seat)
);
