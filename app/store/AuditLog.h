#pragma once

#include "app/domain/AuditEvent.h"
#include "app/store/Database.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QList>
#include <QString>

namespace veldwerk::store {

// Who is acting, for every audit event (NEN 7513: who, on whose behalf, from which device, offline or not).
struct AuditActor {
    QString actor;      // the professional; until enrolment names a user, the device's local profile
    QString onBehalfOf; // empty when acting for oneself
    QString device;
    bool offline = true; // no sync connection exists yet, so every event happens offline
};

// The audit trail in the vault database: append-only (triggers refuse UPDATE and DELETE), hash-chained so that a
// removed or altered event is found, and MAC'ed with the audit sub-key of the master key. Events are appended by
// the code that makes the change, inside the same transaction, so a change and its event exist together or not
// at all. `detail` names what changed (fields), never client content.
class AuditLog {
public:
    static constexpr int HashBytes = 32;
    static constexpr int MacBytes = 16;

    AuditLog(Database &db, crypto::SecureBuffer macKey, AuditActor actor);

    const AuditActor &actor() const { return m_actor; }
    void setActor(AuditActor actor) { m_actor = std::move(actor); }

    // Appends one event. Must run inside a write transaction (Database::begin).
    Result<void, StoreError> append(const QString &action, const QString &entity, const QString &entityId,
                                    const QString &familyId, const QString &detail = {});

    struct Verification {
        qint64 events = 0;
        bool intact = true;
        qint64 brokenAtSeq = 0; // first event that does not fit the chain, 0 when intact
        QString problem;        // technical description for `vault verify`
    };
    // Walks the whole chain: every hash recomputed, every link to the previous event and every MAC checked, and the
    // last event compared with the chain head kept beside it (so removing the newest events is found too).
    Result<Verification, StoreError> verify();

    Result<QList<domain::AuditEvent>, StoreError> forFamily(const QString &familyId, int limit);
    Result<QList<domain::AuditEvent>, StoreError> all();
    Result<QList<domain::AuditEvent>, StoreError> forFamilyExport(const QString &familyId);

    // The canonical bytes an event's hash covers (format version 1). Public for the tests and for the server's
    // verification, which must compute the same bytes.
    static QByteArray canonical(const domain::AuditEvent &event);
    static QByteArray chainHash(const QByteArray &prevHash, const domain::AuditEvent &event);

private:
    QByteArray mac(const QByteArray &hash) const;
    Result<QList<domain::AuditEvent>, StoreError> select(const char *where, const QString &arg, int limit);

    Database &m_db;
    crypto::SecureBuffer m_macKey;
    AuditActor m_actor;
};

} // namespace veldwerk::store
