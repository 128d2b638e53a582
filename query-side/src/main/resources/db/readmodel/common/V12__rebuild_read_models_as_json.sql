-- The read models a rebuild names are kept as a JSON array of processor names, written and read by one type, instead
-- of text joined with commas and split again.
UPDATE read_model_rebuild SET read_models = '["' || REPLACE(read_models, ',', '","') || '"]'
 WHERE read_models NOT LIKE '[%';
