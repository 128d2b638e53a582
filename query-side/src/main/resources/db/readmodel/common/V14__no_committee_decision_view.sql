-- The register of decisions is read from the closed ballots (ballot_view); the table that copied their titles was
-- written and never read.
DROP TABLE committee_decision_view;
