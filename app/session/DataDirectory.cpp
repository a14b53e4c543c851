#include "app/session/DataDirectory.h"

#include "crypto/FileIo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStandardPaths>

#include <array>
#include <cerrno>
#include <system_error>

namespace veldwerk::session {

namespace {
// Every file a vault may hold, so that setting aside moves all of them and leaves none behind.
constexpr std::array<const char *, 8> VaultFiles = {
    crypto::KeyVault::SlotFileName,
    crypto::KeyVault::LockoutFileName,
    DataDirectory::DatabaseFileName,
    "veldwerk.db-wal",
    "veldwerk.db-shm",
    DataDirectory::SetupMarkerName,
    "keyslots.vwk.new",
    "lockout.vwl.new",
};
} // namespace

DataDirectory::DataDirectory(std::filesystem::path root)
    : m_root(std::move(root))
{
}

void DataDirectory::configureApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Veldwerk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("veldwerk.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("Veldwerk"));
}

std::filesystem::path DataDirectory::defaultLocation()
{
    return std::filesystem::path(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toStdString());
}

bool DataDirectory::databaseExists() const
{
    std::error_code ec;
    return std::filesystem::exists(databasePath(), ec);
}

void DataDirectory::removeDatabaseFiles() const
{
    for (const char *name : {DatabaseFileName, "veldwerk.db-wal", "veldwerk.db-shm"}) {
        std::error_code ec;
        std::filesystem::remove(m_root / name, ec);
    }
    (void)crypto::syncDirectory(m_root);
}

int DataDirectory::unusableReason() const
{
    std::error_code ec;
    const auto status = std::filesystem::status(m_root, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
        return ec.value();
    if (std::filesystem::exists(status) && !std::filesystem::is_directory(status))
        return ENOTDIR;
    if (std::filesystem::exists(status)) {
        std::filesystem::directory_iterator probe(m_root, ec);
        if (ec)
            return ec.value();
    }
    return 0;
}

SessionError DataDirectory::unusableError() const
{
    SessionError e = SessionError::make(SessionError::Kind::DirectoryUnusable, displayPath());
    e.vault.sysError = unusableReason();
    return e;
}

DataDirectory::Status DataDirectory::inspect(crypto::KeyVault &keys) const
{
    // The directory must be listable; a permission problem would otherwise look like "no vault".
    if (unusableReason() != 0)
        return Status::Unusable;
    std::error_code ec;
    if (!std::filesystem::exists(m_root, ec))
        return Status::NoVault;

    if (std::filesystem::exists(setupMarkerPath(), ec)) {
        keys.removeKeyFiles();
        removeDatabaseFiles();
        std::filesystem::remove(setupMarkerPath(), ec);
        (void)crypto::syncDirectory(m_root);
    }

    switch (keys.state()) {
    case crypto::KeyVault::State::Erased:
        return Status::Erased;
    case crypto::KeyVault::State::Damaged:
        return Status::KeysDamaged;
    case crypto::KeyVault::State::Absent:
        return databaseExists() ? Status::KeysMissing : Status::NoVault;
    case crypto::KeyVault::State::Ready:
        return databaseExists() ? Status::Locked : Status::DatabaseMissing;
    }
    return Status::Unusable;
}

Result<QString, SessionError> DataDirectory::setAside() const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const std::filesystem::path aside = m_root / ("apart-gezet-" + stamp.toStdString());
    std::error_code ec;
    std::filesystem::create_directory(aside, ec);
    if (ec) {
        return fail(SessionError::fromVault(crypto::VaultError::io(ec.value(), aside.string(), "create directory")));
    }
    for (const char *name : VaultFiles) {
        const auto from = m_root / name;
        if (!std::filesystem::exists(from, ec))
            continue;
        std::filesystem::rename(from, aside / name, ec);
        if (ec)
            return fail(SessionError::fromVault(crypto::VaultError::io(ec.value(), from.string(), "rename")));
    }
    (void)crypto::syncDirectory(aside);
    (void)crypto::syncDirectory(m_root);
    return QString::fromStdString(aside.string());
}

} // namespace veldwerk::session
