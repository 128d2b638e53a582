-- Keys that seal personal data in events: one per person, outside the event store. Erasing a person deletes the key;
-- the row stays, with erased_at, so the erasure itself is on record.
CREATE TABLE personal_data_key (
    subject_id UUID                     NOT NULL PRIMARY KEY,
    secret     BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at  TIMESTAMP WITH TIME ZONE
);

-- Commands already carried out under a client's Idempotency-Key, with their result, so a retry answers the same.
CREATE TABLE command_idempotency (
    actor_id        VARCHAR(200)             NOT NULL,
    idempotency_key VARCHAR(100)             NOT NULL,
    command_name    VARCHAR(200)             NOT NULL,
    result_type     VARCHAR(300),
    result_json     TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (actor_id, idempotency_key)
);

-- db-scheduler's table, for Axon's persistent deadline manager (ballots that close by themselves).
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
