-- Per-deal facts the dashboard would otherwise derive from the stage history on every recompute (issue 5,
-- decision 0020): how far the deal got in its pipeline (the funnel) and its newest stage change (the open
-- pipeline as it stood at a moment). This device's own derived data: never synced, never in a snapshot, kept by
-- the store in the transaction that writes the deal or its history (store.DealFacts), rebuilt whenever the
-- rows it derives from arrive past the change capture.
--   furthest_level: the highest level among the stages the deal was created in, moved into or is in now: an open
--     stage's position, 1000000 for a won stage, -1 for a lost one.
--   last_move_at, last_move_stage_id: the deal's newest live stage change (the greatest changed_at, ties by id),
--     null without history.
CREATE TABLE deal_fact (
    opportunity_id     UUID PRIMARY KEY,
    furthest_level     INT NOT NULL,
    last_move_at       TIMESTAMP(3) WITH TIME ZONE,
    last_move_stage_id UUID
);

-- [jooq ignore start]
INSERT INTO deal_fact (opportunity_id, furthest_level, last_move_at, last_move_stage_id)
SELECT o.id,
       GREATEST(COALESCE(MAX(CASE WHEN been.kind = 'OPEN' THEN been.position WHEN been.kind = 'WON' THEN 1000000
                                  ELSE -1 END), -1),
                ANY_VALUE(CASE WHEN now.kind = 'OPEN' THEN now.position WHEN now.kind = 'WON' THEN 1000000
                               ELSE -1 END)),
       MAX(sc.changed_at),
       ARRAY_AGG(sc.to_stage_id ORDER BY sc.changed_at DESC, sc.id DESC)[1]
  FROM opportunity o
  JOIN stage now ON now.id = o.stage_id
  LEFT JOIN stage_change sc ON sc.opportunity_id = o.id AND sc.deleted = FALSE
  LEFT JOIN stage been ON been.id = sc.to_stage_id AND been.pipeline_id = o.pipeline_id
 GROUP BY o.id;
-- [jooq ignore stop]
