-- The audit trail: every event in the order of the store, with who caused it, on whose behalf, and why.
-- entity_part names the part of the entity an event concerns, when it has parts with histories of their own (a
-- milestone of a forum edition's roadmap).
CREATE TABLE audit_trail (
    global_index   BIGINT                   NOT NULL PRIMARY KEY,
    event_id       VARCHAR(255)             NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    entity_id      VARCHAR(255),
    entity_type    VARCHAR(255),
    entity_version BIGINT,
    entity_part    VARCHAR(255),
    event_type     VARCHAR(255)             NOT NULL,
    content        VARCHAR(1000000)         NOT NULL,
    actor_id       VARCHAR(255),
    actor_roles    VARCHAR(500),
    actor_seat     VARCHAR(100),
    on_behalf_of   VARCHAR(255),
    correlation_id VARCHAR(255),
    causation_id   VARCHAR(255),
    command_name   VARCHAR(255),
    command_id     VARCHAR(255),
    import_source  VARCHAR(500)
);
CREATE INDEX audit_trail_entity ON audit_trail (entity_id, entity_part, global_index);
CREATE INDEX audit_trail_actor ON audit_trail (actor_id, global_index);
CREATE INDEX audit_trail_event_type ON audit_trail (event_type, global_index);
CREATE INDEX audit_trail_occurred_at ON audit_trail (occurred_at);
