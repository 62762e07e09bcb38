-- The board's stage rules: a stage may require fields before a deal enters it, stored on the stage as a
-- comma-separated list of names (amount, expected_close, decision_maker). The default pipelines' Proposal
-- stages require an amount and an expected close date. Like V2, this changes rows with fixed ids on every
-- device alike, so it is not a captured change.
UPDATE stage SET required_fields = 'amount,expected_close'
    WHERE id IN ('01900000-0000-7000-8000-000000000103', '01900000-0000-7000-8000-000000000202')
      AND required_fields IS NULL;
