#include "app/store/Database.h"

#include "app/store/WipingAllocator.h"
#include "crypto/SecureBuffer.h"

// Debian's SQLCipher declares sqlite3_key() only under SQLITE_HAS_CODEC. Using the function (rather than a
// "PRAGMA key" string) also makes linking against a plain SQLite fail at build time instead of silently
// writing plaintext (DESIGN §12).
#define SQLITE_HAS_CODEC 1
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <system_error>
#include <unistd.h>

namespace veldwerk::store {

StoreError StoreError::fromSqlite(int extendedCode, std::string message)
{
    StoreError e;
    e.sqliteCode = extendedCode;
    e.message = std::move(message);
    switch (extendedCode & 0xff) {
    case SQLITE_NOTADB:
        e.code = Code::WrongKeyOrNotDatabase;
        break;
    case SQLITE_CORRUPT:
        e.code = Code::Corrupt;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        e.code = Code::Busy;
        break;
    case SQLITE_CONSTRAINT:
        e.code = Code::Constraint;
        break;
    case SQLITE_FULL:
        e.code = Code::Full;
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        e.code = Code::ReadOnly;
        break;
    case SQLITE_CANTOPEN:
        e.code = Code::CantOpen;
        break;
    case SQLITE_IOERR:
        e.code = Code::Io;
        break;
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
    case SQLITE_MISMATCH:
        e.code = Code::Misuse;
        break;
    default:
        e.code = Code::Other;
        break;
    }
    return e;
}

const char *toString(StoreError::Code code)
{
    switch (code) {
    case StoreError::Code::NotSqlCipher:
        return "not-sqlcipher";
    case StoreError::Code::WrongKeyOrNotDatabase:
        return "wrong-key-or-not-database";
    case StoreError::Code::Corrupt:
        return "corrupt";
    case StoreError::Code::Busy:
        return "busy";
    case StoreError::Code::Constraint:
        return "constraint";
    case StoreError::Code::Full:
        return "full";
    case StoreError::Code::ReadOnly:
        return "read-only";
    case StoreError::Code::CantOpen:
        return "cant-open";
    case StoreError::Code::Io:
        return "io";
    case StoreError::Code::TooNew:
        return "too-new";
    case StoreError::Code::NotFound:
        return "not-found";
    case StoreError::Code::Misuse:
        return "misuse";
    case StoreError::Code::Other:
        return "other";
    }
    return "other";
}

// ---- Statement -------------------------------------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_bindError(other.m_bindError)
{
    other.m_stmt = nullptr;
    other.m_db = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_bindError = other.m_bindError;
        other.m_stmt = nullptr;
        other.m_db = nullptr;
    }
    return *this;
}

