#pragma once

#include "app/domain/Caregiver.h"
#include "app/domain/Child.h"
#include "app/domain/Consent.h"
#include "app/domain/Family.h"
#include "app/domain/Trajectory.h"
#include "app/domain/Visit.h"

#include <QDate>
#include <QList>
#include <QString>

namespace veldwerk::domain {

// One thing wrong with a record, named by field so the screen can put the Dutch message next to it.
struct FieldProblem {
    QString field;
    QString message;
};
using Problems = QList<FieldProblem>;

// The rules a record must meet before it is stored. `today` is passed in so that the rules are testable and the
// same on every device. Checks apply to user input; records that arrive by sync are stored as they come.
class Validation {
public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxShortTextLength = 2000;
    // Narrative text (notes, goals, evaluations). Far above any real note; refuses a pasted file.
    static constexpr int MaxTextLength = 1'000'000;

    static Problems check(const Family &family);
    static Problems check(const Child &child, const QDate &today);
    static Problems check(const Caregiver &caregiver);
    static Problems check(const Trajectory &trajectory);
    static Problems check(const WeeklyEvaluation &evaluation);
    static Problems check(const Visit &visit);
    static Problems checkNewObservation(const Observation &observation);
    static Problems checkObservationText(const QString &text);
    static Problems check(const Consent &consent, const QDate &today);
};

} // namespace veldwerk::domain
