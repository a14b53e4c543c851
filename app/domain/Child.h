#pragma once

#include <QDate>
#include <QString>

namespace veldwerk::domain {

// A kind. The target group starts at −9 months (seed 000, VoorZorg), so a child may be expected rather than born:
// exactly one of the two dates is set.
struct Child {
    QString id;
    QString familyId;
    QString name;
    QDate birthDate;
    QDate expectedBirthDate;
    QString notes;

    bool unborn() const { return !birthDate.isValid() && expectedBirthDate.isValid(); }
};

} // namespace veldwerk::domain
