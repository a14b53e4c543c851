#pragma once

// The synthetic caseload of the scale benchmark: thousands of invented families with their children, caregivers,
// trajectories, consents, visits and observation notes, written through the ordinary repositories so that every
// row carries real HLC stamps, validation and audit events, exactly as if professionals had typed them in.
// Deterministic for a seed (names, dates, texts and ids); only the stamps and audit times follow the clock.

#include "app/store/CaseStore.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <cstdint>
#include <map>
#include <string>

namespace veldwerk::bench {

struct CaseloadShape {
    int families = 2000;
    int visits = 20000;        // spread over -365..+30 days
    int visitsToday = 40;      // of which on today, so Vandaag has a realistic list
    int observations = 100000; // exactly this many, all on visits held before today
    std::uint64_t seed = 20240613;
    QDate today;
    QDateTime now;
    QTimeZone zone; // the zone "today" and the visit times are local to
};

struct GeneratedCaseload {
    std::map<std::string, long long> counts; // records written, by table
    QStringList familyIds;                   // in the order they were created
    // Seconds spent in each kind of repository call, to see where generation time goes.
    std::map<std::string, double> secondsByKind;
};

// Writes the caseload into `cases` inside the caller's transaction (one outer transaction around all of it
// makes every repository's own transaction a savepoint, so 150,000 records cost one commit, not 150,000 fsyncs).
Result<GeneratedCaseload, QString> generateCaseload(store::CaseStore &cases, const CaseloadShape &shape);

} // namespace veldwerk::bench
