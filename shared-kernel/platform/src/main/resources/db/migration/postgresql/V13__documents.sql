-- Documents (issue #20). The content of each document version, outside the event store (whose events record its
-- SHA-256, size, media type and sealed name): stored in chunks, so that nothing ever holds a whole file in memory,
-- and encrypted chunk by chunk with its data subject's key when it carries personal data. A content row is written
-- in the same transaction as its chunks, last: a content without it was never completed, and no event names it.
CREATE TABLE document_content (
    content_id    UUID                     NOT NULL PRIMARY KEY,
    chunks        INTEGER                  NOT NULL,
    stored_bytes  BIGINT                   NOT NULL,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document_chunk (
    content_id  UUID    NOT NULL,
    chunk_no    INTEGER NOT NULL,
    bytes       BYTEA   NOT NULL,
    PRIMARY KEY (content_id, chunk_no)
);

-- The command side's index of the versions attached to each record, written in the same transaction as the event
-- that attaches them: operational state, from which a ballot records the dossier versions open when it opens and when
-- each vote is cast. The events remain the record; this table can be rebuilt from them.
CREATE TABLE document_attachment (
    document_id  UUID                     NOT NULL,
    version      INTEGER                  NOT NULL,
    record_kind  VARCHAR(20)              NOT NULL,
    record_id    UUID                     NOT NULL,
    record_part  VARCHAR(80),
    sha256       CHAR(64)                 NOT NULL,
    attached_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (document_id, version)
);

CREATE INDEX document_attachment_record ON document_attachment (record_id, record_kind);
