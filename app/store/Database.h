#pragma once

#include "app/store/StoreError.h"
#include "common/Result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace veldwerk::store {

class Database;

// A prepared statement. Bind parameters are 1-based as in SQLite; columns are 0-based.
class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bindBlob(int index, std::span<const unsigned char> bytes);
    Statement &bindNull(int index);

    // Advances to the next row: true when a row is there, false when done.
    Result<bool, StoreError> step();
    // Runs a statement that returns no rows (or whose rows are not needed) to completion.
    Result<void, StoreError> run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::vector<unsigned char> blob(int column) const;
    int columnCount() const;
    std::string columnName(int column) const;
    // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL of the current row's value.
    int columnType(int column) const;

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }
    void noteBindResult(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0; // first failed bind, reported by step()
};

// A write transaction (BEGIN IMMEDIATE, so the write lock is taken up front and a busy database is reported
// at the start rather than half-way). Rolls back when destroyed without commit(). Transactions nest: an inner
// one is a savepoint, so a repository's "one edit, one transaction" also composes into a larger unit (loading a
// whole demo caseload, applying a sync batch) that commits or rolls back as one.
class Transaction {
public:
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();
    Result<void, StoreError> commit();

private:
    friend class Database;
    Transaction(Database *db, int depth)
        : m_db(db)
        , m_depth(depth)
    {
    }
    void rollback();
    Database *m_db;
    int m_depth; // 1: the outer transaction; more: a savepoint inside it
};

// The one connection to the encrypted database (DESIGN §5). Opened with a raw 256-bit key: no passphrase KDF
// runs inside SQLCipher, the key comes from the device master key.
class Database {
public:
    struct Options {
        bool create = true; // create the file when missing
    };

    // Opens (or creates) the database, keys it, refuses a SQLite without encryption, verifies the key by
    // reading the schema, and sets the pragmas of DESIGN §5. Does not migrate.
    static Result<Database, StoreError> open(const std::filesystem::path &path, std::span<const unsigned char> rawKey,
                                             Options options);
    static Result<Database, StoreError> open(const std::filesystem::path &path, std::span<const unsigned char> rawKey)
    {
        return open(path, rawKey, Options{});
    }

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    Result<Statement, StoreError> prepare(std::string_view sql);
    // Runs one or more statements without results (schema, pragmas).
    Result<void, StoreError> exec(std::string_view sql);
    Result<Transaction, StoreError> begin();

    Result<int, StoreError> userVersion();
    Result<std::string, StoreError> cipherVersion();
    Result<std::string, StoreError> pragmaText(std::string_view pragma);
    // PRAGMA integrity_check: an empty list when the database is sound. A page that fails its HMAC makes the
    // check itself fail with Corrupt, which is reported as such rather than crashing.
    Result<std::vector<std::string>, StoreError> integrityCheck();
    std::int64_t changes() const;
    const std::filesystem::path &path() const { return m_path; }

    StoreError lastError(int rc) const;

private:
    Database(sqlite3 *db, std::filesystem::path path)
        : m_db(db)
        , m_path(std::move(path))
    {
    }
    void close();

    friend class Transaction;
    sqlite3 *m_db = nullptr;
    std::filesystem::path m_path;
    int m_depth = 0; // open transactions, outermost first
};

} // namespace veldwerk::store
