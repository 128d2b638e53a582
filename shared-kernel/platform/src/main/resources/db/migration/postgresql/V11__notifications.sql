-- Notifications (issue #19). Operational state, not a read model: a rebuild of the read models never touches it, and
-- the notifications processor, which writes it in the same transaction as its token, never writes a row twice.

-- What was decided to tell whom, one row per event (or reminder, or digest), recipient and channel: EMAIL rows wait
-- for the sender, IN_APP rows are the recipient's inbox. The recipient is an account (user id) or an application's
-- contact person ("application:<id>"); an e-mail address is never stored in plain form: an account's comes from the
-- account configuration when sending, a contact person's is the sealed form, unsealed only to send.
CREATE TABLE notification_outbox (
    id               UUID                     NOT NULL PRIMARY KEY,
    event_id         VARCHAR(120)             NOT NULL,
    recipient        VARCHAR(255)             NOT NULL,
    channel          VARCHAR(16)              NOT NULL,
    kind             VARCHAR(40)              NOT NULL,
    subject_id       VARCHAR(64),
    language         VARCHAR(16)              NOT NULL,
    link             VARCHAR(500)             NOT NULL,
    params           TEXT NOT NULL,
    sealed_subject   UUID,
    sealed_address   TEXT,
    status           VARCHAR(16)              NOT NULL,
    status_reason    VARCHAR(255),
    attempts         INTEGER                  NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    read_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_outbox_once UNIQUE (event_id, recipient, channel)
);
CREATE INDEX notification_outbox_due ON notification_outbox (status, next_attempt_at);
CREATE INDEX notification_outbox_recipient ON notification_outbox (recipient, channel, created_at);

-- E-mails the sender gave up on after its retries, for operators; retried by hand once the cause is mended.
CREATE TABLE notification_dead_letter (
    outbox_id   UUID                     NOT NULL PRIMARY KEY REFERENCES notification_outbox (id),
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INTEGER                  NOT NULL,
    last_error  VARCHAR(1000)
);

-- Each account's choice, per kind of notification: by e-mail too, or in the pages only.
CREATE TABLE notification_preference (
    account  VARCHAR(255) NOT NULL,
    kind     VARCHAR(40)  NOT NULL,
    email    BOOLEAN      NOT NULL,
    PRIMARY KEY (account, kind)
);

-- The language an account chose for its notifications, instead of its configured official language.
CREATE TABLE notification_language (
    account   VARCHAR(255) NOT NULL PRIMARY KEY,
    language  VARCHAR(16)  NOT NULL
);

-- What the notifications processor remembers to decide who is told: each seat's delegate, each ballot's electorate
-- and the seats that voted, each application's sealed contact and language. Rebuilt by a replay of that processor.
CREATE TABLE notification_seat (
    seat      VARCHAR(100) NOT NULL PRIMARY KEY,
    delegate  VARCHAR(255)
);

CREATE TABLE notification_ballot (
    ballot_id      UUID                     NOT NULL PRIMARY KEY,
    decision_type  VARCHAR(40)              NOT NULL,
    reference_id   UUID,
    title          VARCHAR(2000)            NOT NULL,
    closes_at      TIMESTAMP WITH TIME ZONE,
    status         VARCHAR(16)              NOT NULL,
    electorate     TEXT NOT NULL,
    proxies        TEXT NOT NULL
);

CREATE TABLE notification_ballot_vote (
    ballot_id  UUID         NOT NULL,
    seat       VARCHAR(100) NOT NULL,
    PRIMARY KEY (ballot_id, seat)
);

CREATE TABLE notification_application (
    application_id      UUID         NOT NULL PRIMARY KEY,
    organisation_name   VARCHAR(1000) NOT NULL,
    language            VARCHAR(16)  NOT NULL,
    contact_subject     UUID,
    contact_ciphertext  TEXT,
    erased              BOOLEAN      NOT NULL
);

CREATE TABLE notification_meeting (
    meeting_id  UUID         NOT NULL PRIMARY KEY,
    title       VARCHAR(2000) NOT NULL
);
