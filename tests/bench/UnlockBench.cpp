// bench_unlock: how long unlocking the vault takes, split into the deliberate Argon2id part and everything else
// (key files, lockout writes, SQLCipher open, migrations, device id), and how much memory an unlock needs.
//   bench_unlock --dir WORKDIR [--runs 15] [--warmup 2]
// Prints "name=value" result lines (BenchStats.h); scripts/bench compares them with bench_plain_sqlite.
#include "BenchStats.h"

#include "app/session/DataDirectory.h"
#include "app/session/Session.h"
#include "app/store/Migrations.h"
#include "crypto/KeyVault.h"
#include "crypto/Sodium.h"

#include <sodium.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace veldwerk;
using bench::Clock;

double argon2idInsideMs = 0; // summed by __wrap_crypto_pwhash

constexpr std::string_view Secret = "bench-passphrase-1234";

std::span<const unsigned char> secret()
{
    return {reinterpret_cast<const unsigned char *>(Secret.data()), Secret.size()};
}

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "bench_unlock: %s\n", what.c_str());
    std::exit(1);
}

std::string describe(const session::SessionError &error)
{
    return error.message().toStdString();
}

struct Memory {
    long long rssKib = -1;
    long long hwmKib = -1; // peak RSS since the process started
};

Memory readMemory()
{
    Memory m;
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with("VmRSS:"))
            m.rssKib = std::atoll(line.c_str() + 6);
        else if (line.starts_with("VmHWM:"))
            m.hwmKib = std::atoll(line.c_str() + 6);
    }
    return m;
}

// Creating a vault runs Argon2id too, so it happens in a child process: otherwise VmHWM would already hold the
// 256 MiB of creation before the first unlock is measured, and "before" would tell nothing.
void createVault(const session::DataDirectory &dir)
{
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child < 0)
        die("fork failed");
    if (child == 0) {
        int code = 0;
        {
            crypto::NoKeyStore keyStore;
            auto made = session::Session::create(dir, keyStore, secret(), crypto::CostProfile::Moderate,
                                                 crypto::DefaultMaxFailures);
            if (!made) {
                std::fprintf(stderr, "bench_unlock: creating the vault failed: %s\n", describe(made.error()).c_str());
                code = 1;
            }
        } // the session closes its database here, before the child ends
        _exit(code);
    }
    int status = 0;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        die("creating the vault failed");
}

std::string queryText(store::Database &db, std::string_view sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return "?";
    auto row = stmt->step();
    return row && *row ? stmt->text(0) : "?";
}

void printMemory(std::string_view name, const Memory &m)
{
    bench::result(std::string(name) + "_rss_kib", m.rssKib);
    bench::result(std::string(name) + "_hwm_kib", m.hwmKib);
}

} // namespace

// Argon2id is timed inside the unlock itself: the link redirects libsodium's crypto_pwhash to this function
// (-Wl,--wrap, CMakeLists.txt). Subtracting a separate Argon2id run instead leaves "everything else" at the mercy
// of Argon2id's own spread (tens of ms on a busy machine), which is larger than what is being measured.
extern "C" decltype(crypto_pwhash) __real_crypto_pwhash;
extern "C" int __wrap_crypto_pwhash(unsigned char *const out, unsigned long long outlen, const char *const passwd,
                                    unsigned long long passwdlen, const unsigned char *const salt,
                                    unsigned long long opslimit, size_t memlimit, int alg)
{
    const auto start = Clock::now();
    const int rc = __real_crypto_pwhash(out, outlen, passwd, passwdlen, salt, opslimit, memlimit, alg);
    argon2idInsideMs += bench::millisecondsSince(start);
    return rc;
}

