#pragma once

#include "app/session/DataDirectory.h"
#include "app/session/SessionError.h"
#include "app/store/CaseStore.h"
#include "app/store/Database.h"
#include "common/Result.h"
#include "crypto/KeyStore.h"
#include "crypto/MasterKey.h"
#include "crypto/PasswordHash.h"

#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace veldwerk::session {

// An unlocked vault: the master key in secure memory and the open, migrated database. Destroying the session
// is locking: the database closes (SQLCipher wipes its key) and the master key is wiped.
class Session {
public:
    // First run: makes the master key and its slot, creates and migrates the database. Crash-safe: until the
    // setup marker is removed, an interrupted run is cleaned up at the next start (DataDirectory::inspect).
    static Result<std::unique_ptr<Session>, SessionError> create(const DataDirectory &dir, crypto::KeyStore &keyStore,
                                                                 std::span<const unsigned char> secret,
                                                                 crypto::CostProfile profile,
                                                                 std::uint16_t maxFailures);
    // The rules for a new secret, checked before anything is written (empty optional: acceptable).
    static std::optional<SessionError> checkNewSecret(crypto::KeyStore &keyStore,
                                                      std::span<const unsigned char> secret);

    // Unlocks the key vault (with its lockout) and opens the database, migrating it to the latest schema.
    static Result<std::unique_ptr<Session>, SessionError> open(const DataDirectory &dir, crypto::KeyStore &keyStore,
                                                               std::span<const unsigned char> secret);

    store::Database &database() { return m_db; }
    // The case records of this vault (families, visits, notes, the audit trail).
    store::CaseStore &cases() { return *m_cases; }
    const crypto::MasterKey &masterKey() const { return m_key; }
    const QString &deviceId() const { return m_deviceId; }
    const DataDirectory &directory() const { return m_dir; }

    // The professional's name as it appears in the audit trail and as the default responsible professional.
    // Until enrolment names the user, the device keeps it (set in the settings).
    QString professionalName() const { return m_professional; }
    // A vault filled by `demo seed`: fictional records, shown as such.
    bool isDemo() const { return m_demo; }
    Result<void, SessionError> setProfessionalName(const QString &name);

    // What `vault verify` checks: the database's integrity (every page's HMAC and the b-trees) and the audit
    // trail's hash chain. Returns the problems found, empty when sound.
    Result<std::vector<QString>, SessionError> verify();

private:
    Session(DataDirectory dir, crypto::MasterKey key, store::Database db)
        : m_dir(std::move(dir))
        , m_key(std::move(key))
        , m_db(std::move(db))
    {
    }
    Result<void, SessionError> loadOrCreateIdentity();
    Result<void, SessionError> openCases();
    store::AuditActor actor() const;

    DataDirectory m_dir;
    crypto::MasterKey m_key;
    store::Database m_db;
    QString m_deviceId;
    QString m_professional;
    bool m_demo = false;
    std::unique_ptr<store::CaseStore> m_cases;
};

} // namespace veldwerk::session
