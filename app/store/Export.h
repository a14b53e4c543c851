#pragma once

#include "app/store/Database.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QString>

namespace veldwerk::store {

// Everything the vault holds about the families, as one JSON object (DESIGN §11): the top-level arrays families,
// children, caregivers, trajectories (each with its weeklyEvaluations), visits, observations, responses, media,
// consents and audit, always present, each object with its id. Every stored column is exported (camelCase),
// tombstoned records included and marked "deleted": an AVG access request must show all that is held, not only
// what the screens show. With a family id, only that family's records and its audit events.
Result<QJsonObject, StoreError> exportRecords(Database &db, const QString &familyId = {});

} // namespace veldwerk::store
