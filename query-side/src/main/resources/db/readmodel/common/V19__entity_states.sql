-- Issue #21: time travel's periodic states (an entity's fields after every 500th of its events), kept so that the
-- first question about a long-lived entity after a start folds at most 500 events. Derived from the event store, under
-- the upcasters named in `basis`; safe to empty at any time. A state holds what the entity's events hold: personal
-- data only as it is sealed in them (SealedPersonalData), never in plain form.
CREATE TABLE entity_state_memo (
    entity_id   VARCHAR(255)             NOT NULL,
    version     BIGINT                   NOT NULL,
    basis       VARCHAR(1000)            NOT NULL,
    entity_type VARCHAR(255)             NOT NULL,
    event_type  VARCHAR(255)             NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    state       TEXT                     NOT NULL,
    PRIMARY KEY (entity_id, version)
);
