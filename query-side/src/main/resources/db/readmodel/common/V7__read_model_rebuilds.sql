-- Rebuilds of read models into the shadow schema: their progress, the position they reached and how the shadow
-- tables compared with the live ones.
CREATE TABLE read_model_rebuild (
    rebuild_id   VARCHAR(36)              NOT NULL PRIMARY KEY,
    read_models  VARCHAR(2000)            NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    requested_by VARCHAR(255),
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    events_done  BIGINT                   NOT NULL,
    events_total BIGINT                   NOT NULL,
    position     BIGINT,
    token        VARCHAR(100000),
    token_type   VARCHAR(255),
    comparison   VARCHAR(100000),
    failure      VARCHAR(2000)
);
CREATE INDEX read_model_rebuild_started ON read_model_rebuild (started_at);
