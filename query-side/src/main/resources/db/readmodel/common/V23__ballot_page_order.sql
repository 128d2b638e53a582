-- The ballots are read a page at a time, newest opened first, with or without a status (issue #21): an index in that
-- order serves the unfiltered page without sorting every ballot ever opened on each request.
CREATE INDEX ballot_view_opened ON ballot_view (opened_at DESC, ballot_id);
