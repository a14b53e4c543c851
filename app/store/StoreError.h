#pragma once

#include <string>

namespace veldwerk::store {

// What went wrong in the database, typed so that callers can react (retry on Busy, say "disk full" on Full)
// and so that the user sees a Dutch sentence rather than an SQLite code.
struct StoreError {
    enum class Code {
        NotSqlCipher,          // the linked SQLite has no encryption: refuse to run (DESIGN §12)
        WrongKeyOrNotDatabase, // SQLITE_NOTADB after keying: wrong key, or the header page is damaged
        Corrupt,               // SQLITE_CORRUPT: a page failed its HMAC or the b-tree is broken
        Busy,                  // SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock
        Constraint,            // a constraint (unique, foreign key, check) was violated
        Full,                  // SQLITE_FULL: the disk is full
        ReadOnly,              // SQLITE_READONLY: the file or directory cannot be written
        CantOpen,              // SQLITE_CANTOPEN: the file cannot be opened or created
        Io,                    // SQLITE_IOERR and relatives
        TooNew,                // user_version is newer than this program knows
        NotFound,              // the record asked for does not exist (or was deleted)
        Misuse,                // a programming error (wrong column type, statement used after reset)
        Other,
    };

    Code code = Code::Other;
    int sqliteCode = 0;  // extended result code, 0 when not from SQLite
    std::string message; // SQLite's message or ours; never contains client data or keys

    static StoreError fromSqlite(int extendedCode, std::string message);
    static StoreError make(Code code, std::string message) { return {code, 0, std::move(message)}; }
};

const char *toString(StoreError::Code code);

} // namespace veldwerk::store
