// bench_plain_sqlite: the baseline for opening the vault database. Does what store::Database::open and
// store::migrate do on an up-to-date database (read the schema, the pragmas of DESIGN §5, check user_version),
// but with plain, unencrypted SQLite: the ratio to bench_unlock's db_open_ms is the price of SQLCipher.
//   bench_plain_sqlite --dir WORKDIR [--runs 15] [--warmup 2]
//
// Links libsqlite3 and nothing of the project's libraries: a process holding both SQLite and SQLCipher silently
// stops encrypting (DESIGN §12). Schema.cpp is compiled in only for its SQL text, so the baseline database has
// the same tables as the vault.
#include "BenchStats.h"

#include "app/store/Migrations.h"

#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

namespace {

using veldwerk::bench::Clock;

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "bench_plain_sqlite: %s\n", what.c_str());
    std::exit(1);
}

void exec(sqlite3 *db, const std::string &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "?";
        sqlite3_free(error);
        die(sql + ": " + message);
    }
}

// The first column of the first row, as text ("" when there is no row).
std::string queryText(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        die(std::string(sql) + ": " + sqlite3_errmsg(db));
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        die(std::string(sql) + ": " + sqlite3_errmsg(db));
    std::string text;
    if (rc == SQLITE_ROW && sqlite3_column_text(stmt, 0))
        text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return text;
}

sqlite3 *openFile(const std::filesystem::path &path, int flags)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        die("cannot open " + path.string() + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
    return db;
}

// The same schema and device row as a fresh vault, in WAL mode.
void createDatabase(const std::filesystem::path &path)
{
    sqlite3 *db = openFile(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "BEGIN IMMEDIATE");
    for (const veldwerk::store::Migration &m : veldwerk::store::schemaMigrations()) {
        exec(db, std::string(m.sql));
        exec(db, "PRAGMA user_version = " + std::to_string(m.version));
    }
    exec(db, "INSERT INTO vault_meta (key, value) VALUES ('device_id', 'bench'), ('created_at', 'bench')");
    exec(db, "COMMIT");
    sqlite3_close_v2(db);
}

// One open as store::Database::open + migrate do it, minus the key: returns when the database is usable.
sqlite3 *openLikeTheVault(const std::filesystem::path &path)
{
    sqlite3 *db = openFile(path, SQLITE_OPEN_READWRITE);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    queryText(db, "SELECT count(*) FROM sqlite_master");
    if (queryText(db, "PRAGMA journal_mode = WAL") != "wal")
        die("WAL journal mode is not available");
    exec(db, "PRAGMA synchronous = FULL;"
             "PRAGMA foreign_keys = ON;"
             "PRAGMA temp_store = MEMORY;"
             "PRAGMA secure_delete = ON;");
    if (queryText(db, "PRAGMA user_version") != std::to_string(veldwerk::store::latestSchemaVersion()))
        die("unexpected user_version");
    return db;
}

} // namespace

int main(int argc, char **argv)
{
    namespace bench = veldwerk::bench;
    const std::string work = bench::option(argc, argv, "--dir");
    const int runs = bench::intOption(argc, argv, "--runs", 15);
    const int warmup = bench::intOption(argc, argv, "--warmup", 2);
    if (work.empty() || runs < 1) {
        std::fputs("usage: bench_plain_sqlite --dir WORKDIR [--runs 15] [--warmup 2]\n", stderr);
        return 2;
    }

    std::filesystem::create_directories(work);
    const std::filesystem::path path = std::filesystem::absolute(work) / "plain.db";
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
    createDatabase(path);

    std::vector<double> open;
    for (int i = 0; i < warmup + runs; ++i) {
        const auto start = Clock::now();
        sqlite3 *db = openLikeTheVault(path);
        const double ms = bench::millisecondsSince(start);
        // Closing is not timed, as in bench_unlock: closing belongs to locking, not to unlocking.
        sqlite3_close_v2(db);
        if (i >= warmup)
            open.push_back(ms);
    }

    bench::result("runs", static_cast<long long>(runs));
    bench::result("warmup", static_cast<long long>(warmup));
    bench::result("sqlite_version", sqlite3_libversion());
    bench::result("open_ms", bench::summarize(open));
    return 0;
}
