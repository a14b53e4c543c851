#pragma once

#include <QByteArray>
#include <QString>

namespace veldwerk::domain {

// One entry of the audit trail (DESIGN §8, NEN 7513): what happened, when, to which client's data, by whom, on
// whose behalf, from which device, and whether offline. `detail` names fields, never their contents.
struct AuditEvent {
    qint64 seq = 0;
    QString id;
    QString at; // ISO 8601 UTC with milliseconds
    QString actor;
    QString onBehalfOf;
    QString device;
    bool offline = true;
    QString action; // create, update, delete, view, export
    QString entity; // family, child, caregiver, trajectory, weekly_evaluation, visit, observation, consent, caseload
    QString entityId;
    QString familyId;
    QString detail;
    QByteArray prevHash;
    QByteArray hash;
};

} // namespace veldwerk::domain
