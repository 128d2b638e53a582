-- Read models of the full governance rules. Standard SQL that PostgreSQL and H2 both accept.
-- The walking skeleton's application tables are replaced: read models are rebuilt from the event store.

DROP TABLE admission_vote_view;
DROP TABLE membership_application_view;

CREATE TABLE membership_application_view (
    application_id     UUID                     NOT NULL PRIMARY KEY,
    organisation_name  VARCHAR(200)             NOT NULL,
    kind               VARCHAR(40)              NOT NULL,
    country            VARCHAR(2),
    region             VARCHAR(40),
    city               VARCHAR(120),
    preferred_language VARCHAR(10)              NOT NULL,
    sponsor_member_id  UUID,
    contact_subject    UUID,
    contact_ciphertext VARCHAR(20000),
    channel            VARCHAR(20)              NOT NULL,
    status             VARCHAR(30)              NOT NULL,
    note               VARCHAR(2000),
    ballot_id          UUID,
    member_id          UUID,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL
);
CREATE INDEX membership_application_view_status ON membership_application_view (status, submitted_at);

CREATE TABLE ballot_view (
    ballot_id       UUID                     NOT NULL PRIMARY KEY,
    decision_type   VARCHAR(30)              NOT NULL,
    reference_id    UUID,
    title           VARCHAR(2000)            NOT NULL,
    procedure       VARCHAR(20)              NOT NULL,
    meeting_id      UUID,
    closes_at       TIMESTAMP WITH TIME ZONE,
    quorum_rule     VARCHAR(40)              NOT NULL,
    majority_rule   VARCHAR(40)              NOT NULL,
    tie_rule        VARCHAR(40)              NOT NULL,
    electorate      VARCHAR(4000)            NOT NULL,
    present         VARCHAR(4000)            NOT NULL,
    proxies         VARCHAR(4000)            NOT NULL,
    recused         VARCHAR(4000)            NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    outcome         VARCHAR(20),
    yes_votes       INTEGER                  NOT NULL,
    no_votes        INTEGER                  NOT NULL,
    abstentions     INTEGER                  NOT NULL,
    quorum_required INTEGER,
    quorum_reached  INTEGER,
    casting_vote    VARCHAR(10),
    closed_by       VARCHAR(20),
    refused_attempts INTEGER                 NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL
);
CREATE INDEX ballot_view_status ON ballot_view (status, opened_at);

CREATE TABLE ballot_vote_view (
    ballot_id UUID                     NOT NULL,
    seat      VARCHAR(40)              NOT NULL,
    choice    VARCHAR(10)              NOT NULL,
    reason    VARCHAR(2000),
    cast_by   VARCHAR(40)              NOT NULL,
    changes   INTEGER                  NOT NULL,
    cast_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ballot_id, seat)
);

CREATE TABLE member_view (
    member_id          UUID         NOT NULL PRIMARY KEY,
    organisation_name  VARCHAR(200) NOT NULL,
    kind               VARCHAR(40)  NOT NULL,
    country            VARCHAR(2),
    region             VARCHAR(40),
    city               VARCHAR(120),
    preferred_language VARCHAR(10)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    admitted_on        DATE,
    origin             VARCHAR(20)  NOT NULL,
    application_id     UUID,
    ballot_id          UUID,
    source             VARCHAR(500),
    status_reason      VARCHAR(2000),
    status_since       DATE,
    version            BIGINT       NOT NULL
);
CREATE INDEX member_view_status ON member_view (status, region);

CREATE TABLE committee_seat_view (
    seat              VARCHAR(40)  NOT NULL PRIMARY KEY,
    organisation_name VARCHAR(200) NOT NULL,
    member_id         UUID,
    office            VARCHAR(30)  NOT NULL,
    delegate          VARCHAR(200),
    retired           BOOLEAN      NOT NULL
);

CREATE TABLE committee_decision_view (
    ballot_id     UUID                     NOT NULL PRIMARY KEY,
    decision_type VARCHAR(30)              NOT NULL,
    title         VARCHAR(2000)            NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE meeting_view (
    meeting_id          UUID          NOT NULL PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    starts_on           DATE          NOT NULL,
    ends_on             DATE          NOT NULL,
    format              VARCHAR(20)   NOT NULL,
    location            VARCHAR(200)  NOT NULL,
    agenda              VARCHAR(20000) NOT NULL,
    present             VARCHAR(4000) NOT NULL,
    proxies             VARCHAR(4000) NOT NULL,
    minutes             VARCHAR(100000),
    minutes_approved_by UUID
);
