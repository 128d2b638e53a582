-- Private calendar feed addresses (issue #19): at most one per user, kept as the SHA-256 of the secret the address
-- carries (never the secret), with the language the feed speaks and the roles the user held when it was made, one row
-- each. Operational, not a projection: a rebuild leaves it alone; revoking an address deletes its row.
CREATE TABLE calendar_feed (
    user_id    VARCHAR(255)             NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64)              NOT NULL UNIQUE,
    language   VARCHAR(10)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE calendar_feed_role (
    user_id VARCHAR(255) NOT NULL REFERENCES calendar_feed (user_id) ON DELETE CASCADE,
    role    VARCHAR(40)  NOT NULL,
    PRIMARY KEY (user_id, role)
);
