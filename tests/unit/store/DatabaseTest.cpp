#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "app/store/Database.h"
#include "app/store/Migrations.h"
#include "app/store/WipingAllocator.h"

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>

using namespace veldwerk;
using namespace veldwerk::store;
using veldwerk::test::TempDir;

namespace {

std::array<unsigned char, 32> keyOf(unsigned char fill)
{
    std::array<unsigned char, 32> key{};
    key.fill(fill);
    return key;
}

// Runs a command, returning its exit status and everything it printed.
std::pair<int, std::string> shell(const std::string &command)
{
    std::string output;
    FILE *pipe = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 512> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe))
        output += buffer.data();
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

constexpr std::string_view Canary = "KANARIE-7f3a9c-observatie";

Database openOrFail(const std::filesystem::path &path, unsigned char fill = 0x11)
{
    auto db = Database::open(path, keyOf(fill));
    if (!db)
        FAIL("open failed: " << db.error().message);
    return std::move(db).value();
}

void fillWithCanaries(Database &db, int rows)
{
    REQUIRE(db.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
    auto tx = db.begin();
    REQUIRE(tx);
    auto insert = db.prepare("INSERT INTO note (body) VALUES (?1)");
    REQUIRE(insert);
    for (int i = 0; i < rows; ++i) {
        insert->reset();
        insert->bind(1, std::string(Canary) + " " + std::to_string(i) + std::string(200, 'x'));
        REQUIRE(insert->run());
    }
    REQUIRE(tx->commit());
}

} // namespace

TEST_CASE("the database is encrypted: plain sqlite3 cannot read it and no text is visible", "[store]")
{
    TempDir dir;
    const auto path = dir / "veldwerk.db";
    {
        Database db = openOrFail(path);
        auto version = db.cipherVersion();
        REQUIRE(version);
        CHECK_FALSE(version->empty());
        fillWithCanaries(db, 50);
    }
    const auto bytes = test::readFile(path);
    REQUIRE(bytes.size() > 4096);
    CHECK(std::string_view(reinterpret_cast<const char *>(bytes.data()), 15) != "SQLite format 3");
    CHECK_FALSE(test::treeContains(dir.path(), Canary));

    const auto [status, output] = shell("sqlite3 '" + path.string() + "' 'SELECT count(*) FROM sqlite_master;'");
    CHECK(status != 0);
    CHECK(output.find("not a database") != std::string::npos);

    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("a wrong key gives a clear error, not garbage", "[store]")
{
    TempDir dir;
    const auto path = dir / "veldwerk.db";
    {
        Database db = openOrFail(path, 0x11);
        fillWithCanaries(db, 3);
    }
    auto wrong = Database::open(path, keyOf(0x22));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == StoreError::Code::WrongKeyOrNotDatabase);
    // And the right key still works: a failed open changed nothing.
    Database right = openOrFail(path, 0x11);
    auto count = right.prepare("SELECT count(*) FROM note");
    REQUIRE(count);
    REQUIRE(*count->step());
    CHECK(count->int64(0) == 3);
}

TEST_CASE("a key of the wrong size and a missing file are refused", "[store]")
{
    TempDir dir;
    const std::array<unsigned char, 16> shortKey{};
    CHECK(Database::open(dir / "a.db", shortKey).error().code == StoreError::Code::Misuse);
    auto missing = Database::open(dir / "absent.db", keyOf(1), Database::Options{false});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == StoreError::Code::CantOpen);
    CHECK_FALSE(std::filesystem::exists(dir / "absent.db"));
}

TEST_CASE("the pragmas of DESIGN §5 are in force", "[store]")
{
    TempDir dir;
    Database db = openOrFail(dir / "veldwerk.db");
    CHECK(*db.pragmaText("journal_mode") == "wal");
    CHECK(*db.pragmaText("synchronous") == "2"); // FULL
    CHECK(*db.pragmaText("foreign_keys") == "1");
    CHECK(*db.pragmaText("temp_store") == "2"); // MEMORY
    CHECK(*db.pragmaText("secure_delete") == "1");
    CHECK(*db.pragmaText("cipher_page_size") == "4096");
    CHECK(*db.pragmaText("cache_size") == "-32768"); // 32 MiB of decrypted pages, see docs/decisions.md
}

