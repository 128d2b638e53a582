-- The query-side processes alive on this database, each renewing its row every few seconds, so that they can share
-- the read models' segments fairly (SegmentBalancer).
CREATE TABLE query_node (
    node_id VARCHAR(255)             NOT NULL PRIMARY KEY,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
