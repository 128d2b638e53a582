-- Lists and maps that the ballots and meetings read models keep in one column are JSON (written and read by
-- JsonColumns) instead of text joined with commas, '>' or line breaks and split again, which mistook an agenda item
-- with a line break for two. Rows written before are converted.
UPDATE ballot_view SET electorate = CASE WHEN electorate = '' THEN '[]' ELSE '["' || REPLACE(electorate, ',', '","') || '"]' END
 WHERE electorate NOT LIKE '[%';
UPDATE ballot_view SET present = CASE WHEN present = '' THEN '[]' ELSE '["' || REPLACE(present, ',', '","') || '"]' END
 WHERE present NOT LIKE '[%';
UPDATE ballot_view SET recused = CASE WHEN recused = '' THEN '[]' ELSE '["' || REPLACE(recused, ',', '","') || '"]' END
 WHERE recused NOT LIKE '[%';
UPDATE ballot_view SET proxies = CASE WHEN proxies = '' THEN '{}'
       ELSE '{"' || REPLACE(REPLACE(proxies, ',', '","'), '>', '":"') || '"}' END
 WHERE proxies NOT LIKE '{%';
UPDATE meeting_view SET present = CASE WHEN present = '' THEN '[]' ELSE '["' || REPLACE(present, ',', '","') || '"]' END
 WHERE present NOT LIKE '[%';
UPDATE meeting_view SET proxies = CASE WHEN proxies = '' THEN '{}'
       ELSE '{"' || REPLACE(REPLACE(proxies, ',', '","'), '>', '":"') || '"}' END
 WHERE proxies NOT LIKE '{%';
-- Agenda items were joined with line breaks: escape backslashes and quotes, then split at the line breaks.
UPDATE meeting_view SET agenda = CASE WHEN agenda = '' THEN '[]'
       ELSE '["' || REPLACE(REPLACE(REPLACE(agenda, '\', '\\'), '"', '\"'), '
', '","') || '"]' END
 WHERE agenda NOT LIKE '[%';