TEST_CASE("SQLite's memory goes through the wiping allocator", "[store]")
{
    TempDir dir;
    Database db = openOrFail(dir / "veldwerk.db");
    REQUIRE(wipingAllocatorActive());

    // The allocator keeps SQLite's contract: sizes are reported and realloc keeps the contents, growing or not.
    auto *block = static_cast<unsigned char *>(sqlite3_malloc(40));
    REQUIRE(block);
    CHECK(sqlite3_msize(block) == 40);
    for (int i = 0; i < 40; ++i)
        block[i] = static_cast<unsigned char>(i);
    block = static_cast<unsigned char *>(sqlite3_realloc(block, 4000));
    REQUIRE(block);
    CHECK(sqlite3_msize(block) == 4000);
    bool kept = true;
    for (int i = 0; i < 40; ++i)
        kept = kept && block[i] == i;
    CHECK(kept);
    block = static_cast<unsigned char *>(sqlite3_realloc(block, 8));
    REQUIRE(block);
    CHECK(block[7] == 7);
    sqlite3_free(block);
}

TEST_CASE("statements bind and read every type", "[store]")
{
    TempDir dir;
    Database db = openOrFail(dir / "veldwerk.db");
    REQUIRE(db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)"));
    auto insert = db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)");
    REQUIRE(insert);
    const std::vector<unsigned char> blob = {0, 1, 2, 0, 255};
    const std::string text = "Gezin Ümit \xe2\x80\x8f\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xf0\x9f\x91\xb6"; // RTL, emoji
    insert->bind(1, std::int64_t{1} << 40).bind(2, 2.5).bind(3, text).bindBlob(4, blob).bindNull(5);
    REQUIRE(insert->run());
    CHECK(db.changes() == 1);

    auto select = db.prepare("SELECT i, r, s, b, n FROM t");
    REQUIRE(select);
    REQUIRE(*select->step());
    CHECK(select->int64(0) == (std::int64_t{1} << 40));
    CHECK(select->real(1) == 2.5);
    CHECK(select->text(2) == text);
    CHECK(select->blob(3) == blob);
    CHECK(select->isNull(4));
    CHECK_FALSE(*select->step());

    SECTION("an empty blob stays a blob")
    {
        auto e = db.prepare("SELECT typeof(?1)");
        e->bindBlob(1, {});
        REQUIRE(*e->step());
        CHECK(e->text(0) == "blob");
    }
    SECTION("a bad statement is an error, not a crash")
    {
        auto bad = db.prepare("SELEKT nonsense");
        REQUIRE_FALSE(bad);
        CHECK(bad.error().code == StoreError::Code::Other);
        auto range = db.prepare("SELECT ?1");
        range->bind(5, 1);
        CHECK(range->step().error().code == StoreError::Code::Misuse);
    }
}

TEST_CASE("a transaction commits all or nothing", "[store]")
{
    TempDir dir;
    Database db = openOrFail(dir / "veldwerk.db");
    REQUIRE(db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)"));
    auto count = [&] {
        auto s = db.prepare("SELECT count(*) FROM t");
        REQUIRE(*s->step());
        return s->int64(0);
    };
    {
        auto tx = db.begin();
        REQUIRE(tx);
        REQUIRE(db.exec("INSERT INTO t (v) VALUES ('a')"));
        // no commit: destroyed, rolled back
    }
    CHECK(count() == 0);
    {
        auto tx = db.begin();
        REQUIRE(db.exec("INSERT INTO t (v) VALUES ('a')"));
        auto dup = db.exec("INSERT INTO t (v) VALUES ('a')");
        REQUIRE_FALSE(dup);
        CHECK(dup.error().code == StoreError::Code::Constraint);
        REQUIRE(tx->commit());
    }
    CHECK(count() == 1);
}

TEST_CASE("migrations bring an empty file to the latest schema, once", "[store][migrations]")
{
    TempDir dir;
    Database db = openOrFail(dir / "veldwerk.db");
    CHECK(*db.userVersion() == 0);
    auto migrated = migrate(db);
    REQUIRE(migrated);
    CHECK(*migrated == latestSchemaVersion());
    CHECK(*db.userVersion() == latestSchemaVersion());
    auto tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'vault_meta'");
    REQUIRE(*tables->step());
    CHECK(tables->int64(0) == 1);
    // Running again is a no-op.
    REQUIRE(migrate(db));
    CHECK(*db.userVersion() == latestSchemaVersion());
}

