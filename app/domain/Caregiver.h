#pragma once

#include <QString>

namespace veldwerk::domain {

// An ouder/verzorger. Seed 000 calls all of them "ouder": biological, adoptive, (network) foster or step parent.
struct Caregiver {
    QString id;
    QString familyId;
    QString name;
    QString role;      // codes::role
    QString roleOther; // what "anders" means here ("oma, dagelijkse opvang")
    QString phone;
};

} // namespace veldwerk::domain
