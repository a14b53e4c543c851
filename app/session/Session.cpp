#include "app/session/Session.h"

#include "app/store/Migrations.h"
#include "crypto/FileIo.h"
#include "crypto/KeyVault.h"

#include <QDateTime>
#include <QUuid>

#include <system_error>

namespace veldwerk::session {

namespace {

Result<store::Database, SessionError> openDatabase(const DataDirectory &dir, const crypto::MasterKey &key, bool create)
{
    const crypto::SecureBuffer dbKey = key.derive(crypto::KeyPurpose::Database);
    auto db = store::Database::open(dir.databasePath(), dbKey.span(), store::Database::Options{create});
    if (!db)
        return fail(SessionError::fromStore(db.error()));
    if (auto migrated = store::migrate(*db); !migrated)
        return fail(SessionError::fromStore(migrated.error()));
    return std::move(db).value();
}

} // namespace

store::AuditActor Session::actor() const
{
    store::AuditActor a;
    // Until enrolment gives the professional an account, the trail names the local profile, or the device.
    a.actor = m_professional.isEmpty() ? QStringLiteral("apparaat:") + m_deviceId : m_professional;
    a.device = m_deviceId;
    a.offline = true;
    return a;
}

Result<void, SessionError> Session::openCases()
{
    auto name = m_db.prepare("SELECT value FROM vault_meta WHERE key = 'professional'");
    if (!name)
        return fail(SessionError::fromStore(name.error()));
    auto row = name->step();
    if (!row)
        return fail(SessionError::fromStore(row.error()));
    if (*row)
        m_professional = QString::fromStdString(name->text(0));
    name = store::Statement();
    auto demo = m_db.prepare("SELECT 1 FROM vault_meta WHERE key = 'demo'");
    if (!demo)
        return fail(SessionError::fromStore(demo.error()));
    auto isDemo = demo->step();
    m_demo = isDemo && *isDemo;
    demo = store::Statement();
    m_cases = std::make_unique<store::CaseStore>(m_db, m_key.derive(crypto::KeyPurpose::AuditMac), actor());
    if (auto loaded = m_cases->load(); !loaded)
        return fail(SessionError::fromStore(loaded.error()));
    return {};
}

Result<void, SessionError> Session::setProfessionalName(const QString &name)
{
    const QString trimmed = name.trimmed().left(200);
    auto s = m_db.prepare("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('professional', ?1)");
    if (!s)
        return fail(SessionError::fromStore(s.error()));
    s->bind(1, trimmed.toStdString());
    if (auto r = s->run(); !r)
        return fail(SessionError::fromStore(r.error()));
    m_professional = trimmed;
    m_cases->audit().setActor(actor());
    return {};
}

Result<void, SessionError> Session::loadOrCreateIdentity()
{
    auto read = m_db.prepare("SELECT value FROM vault_meta WHERE key = 'device_id'");
    if (!read)
        return fail(SessionError::fromStore(read.error()));
    auto row = read->step();
    if (!row)
        return fail(SessionError::fromStore(row.error()));
    if (*row) {
        m_deviceId = QString::fromStdString(read->text(0));
        return {};
    }
    read = store::Statement();

    // The device id names this installation in sync and audit events; it is made once, with the vault.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto tx = m_db.begin();
    if (!tx)
        return fail(SessionError::fromStore(tx.error()));
    auto insert = m_db.prepare("INSERT INTO vault_meta (key, value) VALUES ('device_id', ?1), ('created_at', ?2)");
    if (!insert)
        return fail(SessionError::fromStore(insert.error()));
    insert->bind(1, id.toStdString()).bind(2, now.toStdString());
    if (auto r = insert->run(); !r)
        return fail(SessionError::fromStore(r.error()));
    if (auto r = tx->commit(); !r)
        return fail(SessionError::fromStore(r.error()));
    m_deviceId = id;
    return {};
}

std::optional<SessionError> Session::checkNewSecret(crypto::KeyStore &keyStore, std::span<const unsigned char> secret)
{
    const crypto::SecretKind kind = keyStore.available() ? crypto::SecretKind::Pin : crypto::SecretKind::Passphrase;
    const auto problem = crypto::checkSecret(kind, secret);
    if (problem == crypto::SecretProblem::None)
        return std::nullopt;
    crypto::VaultError e = crypto::VaultError::make(crypto::VaultError::Code::SecretRejected);
    e.secretProblem = problem;
    return SessionError::fromVault(e, kind == crypto::SecretKind::Pin);
}

Result<std::unique_ptr<Session>, SessionError> Session::create(const DataDirectory &dir, crypto::KeyStore &keyStore,
                                                               std::span<const unsigned char> secret,
                                                               crypto::CostProfile profile, std::uint16_t maxFailures)
{
    crypto::KeyVault keys(dir.root(), keyStore);
    const bool pin = keys.secretKind() == crypto::SecretKind::Pin;
    if (auto rejected = checkNewSecret(keyStore, secret))
        return fail(std::move(*rejected));

    switch (dir.inspect(keys)) {
    case DataDirectory::Status::NoVault:
        break;
    case DataDirectory::Status::Erased:
        // The keys are gone, so the old database is noise; it makes way for the new vault.
        dir.removeDatabaseFiles();
        break;
    case DataDirectory::Status::Unusable:
        return fail(dir.unusableError());
    case DataDirectory::Status::Locked:
    case DataDirectory::Status::KeysDamaged:
    case DataDirectory::Status::KeysMissing:
    case DataDirectory::Status::DatabaseMissing:
        return fail(SessionError::fromVault(crypto::VaultError::make(crypto::VaultError::Code::AlreadyExists), pin));
    }

    if (auto made = crypto::ensurePrivateDirectory(dir.root()); !made)
        return fail(SessionError::fromVault(made.error(), pin));
    if (auto marked = crypto::writeFileAtomically(dir.setupMarkerPath(), {}); !marked)
        return fail(SessionError::fromVault(marked.error(), pin));

    auto undo = [&] {
        keys.removeKeyFiles();
        dir.removeDatabaseFiles();
        std::error_code ec;
        std::filesystem::remove(dir.setupMarkerPath(), ec);
    };

    auto key = keys.create(secret, profile, maxFailures);
    if (!key) {
        undo();
        return fail(SessionError::fromVault(key.error(), pin));
    }
    auto db = openDatabase(dir, *key, true);
    if (!db) {
        undo();
        return fail(db.error());
    }
    std::unique_ptr<Session> session(new Session(dir, std::move(key).value(), std::move(db).value()));
    if (auto identity = session->loadOrCreateIdentity(); !identity) {
        session.reset();
        undo();
        return fail(identity.error());
    }
    if (auto cases = session->openCases(); !cases) {
        session.reset();
        undo();
        return fail(cases.error());
    }

    // The vault is complete only now; removing the marker is the commit point of the first run.
    std::error_code ec;
    if (!std::filesystem::remove(dir.setupMarkerPath(), ec) || ec) {
        const int err = ec ? ec.value() : ENOENT;
        session.reset();
        undo();
        return fail(
            SessionError::fromVault(crypto::VaultError::io(err, dir.setupMarkerPath().string(), "remove"), pin));
    }
    if (auto synced = crypto::syncDirectory(dir.root()); !synced) {
        session.reset();
        undo();
        return fail(SessionError::fromVault(synced.error(), pin));
    }
    return session;
}

Result<std::unique_ptr<Session>, SessionError> Session::open(const DataDirectory &dir, crypto::KeyStore &keyStore,
                                                             std::span<const unsigned char> secret)
{
    crypto::KeyVault keys(dir.root(), keyStore);
    const bool pin = keys.secretKind() == crypto::SecretKind::Pin;
    switch (dir.inspect(keys)) {
    case DataDirectory::Status::Locked:
        break;
    case DataDirectory::Status::NoVault:
        return fail(SessionError::make(SessionError::Kind::NoVault, dir.displayPath()));
    case DataDirectory::Status::DatabaseMissing:
        return fail(SessionError::make(SessionError::Kind::DatabaseMissing, dir.displayPath()));
    case DataDirectory::Status::Unusable:
        return fail(dir.unusableError());
    case DataDirectory::Status::KeysMissing:
        return fail(SessionError::fromVault(crypto::VaultError::make(crypto::VaultError::Code::NoVault), pin));
    case DataDirectory::Status::Erased:
        return fail(SessionError::fromVault(crypto::VaultError::make(crypto::VaultError::Code::Erased), pin));
    case DataDirectory::Status::KeysDamaged: {
        auto slots = keys.readSlotFile();
        return fail(SessionError::fromVault(
            slots ? crypto::VaultError::make(crypto::VaultError::Code::SlotDamaged) : slots.error(), pin));
    }
    }

    auto key = keys.unlock(secret);
    if (!key)
        return fail(SessionError::fromVault(key.error(), pin));
    auto db = openDatabase(dir, *key, false);
    if (!db)
        return fail(db.error());
    std::unique_ptr<Session> session(new Session(dir, std::move(key).value(), std::move(db).value()));
    if (auto identity = session->loadOrCreateIdentity(); !identity)
        return fail(identity.error());
    if (auto cases = session->openCases(); !cases)
        return fail(cases.error());
    return session;
}

Result<std::vector<QString>, SessionError> Session::verify()
{
    auto problems = m_db.integrityCheck();
    if (!problems)
        return fail(SessionError::fromStore(problems.error()));
    std::vector<QString> out;
    for (const std::string &p : *problems)
        out.push_back(QString::fromStdString(p));
    if (!out.empty())
        return out; // a damaged database cannot vouch for its audit trail
    auto chain = m_cases->audit().verify();
    if (!chain)
        return fail(SessionError::fromStore(chain.error()));
    if (!chain->intact)
        out.push_back(QStringLiteral("audit trail: ") + chain->problem);
    return out;
}

} // namespace veldwerk::session