int main(int argc, char **argv)
{
    const std::string work = bench::option(argc, argv, "--dir");
    const int runs = bench::intOption(argc, argv, "--runs", 15);
    const int warmup = bench::intOption(argc, argv, "--warmup", 2);
    if (work.empty() || runs < 1) {
        std::fputs("usage: bench_unlock --dir WORKDIR [--runs 15] [--warmup 2]\n", stderr);
        return 2;
    }
    if (!crypto::initialize())
        die("libsodium could not be initialised");

    const std::filesystem::path root = std::filesystem::absolute(work) / "vault";
    std::error_code ec;
    std::filesystem::remove_all(root, ec); // create() refuses a directory that already holds a vault
    const session::DataDirectory dir(root);
    createVault(dir);
    crypto::NoKeyStore keyStore;

    // The first unlock of a fresh process, as when the app unlocks after a cold start; memory around it.
    const Memory before = readMemory();
    auto firstStart = Clock::now();
    auto first = session::Session::open(dir, keyStore, secret());
    const double firstMs = bench::millisecondsSince(firstStart);
    if (!first)
        die("unlock failed: " + describe(first.error()));
    const Memory unlocked = readMemory();
    const std::string cipherVersion = queryText((*first)->database(), "PRAGMA cipher_version");
    const std::string sqliteVersion = queryText((*first)->database(), "SELECT sqlite_version()");
    first->reset();
    const Memory locked = readMemory();

    // The parts measured on their own: Argon2id with the slot's recorded parameters, and the database open with
    // the key the session derives.
    crypto::KeyVault keys(root, keyStore);
    auto slots = keys.readSlotFile();
    if (!slots || slots->slots.empty())
        die("the key slot file cannot be read");
    const crypto::KeySlot slot = slots->slots.front();
    auto master = keys.unlock(secret());
    if (!master)
        die("KeyVault::unlock failed");
    const crypto::SecureBuffer dbKey = master->derive(crypto::KeyPurpose::Database);

    std::vector<double> total, argon2idInside, other, argon2id, otherPaired, dbOpen;
    for (int i = 0; i < warmup + runs; ++i) {
        argon2idInsideMs = 0;
        auto start = Clock::now();
        auto session = session::Session::open(dir, keyStore, secret());
        const double totalMs = bench::millisecondsSince(start);
        const double insideMs = argon2idInsideMs;
        if (!session)
            die("unlock failed: " + describe(session.error()));
        if (insideMs <= 0)
            die("Argon2id was not seen inside Session::open: is crypto_pwhash still wrapped?");
        session->reset(); // locking is not part of unlocking

        start = Clock::now();
        auto derived = crypto::derivePasswordKey(secret(), slot.salt, slot.params);
        const double argon2idMs = bench::millisecondsSince(start);
        if (!derived)
            die("Argon2id failed");

        start = Clock::now();
        auto db = store::Database::open(dir.databasePath(), dbKey.span(), store::Database::Options{false});
        const bool migrated = db && store::migrate(*db);
        const double dbMs = bench::millisecondsSince(start);
        if (!migrated)
            die("opening the database on its own failed");

        if (i < warmup)
            continue;
        total.push_back(totalMs);
        argon2idInside.push_back(insideMs);
        other.push_back(totalMs - insideMs);
        argon2id.push_back(argon2idMs);
        // The first definition, kept to show how noisy it is next to the one above.
        otherPaired.push_back(totalMs - argon2idMs);
        dbOpen.push_back(dbMs);
    }
    const Memory end = readMemory();

    bench::result("runs", static_cast<long long>(runs));
    bench::result("warmup", static_cast<long long>(warmup));
    bench::result("cost_profile", "moderate");
    bench::result("argon2id_ops_limit", static_cast<long long>(slot.params.opsLimit));
    bench::result("argon2id_mem_mib", static_cast<long long>(slot.params.memLimit >> 20));
    bench::result("sqlcipher_version", cipherVersion);
    bench::result("sqlcipher_sqlite_version", sqliteVersion);
    bench::result("first_unlock_ms", firstMs);
    bench::result("total_ms", bench::summarize(total));
    bench::result("argon2id_in_unlock_ms", bench::summarize(argon2idInside));
    bench::result("other_ms", bench::summarize(other));
    bench::result("argon2id_ms", bench::summarize(argon2id));
    bench::result("other_paired_ms", bench::summarize(otherPaired));
    bench::result("db_open_ms", bench::summarize(dbOpen));
    printMemory("mem_before", before);
    printMemory("mem_unlocked", unlocked);
    printMemory("mem_locked", locked);
    printMemory("mem_end", end);
    return 0;
}
