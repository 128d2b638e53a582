-- Read models of the forum editions and their roadmaps, the program of activities and the strategic plans.
-- Standard SQL that PostgreSQL and H2 both accept.

CREATE TABLE forum_edition_view (
    edition_id          UUID          NOT NULL PRIMARY KEY,
    name                VARCHAR(60)   NOT NULL,
    edition_year        INTEGER,
    city                VARCHAR(120)  NOT NULL,
    country             VARCHAR(2),
    starts_on           DATE,
    ends_on             DATE,
    stage               VARCHAR(20)   NOT NULL,
    theme               VARCHAR(2000),
    theme_status        VARCHAR(20),
    theme_ballot_id     UUID,
    agreement_status    VARCHAR(20),
    agreement_parties   VARCHAR(4000),
    agreement_signed_on DATE,
    agreement_place     VARCHAR(200),
    committee_members   VARCHAR(4000),
    committee_launched_on DATE,
    governance          VARCHAR(10000),
    outcome             VARCHAR(4000)
);

CREATE TABLE preparatory_meeting_view (
    edition_id UUID          NOT NULL,
    held_from  DATE          NOT NULL,
    held_to    DATE          NOT NULL,
    place      VARCHAR(200)  NOT NULL,
    summary    VARCHAR(10000) NOT NULL,
    PRIMARY KEY (edition_id, held_from, place)
);

CREATE TABLE milestone_view (
    edition_id       UUID          NOT NULL,
    milestone        VARCHAR(60)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    owner            VARCHAR(200)  NOT NULL,
    due_on           DATE          NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    progress         INTEGER       NOT NULL,
    note             VARCHAR(2000),
    reschedules      INTEGER       NOT NULL,
    completed_on     DATE,
    PRIMARY KEY (edition_id, milestone)
);

CREATE TABLE activity_view (
    activity_id     UUID          NOT NULL PRIMARY KEY,
    kind            VARCHAR(30)   NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    date_from       DATE          NOT NULL,
    date_to         DATE          NOT NULL,
    month_only      BOOLEAN       NOT NULL,
    to_be_confirmed BOOLEAN       NOT NULL,
    location        VARCHAR(200),
    partners        VARCHAR(4000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    participants    INTEGER,
    outcome         VARCHAR(4000),
    note            VARCHAR(2000)
);
CREATE INDEX activity_view_dates ON activity_view (date_from, kind, status);

CREATE TABLE indicator_view (
    plan_id         UUID          NOT NULL,
    plan_year       INTEGER       NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    direction_code  VARCHAR(20)   NOT NULL,
    direction_title VARCHAR(1000) NOT NULL,
    objective_code  VARCHAR(20)   NOT NULL,
    objective_title VARCHAR(1000) NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    unit            VARCHAR(60)   NOT NULL,
    metric          VARCHAR(40),
    region          VARCHAR(40),
    baseline        DOUBLE PRECISION NOT NULL,
    target          DOUBLE PRECISION NOT NULL,
    starts_on       DATE          NOT NULL,
    deadline        DATE          NOT NULL,
    reported_value  DOUBLE PRECISION,
    reported_as_of  DATE,
    evidence        VARCHAR(2000),
    PRIMARY KEY (plan_id, code)
);
