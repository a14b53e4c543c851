#pragma once

#include "app/store/CaseError.h"
#include "app/store/StoreError.h"
#include "crypto/VaultError.h"

#include <QString>

namespace veldwerk::session {

// An error while setting up, opening or checking a vault: from the key files, from the database, or from the
// session's own checks. message() is the Dutch sentence (English when that translation is active) that the
// app and the CLI show.
struct SessionError {
    enum class Kind {
        Vault,            // see vault
        Store,            // see store
        SecretMismatch,   // the two entries of a new secret differ
        DatabaseMissing,  // key slots present, database file gone
        NoVault,          // nothing to open in this directory
        DirectoryUnusable // the data directory cannot be created, read or written
    };

    Kind kind = Kind::Vault;
    crypto::VaultError vault;
    store::StoreError store;
    QString path;
    bool pin = false; // word "pincode" instead of "wachtwoord"

    static SessionError fromVault(crypto::VaultError e, bool pin = false)
    {
        SessionError s;
        s.kind = Kind::Vault;
        s.vault = std::move(e);
        s.pin = pin;
        return s;
    }
    static SessionError fromStore(store::StoreError e)
    {
        SessionError s;
        s.kind = Kind::Store;
        s.store = std::move(e);
        return s;
    }
    static SessionError make(Kind kind, QString path = {})
    {
        SessionError s;
        s.kind = kind;
        s.path = std::move(path);
        return s;
    }

    QString message() const;
};

// A refused change to the case records in Dutch: the rule that was broken (one line per field), or the storage
// failure.
QString caseErrorMessage(const store::CaseError &error);

} // namespace veldwerk::session
