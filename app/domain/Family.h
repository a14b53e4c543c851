#pragma once

#include <QString>

namespace veldwerk::domain {

// A gezin: the unit a caseload is made of.
struct Family {
    QString id;
    QString displayName; // how professionals name it: "Gezin Bakker"
    QString address;
    QString area; // wijk or place, for planning visits
    QString notes;
};

} // namespace veldwerk::domain
