-- EXPERIMENT, not the app's schema (app/store/Schema.cpp is): covering-indices.sql, but replacing the indices that
-- become redundant instead of adding to them, so that every write maintains as many indices as today. Each new
-- index starts with the columns of the one it replaces, so every query that used the old one can use the new one
-- (Export's "WHERE family_id = ?" included), and the visit timeline and a visit's notes keep their order from it.
-- Tried with  bench_caseload --dir COPY --experiment-sql tests/bench/experiments/replace-indices.sql
-- (applied before the generation, so the generation time shows the write cost too).
DROP INDEX IF EXISTS family_by_name;
DROP INDEX IF EXISTS child_by_family;
DROP INDEX IF EXISTS caregiver_by_family;
DROP INDEX IF EXISTS trajectory_by_family;
DROP INDEX IF EXISTS visit_by_family;
DROP INDEX IF EXISTS observation_by_visit;
CREATE INDEX IF NOT EXISTS family_caseload ON family (deleted, display_name COLLATE NOCASE, id, area);
CREATE INDEX IF NOT EXISTS child_by_family_live ON child (family_id, deleted, name);
CREATE INDEX IF NOT EXISTS caregiver_by_family_live ON caregiver (family_id, deleted, name);
CREATE INDEX IF NOT EXISTS trajectory_by_family_live ON trajectory (family_id, deleted, status, product);
CREATE INDEX IF NOT EXISTS visit_by_family_live ON visit (family_id, deleted, planned_start, status);
CREATE INDEX IF NOT EXISTS observation_by_visit_live ON observation (visit_id, deleted, recorded_at);
