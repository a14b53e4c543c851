#pragma once

// What the app pays beyond the SQL: the same screens through the real repositories (QString conversions, date
// parsing, JSON lists) and, for a family page, the audited read, which is a write transaction with an fsync
// (NEN 7513: every look at a client's record is logged). SQLCipher side only; reported apart from the ratio.

#include "CaseWorkload.h"
#include "CipherConnection.h"

#include "app/store/CaseStore.h"

#include <QDate>
#include <QTimeZone>

namespace veldwerk::bench {

// Prints "repo_*" result lines. Checks on the way that each repository call returns as many rows as the SQL the
// workload ran (so the workload's LIKE patterns and day bounds are the ones the app uses).
void timeRepositories(store::CaseStore &cases, CipherConnection &db, const caseload::Params &params, const QDate &today,
                      const QTimeZone &zone, int iterations);

} // namespace veldwerk::bench
