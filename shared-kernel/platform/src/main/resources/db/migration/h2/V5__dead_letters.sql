-- Axon's dead-letter queue (JdbcSequencedDeadLetterQueue): an event a read model's projection failed on waits here,
-- with every later event of the same entity behind it, while the projection goes on with all other events. Column
-- names follow DeadLetters.SCHEMA; the cause message holds Axon's truncated message (up to 1024 characters).
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              VARBINARY     NOT NULL,
    meta_data            VARBINARY,
    type                 VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                VARBINARY,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1100),
    diagnostics          VARBINARY,
    CONSTRAINT dead_letter_entry_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_group ON dead_letter_entry (processing_group);
