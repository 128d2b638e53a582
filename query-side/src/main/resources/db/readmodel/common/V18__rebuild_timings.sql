-- How long each step of a rebuild took, as JSON (replay, index build, comparison, promotion), so that the rate of the
-- replay is read apart from the steps around it.
ALTER TABLE read_model_rebuild ADD COLUMN timings VARCHAR(2000);
