-- EXPERIMENT, not the app's schema (app/store/Schema.cpp is): covering indices for the caseload list, the caseload
-- search and the visit lists, tried on a copy of the benchmark's databases with
--   bench_caseload --dir COPY --reuse --experiment-sql tests/bench/experiments/covering-indices.sql
--   bench_caseload_plain --dir COPY --experiment-sql tests/bench/experiments/covering-indices.sql
-- Every correlated subquery of Caseload / CaseloadSearch and the note count of the visit lists filter on
-- `deleted = 0` and read a column or two; with these they are answered from index pages alone instead of one
-- table row (a random page, which SQLCipher must decrypt when it is not in the page cache) per child, caregiver,
-- trajectory, visit or note. `deleted` is a column rather than a partial-index WHERE: SQLite 3.15 (SQLCipher
-- 3.4.1) counts an index as covering only when it holds every column the query names, `deleted` included.
CREATE INDEX IF NOT EXISTS family_caseload ON family (deleted, display_name COLLATE NOCASE, id, area);
CREATE INDEX IF NOT EXISTS child_by_family_live ON child (family_id, deleted, name);
CREATE INDEX IF NOT EXISTS caregiver_by_family_live ON caregiver (family_id, deleted, name);
CREATE INDEX IF NOT EXISTS trajectory_by_family_live ON trajectory (family_id, deleted, status, product);
CREATE INDEX IF NOT EXISTS visit_by_family_live ON visit (family_id, deleted, planned_start, status);
CREATE INDEX IF NOT EXISTS observation_by_visit_live ON observation (visit_id, deleted);
