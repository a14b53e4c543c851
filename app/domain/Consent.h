#pragma once

#include <QDate>
#include <QString>

namespace veldwerk::domain {

// A toestemming: what the family agreed to, given by whom and when, and when (if) it was withdrawn.
struct Consent {
    QString id;
    QString familyId;
    QString purpose;     // codes::consent_purpose
    QString party;       // the named party for "gegevens_delen"
    QString givenById;   // a caregiver (or a child of 12+) of the family, or empty
    QString givenByName; // when the person is not recorded as a member, or to add a role
    QDate givenOn;
    QDate withdrawnOn;
    QString notes;

    // In force on `day`: given on or before it and not withdrawn by then.
    bool inForceOn(const QDate &day) const
    {
        return givenOn.isValid() && givenOn <= day && (!withdrawnOn.isValid() || withdrawnOn > day);
    }
};

} // namespace veldwerk::domain
