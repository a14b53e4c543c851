#pragma once

// The read queries behind the screens, in one place, so that the repositories run them and the scale benchmark
// runs exactly the same text against plain SQLite as its baseline (tests/bench). Parameters are numbered; every
// query skips tombstones. Changing a query here changes what the benchmark measures, which is the point.

namespace veldwerk::store::queries {

#define VELDWERK_CASELOAD_SELECT                                                                                       \
    "SELECT f.id, f.display_name, f.area,"                                                                             \
    " (SELECT count(*) FROM child c WHERE c.family_id = f.id AND c.deleted = 0),"                                      \
    " (SELECT group_concat(t.product, '|') FROM trajectory t"                                                          \
    "   WHERE t.family_id = f.id AND t.deleted = 0 AND t.status IN ('aangemeld', 'lopend')),"                          \
    " (SELECT min(v.planned_start) FROM visit v WHERE v.family_id = f.id AND v.deleted = 0"                            \
    "   AND v.status IN ('gepland', 'bezig') AND v.planned_start >= ?1)"                                               \
    " FROM family f WHERE f.deleted = 0"
#define VELDWERK_CASELOAD_ORDER " ORDER BY f.display_name COLLATE NOCASE, f.id"

// The whole caseload, alphabetical. ?1: now (ISO UTC), for the next planned visit.
inline constexpr const char *Caseload = VELDWERK_CASELOAD_SELECT VELDWERK_CASELOAD_ORDER;
// The caseload filtered by a LIKE pattern (?2, with '\' as escape) on family, area, child and caregiver names.
inline constexpr const char *CaseloadSearch = VELDWERK_CASELOAD_SELECT
    " AND (f.display_name LIKE ?2 ESCAPE '\\' OR f.area LIKE ?2 ESCAPE '\\'"
    " OR EXISTS (SELECT 1 FROM child c WHERE c.family_id = f.id AND c.deleted = 0 AND c.name LIKE ?2 ESCAPE '\\')"
    " OR EXISTS (SELECT 1 FROM caregiver p WHERE p.family_id = f.id AND p.deleted = 0 AND p.name LIKE ?2 ESCAPE "
    "'\\'))" VELDWERK_CASELOAD_ORDER;

inline constexpr const char *FamilyById =
    "SELECT id, display_name, address, area, notes FROM family WHERE id = ?1 AND deleted = 0";

// Oldest first, the unborn last: the order in which a professional names the children of a family.
inline constexpr const char *ChildrenOfFamily =
    "SELECT id, family_id, name, birth_date, expected_birth_date, notes FROM child"
    " WHERE family_id = ?1 AND deleted = 0 ORDER BY coalesce(birth_date, expected_birth_date), name";

inline constexpr const char *CaregiversOfFamily = "SELECT id, family_id, name, role, role_other, phone FROM caregiver"
                                                  " WHERE family_id = ?1 AND deleted = 0 ORDER BY created_at, name";

// Running first, then registered, then closed; newest start first within each.
inline constexpr const char *TrajectoriesOfFamily =
    "SELECT id, family_id, product, product_other, framework, start_date, planned_end_date, goals, responsible, status"
    " FROM trajectory WHERE family_id = ?1 AND deleted = 0"
    " ORDER BY CASE status WHEN 'lopend' THEN 0 WHEN 'aangemeld' THEN 1 ELSE 2 END, start_date DESC";

// In force first, then by date given, newest first.
inline constexpr const char *ConsentsOfFamily =
    "SELECT id, family_id, purpose, party, given_by_id, given_by_name, given_on, withdrawn_on, notes"
    " FROM consent WHERE family_id = ?1 AND deleted = 0"
    " ORDER BY withdrawn_on IS NOT NULL, given_on DESC, created_at DESC";

#define VELDWERK_VISIT_LIST_SELECT                                                                                     \
    "SELECT v.id, v.trajectory_id, v.family_id, v.kind, v.status, v.planned_start, v.planned_end, v.held_start,"       \
    " v.held_end, v.location, v.present, v.present_other, f.display_name, t.product,"                                  \
    " (SELECT count(*) FROM observation o WHERE o.visit_id = v.id AND o.deleted = 0)"                                  \
    " FROM visit v JOIN family f ON f.id = v.family_id JOIN trajectory t ON t.id = v.trajectory_id"                    \
    " WHERE v.deleted = 0 AND "

// Vandaag: the visits planned between ?1 and ?2 (the local day's bounds in UTC), earliest first.
inline constexpr const char *VisitsBetween = VELDWERK_VISIT_LIST_SELECT
    "v.planned_start >= ?1 AND v.planned_start < ?2 ORDER BY v.planned_start, f.display_name COLLATE NOCASE";
// A family's timeline, newest first.
inline constexpr const char *VisitsOfFamily =
    VELDWERK_VISIT_LIST_SELECT "v.family_id = ?1 ORDER BY v.planned_start DESC";
inline constexpr const char *VisitsOfTrajectory =
    VELDWERK_VISIT_LIST_SELECT "v.trajectory_id = ?1 ORDER BY v.planned_start DESC";

inline constexpr const char *ObservationsOfVisit =
    "SELECT id, visit_id, family_id, recorded_at, text, about_id, tags FROM observation"
    " WHERE visit_id = ?1 AND deleted = 0 ORDER BY recorded_at, created_at";

#undef VELDWERK_CASELOAD_SELECT
#undef VELDWERK_CASELOAD_ORDER
#undef VELDWERK_VISIT_LIST_SELECT

} // namespace veldwerk::store::queries
