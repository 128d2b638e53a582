-- The hash chain over the event store: one link per stored event, chained per entity and across the whole store.
-- Written by the audit-chain processor; recomputed from the event store by verification.
CREATE TABLE event_chain (
    chain_seq            BIGINT                   NOT NULL PRIMARY KEY,
    global_index         BIGINT                   NOT NULL,
    event_identifier     VARCHAR(255)             NOT NULL,
    aggregate_identifier VARCHAR(255)             NOT NULL,
    entity_hash          VARCHAR(64)              NOT NULL,
    chain_hash           VARCHAR(64)              NOT NULL,
    chained_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT event_chain_global_index UNIQUE (global_index),
    CONSTRAINT event_chain_event_identifier UNIQUE (event_identifier)
);
CREATE INDEX event_chain_aggregate ON event_chain (aggregate_identifier, chain_seq);