TEST_CASE("a failing migration leaves the database as it was", "[store][migrations]")
{
    TempDir dir;
    Database db = openOrFail(dir / "veldwerk.db");
    const std::array<Migration, 3> steps = {{
        {1, "one", "CREATE TABLE a (x)"},
        {2, "two", "CREATE TABLE b (x)"},
        {3, "broken", "CREATE TABLE a (x)"}, // already exists
    }};
    auto r = migrate(db, steps);
    REQUIRE_FALSE(r);
    CHECK(*db.userVersion() == 0);
    auto tables = db.prepare("SELECT count(*) FROM sqlite_master");
    REQUIRE(*tables->step());
    CHECK(tables->int64(0) == 0);
}

TEST_CASE("a database newer than the program is refused and untouched", "[store][migrations]")
{
    TempDir dir;
    const auto path = dir / "veldwerk.db";
    {
        Database db = openOrFail(path);
        REQUIRE(db.exec("PRAGMA user_version = 999"));
    }
    Database db = openOrFail(path);
    auto r = migrate(db);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == StoreError::Code::TooNew);
    CHECK(*db.userVersion() == 999);
}

TEST_CASE("a corrupted page is reported by the integrity check, not a crash", "[store]")
{
    TempDir dir;
    const auto path = dir / "veldwerk.db";
    {
        Database db = openOrFail(path);
        fillWithCanaries(db, 200);
        auto problems = db.integrityCheck();
        REQUIRE(problems);
        CHECK(problems->empty());
    }
    auto bytes = test::readFile(path);
    REQUIRE(bytes.size() > 5 * 4096);

    SECTION("a data page")
    {
        bytes[3 * 4096 + 700] ^= 0x40;
        test::writeFile(path, bytes);
        auto db = Database::open(path, keyOf(0x11));
        REQUIRE(db); // page 1 is intact
        auto problems = db->integrityCheck();
        if (problems) {
            CHECK_FALSE(problems->empty());
        } else {
            CHECK(problems.error().code == StoreError::Code::Corrupt);
        }
        // Reading the damaged rows fails cleanly as well.
        auto all = db->prepare("SELECT body FROM note");
        REQUIRE(all);
        bool failed = false;
        for (;;) {
            auto row = all->step();
            if (!row) {
                failed = true;
                CHECK(row.error().code == StoreError::Code::Corrupt);
                break;
            }
            if (!*row)
                break;
        }
        CHECK(failed);
    }
    SECTION("the first page")
    {
        bytes[100] ^= 0x01;
        test::writeFile(path, bytes);
        auto db = Database::open(path, keyOf(0x11));
        REQUIRE_FALSE(db);
        CHECK(db.error().code == StoreError::Code::WrongKeyOrNotDatabase);
    }
}

TEST_CASE("transactions nest as savepoints and roll back together", "[store]")
{
    TempDir dir;
    Database db = openOrFail(dir / "veldwerk.db");
    REQUIRE(db.exec("CREATE TABLE t (v TEXT)"));
    auto count = [&] {
        auto s = db.prepare("SELECT count(*) FROM t");
        REQUIRE(*s->step());
        return s->int64(0);
    };
    SECTION("an inner commit is undone by an outer rollback")
    {
        {
            auto outer = db.begin();
            REQUIRE(outer);
            {
                auto inner = db.begin();
                REQUIRE(inner);
                REQUIRE(db.exec("INSERT INTO t VALUES ('a')"));
                REQUIRE(inner->commit());
            }
            CHECK(count() == 1);
        } // outer rolled back
        CHECK(count() == 0);
    }
    SECTION("an inner rollback keeps what the outer did")
    {
        auto outer = db.begin();
        REQUIRE(db.exec("INSERT INTO t VALUES ('a')"));
        {
            auto inner = db.begin();
            REQUIRE(db.exec("INSERT INTO t VALUES ('b')"));
        } // inner rolled back
        REQUIRE(outer->commit());
        CHECK(count() == 1);
    }
    SECTION("the outer cannot commit while an inner one is open")
    {
        auto outer = db.begin();
        auto inner = db.begin();
        CHECK(outer->commit().error().code == StoreError::Code::Misuse);
        REQUIRE(inner->commit());
        REQUIRE(outer->commit());
    }
}
