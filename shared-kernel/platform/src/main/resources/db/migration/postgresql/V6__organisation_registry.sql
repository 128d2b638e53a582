-- One organisation, one membership: every member (active or suspended) and every application in progress holds the
-- key of its organisation (OrganisationKey: its normalised name, country and city) as claim_key. The command side
-- writes it in the transaction of the events it follows, so a second claim of one key, from any process, fails on
-- the primary key. A record the Secretariat stated distinct, or a duplicate the store held before this table, holds
-- its key qualified by its own identifier (claim_key = organisation_key || '|' || record_id).
CREATE TABLE organisation_registry (
    claim_key         VARCHAR(1100) NOT NULL PRIMARY KEY,
    organisation_key  VARCHAR(1000) NOT NULL,
    record_id         UUID          NOT NULL UNIQUE,
    record_kind       VARCHAR(20)   NOT NULL,
    member_status     VARCHAR(20),
    organisation_name VARCHAR(200)  NOT NULL
);
CREATE INDEX organisation_registry_key ON organisation_registry (organisation_key);

-- Whether the registry was filled from the history of the store it was added to: once, before commands are served.
CREATE TABLE organisation_registry_fill (
    id          INT PRIMARY KEY,
    filled_at   TIMESTAMP WITH TIME ZONE,
    events_read BIGINT
);
INSERT INTO organisation_registry_fill (id) VALUES (1);
