-- Time travel asks for every entity of a type (the member register and membership growth as of an instant): an index
-- answers that without reading the whole event table.
CREATE INDEX domain_event_entry_type ON domain_event_entry (type, aggregate_identifier);
