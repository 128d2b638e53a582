-- International advisors of the Steering Committee; their names stay sealed and are unsealed when read.
CREATE TABLE advisor_view (
    advisor_id      UUID                     NOT NULL PRIMARY KEY,
    name_subject    UUID                     NOT NULL,
    name_ciphertext VARCHAR(20000)           NOT NULL,
    appointed_in    INTEGER                  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
