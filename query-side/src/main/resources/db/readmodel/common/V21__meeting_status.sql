-- Meetings moved, cancelled, their agenda published (issue #19): the meeting's status (SCHEDULED or CANCELLED), the
-- reason it was moved or cancelled, and when its agenda was last published. A projection column: a rebuild refills it.
ALTER TABLE meeting_view ADD COLUMN status VARCHAR(20) DEFAULT 'SCHEDULED' NOT NULL;
ALTER TABLE meeting_view ADD COLUMN status_reason VARCHAR(2000);
ALTER TABLE meeting_view ADD COLUMN agenda_published_at TIMESTAMP WITH TIME ZONE;