void Statement::noteBindResult(int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0)
        m_bindError = rc;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    noteBindResult(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    noteBindResult(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    noteBindResult(sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement &Statement::bindBlob(int index, std::span<const unsigned char> bytes)
{
    // A zero-length blob must stay a blob, not become NULL: give SQLite a valid pointer.
    static const unsigned char empty = 0;
    noteBindResult(
        sqlite3_bind_blob64(m_stmt, index, bytes.empty() ? &empty : bytes.data(), bytes.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    noteBindResult(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool, StoreError> Statement::step()
{
    if (!m_stmt)
        return fail(StoreError::make(StoreError::Code::Misuse, "step on an empty statement"));
    if (m_bindError != 0)
        return fail(StoreError::fromSqlite(m_bindError, sqlite3_errstr(m_bindError)));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int extended = sqlite3_extended_errcode(m_db);
    StoreError error = StoreError::fromSqlite(extended ? extended : rc, sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    return fail(std::move(error));
}

Result<void, StoreError> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_bindError = 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto *p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char *>(p), static_cast<std::size_t>(n)) : std::string();
}

std::vector<unsigned char> Statement::blob(int column) const
{
    const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::vector<unsigned char>(p, p + n) : std::vector<unsigned char>();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

std::string Statement::columnName(int column) const
{
    const char *name = sqlite3_column_name(m_stmt, column);
    return name ? name : "";
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

// ---- Transaction -----------------------------------------------------------------------------------------

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
{
    other.m_db = nullptr;
}

Transaction::~Transaction()
{
    if (m_db)
        rollback();
}

void Transaction::rollback()
{
    if (m_depth == 1) {
        (void)m_db->exec("ROLLBACK");
    } else {
        const std::string name = "sp" + std::to_string(m_depth);
        (void)m_db->exec("ROLLBACK TO " + name);
        (void)m_db->exec("RELEASE " + name);
    }
    m_db->m_depth = m_depth - 1;
    m_db = nullptr;
}

Result<void, StoreError> Transaction::commit()
{
    if (!m_db)
        return fail(StoreError::make(StoreError::Code::Misuse, "transaction already finished"));
    if (m_db->m_depth != m_depth)
        return fail(StoreError::make(StoreError::Code::Misuse, "an inner transaction is still open"));
    auto result = m_depth == 1 ? m_db->exec("COMMIT") : m_db->exec("RELEASE sp" + std::to_string(m_depth));
    if (result) {
        m_db->m_depth = m_depth - 1;
        m_db = nullptr; // on failure the destructor still rolls back
    }
    return result;
}

// ---- Database --------------------------------------------------------------------------------------------

Database::Database(Database &&other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
    , m_depth(other.m_depth)
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_depth = other.m_depth;
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db) {
        // sqlite3_close_v2 defers the close until unfinalised statements go; SQLCipher wipes its key
        // material when the codec is freed.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

StoreError Database::lastError(int rc) const
{
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : rc;
    return StoreError::fromSqlite(extended ? extended : rc, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
}

Result<Database, StoreError> Database::open(const std::filesystem::path &path, std::span<const unsigned char> rawKey,
                                            Options options)
{
    if (rawKey.size() != 32)
        return fail(StoreError::make(StoreError::Code::Misuse, "the database key must be 32 bytes"));
    if (!installWipingAllocator())
        return fail(StoreError::make(StoreError::Code::Misuse,
                                     "SQLite was initialised before the vault: its memory would not be wiped"));
    std::error_code ec;
    if (!options.create && !std::filesystem::exists(path, ec))
        return fail(StoreError::make(StoreError::Code::CantOpen, "database file missing"));

    if (options.create && !std::filesystem::exists(path, ec)) {
        // SQLite creates files 0644; the -wal and -shm files copy the database's mode. Creating the file
        // ourselves makes all three owner-only, whatever the directory's permissions are.
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST) {
            const int err = errno;
            const auto code = (err == ENOSPC || err == EDQUOT)                  ? StoreError::Code::Full
                              : (err == EACCES || err == EPERM || err == EROFS) ? StoreError::Code::ReadOnly
                                                                                : StoreError::Code::CantOpen;
            return fail(StoreError::make(code, std::string("cannot create the database file: ") + std::strerror(err)));
        }
        if (fd >= 0)
            ::close(fd);
    }

    sqlite3 *handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
    Database db(handle, path); // owns the handle even when opening failed
    if (rc != SQLITE_OK)
        return fail(db.lastError(rc));
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, 5000);

    {
        // Raw key syntax x'<64 hex>': SQLCipher uses the bytes directly, no PBKDF2 on every open.
        crypto::SecureBuffer keySpec(2 + 64 + 1 + 1);
        keySpec.data()[0] = 'x';
        keySpec.data()[1] = '\'';
        sodium_bin2hex(reinterpret_cast<char *>(keySpec.data() + 2), 65, rawKey.data(), rawKey.size());
        keySpec.data()[66] = '\'';
        const int keyRc = sqlite3_key(handle, keySpec.data(), 67);
        if (keyRc != SQLITE_OK)
            return fail(db.lastError(keyRc));
    }

    // SQLCipher 3 does not record its page size in the file: without this on every open the first read fails
    // exactly like a wrong key (DESIGN §12). 4096 is also SQLCipher 4's default.
    if (auto r = db.exec("PRAGMA cipher_page_size = 4096"); !r)
        return fail(r.error());

    auto version = db.cipherVersion();
    if (!version)
        return fail(version.error());

    // PRAGMA key always "succeeds"; the first read of the schema is what tells a wrong key.
    auto check = db.prepare("SELECT count(*) FROM sqlite_master");
    if (!check)
        return fail(check.error());
    if (auto row = check->step(); !row)
        return fail(row.error());
    check = Statement();

    // cache_size: SQLCipher decrypts and authenticates every page it reads from the file, so a page kept in the cache
    // is much cheaper to read again than in plain SQLite. 32 MiB (SQLite's default is 2 MiB; it is a ceiling, used
    // as pages are read) holds the working set of the screens for a 2,000-family caseload: with the covering indices
    // of schema 3, Vandaag went from 51 to 4 ms and a family page reads no page twice (tests/bench). The decrypted
    // pages live in process memory only while the vault is open and go with the connection.
    static constexpr const char *pragmas = "PRAGMA cache_size = -32768;"
                                           "PRAGMA synchronous = FULL;"
                                           "PRAGMA foreign_keys = ON;"
                                           "PRAGMA temp_store = MEMORY;"
                                           "PRAGMA secure_delete = ON;";
    auto mode = db.pragmaText("journal_mode = WAL");
    if (!mode)
        return fail(mode.error());
    if (*mode != "wal")
        return fail(StoreError::make(StoreError::Code::Io, "WAL journal mode is not available here"));
    if (auto r = db.exec(pragmas); !r)
        return fail(r.error());
    return db;
}

Result<Statement, StoreError> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(lastError(rc));
    return Statement(m_db, stmt);
}

Result<void, StoreError> Database::exec(std::string_view sql)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(lastError(rc));
    return {};
}

Result<Transaction, StoreError> Database::begin()
{
    const int depth = m_depth + 1;
    auto r = depth == 1 ? exec("BEGIN IMMEDIATE") : exec("SAVEPOINT sp" + std::to_string(depth));
    if (!r)
        return fail(r.error());
    m_depth = depth;
    return Transaction(this, depth);
}

Result<std::string, StoreError> Database::pragmaText(std::string_view pragma)
{
    auto stmt = prepare("PRAGMA " + std::string(pragma));
    if (!stmt)
        return fail(stmt.error());
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::string();
    return stmt->text(0);
}

Result<std::string, StoreError> Database::cipherVersion()
{
    auto stmt = prepare("PRAGMA cipher_version");
    if (!stmt)
        return fail(stmt.error());
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    if (!*row || stmt->text(0).empty())
        return fail(StoreError::make(StoreError::Code::NotSqlCipher,
                                     "the linked SQLite library has no encryption (PRAGMA cipher_version is empty)"));
    return stmt->text(0);
}

Result<int, StoreError> Database::userVersion()
{
    auto stmt = prepare("PRAGMA user_version");
    if (!stmt)
        return fail(stmt.error());
    auto row = stmt->step();
    if (!row)
        return fail(row.error());
    return static_cast<int>(stmt->int64(0));
}

Result<std::vector<std::string>, StoreError> Database::integrityCheck()
{
    auto stmt = prepare("PRAGMA integrity_check");
    if (!stmt)
        return fail(stmt.error());
    std::vector<std::string> problems;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        std::string line = stmt->text(0);
        if (line != "ok")
            problems.push_back(std::move(line));
    }
    return problems;
}

std::int64_t Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace veldwerk::store
