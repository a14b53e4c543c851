#pragma once

// A connection adapter for CaseWorkload.h over the bare SQLite C API, used the way store::Database uses it
// (prepare_v2, text copied into a std::string, finalize when done), opened with the app's pragmas.
//
// Include exactly one sqlite3.h before this header: <sqlite3.h> in bench_caseload_plain (plain SQLite, the
// baseline), <sqlcipher/sqlite3.h> in bench_caseload (SQLCipher's own engine reading the plaintext copy without a
// key, which separates "older SQLite" from "encryption" in the ratio). The two libraries never meet in one process.
#ifndef SQLITE_OK
#error "include <sqlite3.h> or <sqlcipher/sqlite3.h> before RawConnection.h"
#endif

#include "CaseWorkload.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

namespace veldwerk::bench {

static_assert(SQLITE_INTEGER == caseload::ColumnInteger && SQLITE_NULL == caseload::ColumnNull);

class RawConnection {
public:
    RawConnection(const std::filesystem::path &path, const char *who)
        : m_who(who)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            die(m_who, "cannot open " + path.string() + ": " + (m_db ? sqlite3_errmsg(m_db) : "out of memory"));
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_busy_timeout(m_db, 5000);
        // The pragmas of store::Database::open (DESIGN §5), the page cache size included, so both sides cache alike.
        text("SELECT count(*) FROM sqlite_master");
        if (text("PRAGMA journal_mode = WAL") != "wal")
            die(m_who, "WAL journal mode is not available");
        exec("PRAGMA cache_size = -32768; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA temp_store = "
             "MEMORY;"
             " PRAGMA secure_delete = ON;");
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    [[noreturn]] static void die(const char *who, const std::string &what)
    {
        std::fprintf(stderr, "%s: %s\n", who, what.c_str());
        std::exit(1);
    }

    class Query {
    public:
        Query(const RawConnection &c, sqlite3_stmt *stmt)
            : m_c(c)
            , m_stmt(stmt)
        {
        }
        ~Query() { sqlite3_finalize(m_stmt); }
        Query(Query &&other) noexcept
            : m_c(other.m_c)
            , m_stmt(std::exchange(other.m_stmt, nullptr))
        {
        }
        Query(const Query &) = delete;
        Query &operator=(const Query &) = delete;
        Query &operator=(Query &&) = delete;

        void bind(int index, std::string_view text)
        {
            if (sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8)
                != SQLITE_OK)
                die(m_c.m_who, std::string("bind: ") + sqlite3_errmsg(m_c.m_db));
        }
        bool step()
        {
            const int rc = sqlite3_step(m_stmt);
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                die(m_c.m_who, std::string("step: ") + sqlite3_errmsg(m_c.m_db));
            return rc == SQLITE_ROW;
        }
        int columns() const { return sqlite3_column_count(m_stmt); }
        int type(int column) const { return sqlite3_column_type(m_stmt, column); }
        std::int64_t integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
        std::string text(int column) const
        {
            const auto *p = sqlite3_column_text(m_stmt, column);
            const int n = sqlite3_column_bytes(m_stmt, column);
            return p ? std::string(reinterpret_cast<const char *>(p), static_cast<std::size_t>(n)) : std::string();
        }

    private:
        const RawConnection &m_c;
        sqlite3_stmt *m_stmt;
    };

    Query prepare(std::string_view sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
            die(m_who, "prepare: " + std::string(sqlite3_errmsg(m_db)) + " in " + std::string(sql.substr(0, 80)));
        return Query(*this, stmt);
    }

    // Page-cache misses since the last call (each one a page read from the file).
    long long cacheMisses()
    {
        int current = 0, highwater = 0;
        sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_MISS, &current, &highwater, 1);
        return current;
    }

    // The first column of the first row as text ("" when there is none).
    std::string text(std::string_view sql)
    {
        Query q = prepare(sql);
        return q.step() ? q.text(0) : std::string();
    }

    void exec(const std::string &sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error ? error : "?";
            sqlite3_free(error);
            die(m_who, sql.substr(0, 80) + ": " + message);
        }
    }

private:
    sqlite3 *m_db = nullptr;
    const char *m_who;
};

} // namespace veldwerk::bench
