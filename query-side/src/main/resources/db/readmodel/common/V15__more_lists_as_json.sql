-- An activity's partners, a host agreement's parties and a local organizing committee's members are JSON lists
-- (JsonColumns) instead of lines joined and split again. Rows written before are converted: backslashes and quotes
-- escaped, then split at the line breaks.
UPDATE activity_view SET partners = CASE WHEN partners = '' THEN '[]'
       ELSE '["' || REPLACE(REPLACE(REPLACE(partners, '\', '\\'), '"', '\"'), '
', '","') || '"]' END
 WHERE partners NOT LIKE '[%';
UPDATE forum_edition_view SET agreement_parties = CASE WHEN agreement_parties = '' THEN '[]'
       ELSE '["' || REPLACE(REPLACE(REPLACE(agreement_parties, '\', '\\'), '"', '\"'), '
', '","') || '"]' END
 WHERE agreement_parties NOT LIKE '[%';
UPDATE forum_edition_view SET committee_members = CASE WHEN committee_members = '' THEN '[]'
       ELSE '["' || REPLACE(REPLACE(REPLACE(committee_members, '\', '\\'), '"', '\"'), '
', '","') || '"]' END
 WHERE committee_members NOT LIKE '[%';
