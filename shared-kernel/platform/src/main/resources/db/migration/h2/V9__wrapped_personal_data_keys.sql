-- H2 flavour of the PostgreSQL migration of the same version.
-- Personal-data keys apart from the data (issue #15). Each person's key is kept wrapped (AES-GCM) under a
-- key-encryption key (KEK) that lives outside the database, named by kek_id; a copy of the database alone decrypts
-- nothing. The keys stored in plain form before this version have no kek_id yet: the application wraps them on its
-- next start, before it serves anything (PersonalDataVault).
--
-- Erasing a person now deletes their key's row; the erasure stays on record in personal_data_erasure, so no new key
-- is ever made for an erased person.
CREATE TABLE personal_data_erasure (
    subject_id UUID                     NOT NULL PRIMARY KEY,
    erased_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO personal_data_erasure (subject_id, erased_at)
SELECT subject_id, COALESCE(erased_at, created_at) FROM personal_data_key WHERE secret IS NULL OR erased_at IS NOT NULL;

DELETE FROM personal_data_key WHERE secret IS NULL OR erased_at IS NOT NULL;

ALTER TABLE personal_data_key RENAME COLUMN secret TO wrapped_key;
ALTER TABLE personal_data_key ALTER COLUMN wrapped_key SET NOT NULL;
ALTER TABLE personal_data_key ADD COLUMN kek_id VARCHAR(64);
ALTER TABLE personal_data_key DROP COLUMN erased_at;
