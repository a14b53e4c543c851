#pragma once

#include "app/session/SessionError.h"
#include "common/Result.h"
#include "crypto/KeyVault.h"

#include <QString>

#include <filesystem>

namespace veldwerk::session {

// The vault directory on disk: key files (crypto::KeyVault), the encrypted database, and the marker of a
// first run in progress. Tells the app which screen to show before any secret is asked for.
class DataDirectory {
public:
    static constexpr const char *DatabaseFileName = "veldwerk.db";
    static constexpr const char *SetupMarkerName = "setup.pending";

    enum class Status {
        NoVault,         // first run: nothing here yet
        Locked,          // key slots and database present: ask for the secret
        Erased,          // crypto-erased after too many failed attempts
        KeysDamaged,     // the key slot file cannot be read
        KeysMissing,     // a database without key slots: unreadable, but not ours to delete
        DatabaseMissing, // key slots without their database
        Unusable,        // the directory path exists but is not a readable directory
    };

    explicit DataDirectory(std::filesystem::path root);
    // Sets the organisation and application names that QStandardPaths and QSettings use, identically in the app
    // and the CLI, so that both find the same vault by default. Call right after creating the application object.
    static void configureApplicationIdentity();
    // QStandardPaths::AppDataLocation, the platform's private per-app directory.
    static std::filesystem::path defaultLocation();

    const std::filesystem::path &root() const { return m_root; }
    std::filesystem::path databasePath() const { return m_root / DatabaseFileName; }
    std::filesystem::path setupMarkerPath() const { return m_root / SetupMarkerName; }
    QString displayPath() const { return QString::fromStdString(m_root.string()); }
    bool databaseExists() const;

    // Reports the state, first finishing the cleanup of a first run that was interrupted (the marker is
    // still there): such a vault never held data, so removing it loses nothing.
    Status inspect(crypto::KeyVault &keys) const;
    // Why the directory is Unusable (an errno value such as ENOTDIR or EACCES), 0 when it is not.
    int unusableReason() const;
    // The error to report for an Unusable directory.
    SessionError unusableError() const;

    // Moves every vault file into a dated subfolder ("apart-gezet-JJJJMMDD-UUMMSS") so that a new vault can be
    // made without destroying what was there. Returns the folder's path.
    Result<QString, SessionError> setAside() const;
    // Removes the database files; only for a vault whose keys are already gone (crypto-erased) or that never
    // finished its first run.
    void removeDatabaseFiles() const;

private:
    std::filesystem::path m_root;
};

} // namespace veldwerk::session
