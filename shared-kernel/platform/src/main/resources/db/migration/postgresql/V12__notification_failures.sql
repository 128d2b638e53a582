-- Events the notifications processor failed to decide on (issue #19): one row per event, with the error, so that a
-- poison event is recorded for operators and skipped, and the processor goes on telling about every other event.
-- Operational state, like the outbox: a replay that fails on the same event again replaces its row.
CREATE TABLE notification_failure (
    event_id    VARCHAR(120)             NOT NULL PRIMARY KEY,
    event_type  VARCHAR(500)             NOT NULL,
    error       VARCHAR(4000)            NOT NULL,
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
