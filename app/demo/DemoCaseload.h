#pragma once

#include "app/store/CaseStore.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace veldwerk::demo {

struct DemoSummary {
    int families = 0;
    int children = 0;
    int caregivers = 0;
    int trajectories = 0;
    int visits = 0;
    int observations = 0;
    int evaluations = 0;
    int consents = 0;
    int forms = 0;
};

// Loads the fictional demo caseload (demo-caseload.json, compiled in) into an empty vault through the ordinary
// repositories, so it is stamped, validated and audited like anything a professional enters. Dates in the file
// are relative ("-14d 10:00", "-3y2m"), so the demo always has visits today. Refuses a vault that already holds
// families: demo data never mixes with real records.
class DemoCaseload {
public:
    // The file compiled into the program.
    static QByteArray bundled();
    static Result<DemoSummary, QString> load(store::CaseStore &cases, const QByteArray &json, const QDate &today);
};

} // namespace veldwerk::demo
