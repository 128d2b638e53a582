-- Signed statements of the hash chain's head, taken regularly and before every export. The signature covers
-- 'gsef-checkpoint', chain_seq, global_index, chain_hash and taken_at, one a line, with the checkpoint key.
CREATE TABLE audit_checkpoint (
    chain_seq       BIGINT        NOT NULL PRIMARY KEY,
    global_index    BIGINT        NOT NULL,
    chain_hash      VARCHAR(64)   NOT NULL,
    taken_at        VARCHAR(40)   NOT NULL,
    key_fingerprint VARCHAR(64)   NOT NULL,
    signature       VARCHAR(1024) NOT NULL
);
