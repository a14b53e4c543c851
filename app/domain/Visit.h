#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace veldwerk::domain {

// A bezoek within a trajectory: planned, then held (or cancelled). Times are instants (UTC inside, local on
// screen).
struct Visit {
    QString id;
    QString trajectoryId;
    QString familyId;
    QString kind;   // codes::visit_kind
    QString status; // codes::visit_status
    QDateTime plannedStart;
    QDateTime plannedEnd;
    QDateTime heldStart;
    QDateTime heldEnd;
    QString location;
    QStringList present;  // ids of the family's children and caregivers who were there
    QString presentOther; // anyone else: "oma", "tolk Arabisch"
};

// A timestamped observation note made during a visit, optionally about one child or caregiver.
struct Observation {
    QString id;
    QString visitId;
    QString familyId;
    QDateTime recordedAt;
    QString text;
    QString aboutId; // a child or caregiver of the same family, or empty
    QStringList tags;
};

} // namespace veldwerk::domain
