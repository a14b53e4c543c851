#pragma once

#include <QDate>
#include <QString>

namespace veldwerk::domain {

// A traject: one product for one family, with its goals, its dates and the professional responsible.
struct Trajectory {
    QString id;
    QString familyId;
    QString product;      // codes::product
    QString productOther; // when product is "anders"
    QString framework;    // codes::framework (kader)
    QDate start;
    QDate plannedEnd;
    QString goals;
    QString responsible;
    QString status; // codes::trajectory_status
};

// The weekly evaluation of an Ouderschapsdiagnostiek trajectory (seed 000: "heldere doelen en frequente
// (wekelijkse) evaluaties").
struct WeeklyEvaluation {
    QString id;
    QString trajectoryId;
    QString familyId;
    QDate weekStart;
    QString goals;
    QString progress;
    QString safety;
    QString adjustments;
    QString nextSteps;
};

} // namespace veldwerk::domain
