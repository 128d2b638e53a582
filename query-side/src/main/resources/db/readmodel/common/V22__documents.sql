-- Documents (issue #20): every document attached to a record, and every version of each with its fingerprint as its
-- event recorded it (SHA-256, size, detected media type), its sealed name and where its content is stored. Versions
-- are only ever added: a document is never overwritten or deleted (erasure of personal data makes its content and
-- name unreadable, and leaves the rows).
CREATE TABLE document_view (
    document_id  UUID                     NOT NULL PRIMARY KEY,
    record_kind  VARCHAR(20)              NOT NULL,
    record_id    UUID                     NOT NULL,
    record_part  VARCHAR(80),
    versions     INTEGER                  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX document_view_record ON document_view (record_id, record_kind);

CREATE TABLE document_version_view (
    document_id      UUID                     NOT NULL,
    version          INTEGER                  NOT NULL,
    name_subject     UUID                     NOT NULL,
    name_ciphertext  VARCHAR(20000)           NOT NULL,
    sha256           CHAR(64)                 NOT NULL,
    size_bytes       BIGINT                   NOT NULL,
    media_type       VARCHAR(192)             NOT NULL,
    content_id       UUID                     NOT NULL,
    encrypted_for    UUID,
    attached_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attached_by      VARCHAR(200),
    PRIMARY KEY (document_id, version)
);
