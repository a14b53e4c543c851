// bench_caseload: the case records at scale, SQLCipher side. Creates a vault, fills it through the repositories
// with a synthetic caseload (2,000 families, 20,000 visits, 100,000 observation notes), makes a plaintext copy for
// the baseline (bench_caseload_plain), then times the screens' read SQL (Vandaag, caseload search, family page),
// the same SQL on the plaintext copy with SQLCipher's own engine and no key (SQLite 3.15 without encryption: it
// splits the ratio into "older SQLite" and "encryption"), and the same screens through the repositories.
//   bench_caseload --dir WORKDIR [--iterations 200] [--families 2000] [--visits 20000] [--observations 100000]
//                  [--plans FILE] [--reuse] [--experiment-cache-size N] [--experiment-sql FILE]
// Writes WORKDIR/params.txt (what the plain side must repeat) and WORKDIR/plain.db; prints "name=value" lines.
// --reuse measures the vault and copy already in WORKDIR instead of generating them; with the experiment options
// (CaseExperiment.h) it tries a schema or pragma change on a copy of a work directory.
#include <sqlcipher/sqlite3.h> // SQLCipher's C API, for the unkeyed engine run (RawConnection.h)

#include "BenchStats.h"
#include "CaseExperiment.h"
#include "CaseParams.h"
#include "CasePlans.h"
#include "CaseWorkload.h"
#include "CaseloadGenerator.h"
#include "CipherConnection.h"
#include "RawConnection.h"
#include "RepositoryTimings.h"

#include "app/session/Session.h"
#include "app/store/RecordWriter.h"
#include "crypto/KeySlotFile.h"
#include "crypto/Sodium.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

namespace {

using namespace veldwerk;
using bench::Clock;
using bench::dieCipher;

constexpr std::string_view Secret = "bench-passphrase-1234";

std::span<const unsigned char> secret()
{
    return {reinterpret_cast<const unsigned char *>(Secret.data()), Secret.size()};
}

// What a professional types into the caseload search: family names and fragments, children's and parents' first
// names, neighbourhoods, the first one to three letters of a word, and things that match nothing (including LIKE's
// own wildcards, which must be matched literally).
const std::vector<std::string> &searchTerms()
{
    static const std::vector<std::string> terms = {
        "Bakker", "de vries", "Jans",   "van den",     "Yilmaz",     "dijk",   "Emma",     "Noah", "Lotte", "Mohammed",
        "Zoë",    "Esther",   "Mehmet", "Zwolle-Zuid", "stadshagen", "Kampen", "Deventer", "b",    "ba",    "bak",
        "d",      "de",       "v",      "em",          "no",         "k",      "Xylofoon", "qq",   "100%",  "de_x"};
    return terms;
}

long long fileSize(const std::filesystem::path &path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? 0 : static_cast<long long>(size);
}

std::string sqlQuote(const std::string &text)
{
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

// The plaintext copy for the baseline, made by SQLCipher itself so that both sides hold identical rows.
// This writes the synthetic data unencrypted: acceptable only because it is invented data in the build tree's
// benchmark directory, which scripts/bench deletes when it ends. Never do this with a real vault.
void exportPlaintext(bench::CipherConnection &db, const std::filesystem::path &plain,
                     const std::map<std::string, long long> &counts)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(plain.string() + suffix);
    db.exec("ATTACH DATABASE " + sqlQuote(plain.string()) + " AS plaintext KEY ''");
    db.exec("SELECT sqlcipher_export('plaintext')");
    for (const auto &[table, n] : counts) {
        const std::string copied = db.text("SELECT count(*) FROM plaintext." + table);
        if (copied != std::to_string(n))
            dieCipher("the plaintext copy of " + table + " has " + copied + " rows, not " + std::to_string(n));
    }
    db.exec("DETACH DATABASE plaintext");
}

std::map<std::string, long long> countRows(bench::CipherConnection &db)
{
    std::map<std::string, long long> counts;
    for (const std::string &table : bench::caseload::countedTables())
        counts[table] = std::atoll(db.text("SELECT count(*) FROM " + table).c_str());
    return counts;
}

void printDatabase(bench::CipherConnection &db, const std::filesystem::path &path)
{
    bench::result("sqlcipher_version", db.text("PRAGMA cipher_version"));
    bench::result("sqlite_version", db.text("SELECT sqlite_version()"));
    bench::result("page_size", db.text("PRAGMA page_size"));
    bench::result("cache_size", db.text("PRAGMA cache_size"));
    bench::result("page_count", db.text("PRAGMA page_count"));
    bench::result("journal_mode", db.text("PRAGMA journal_mode"));
    bench::result("db_bytes", fileSize(path));
}

struct Generated {
    bench::caseload::Params params;
    QDate today;
    QTimeZone zone;
};

// Creates the vault, generates the caseload in one transaction, checkpoints, exports the plaintext copy. An
// experiment applies before the generation too, so that its cost or gain on every write is measured as well.
Generated generate(const session::DataDirectory &dir, const std::filesystem::path &work,
                   const bench::caseload::Experiment &experiment, int argc, char **argv)
{
    crypto::NoKeyStore keyStore;
    auto session =
        session::Session::create(dir, keyStore, secret(), crypto::CostProfile::Interactive, crypto::DefaultMaxFailures);
    if (!session)
        dieCipher("creating the vault failed: " + session.error().message().toStdString());
    store::CaseStore &cases = (*session)->cases();
    bench::CipherConnection db((*session)->database());
    bench::caseload::applyExperiment(db, experiment, "gen_");

    bench::CaseloadShape shape;
    shape.families = bench::intOption(argc, argv, "--families", shape.families);
    shape.visits = bench::intOption(argc, argv, "--visits", shape.visits);
    shape.observations = bench::intOption(argc, argv, "--observations", shape.observations);
    shape.today = cases.today();
    shape.now = QDateTime::currentDateTimeUtc();
    shape.zone = QTimeZone::systemTimeZone();

    std::fprintf(stderr, "bench_caseload: generating %d families, %d visits, %d observations\n", shape.families,
                 shape.visits, shape.observations);
    const auto start = Clock::now();
    auto tx = (*session)->database().begin();
    if (!tx)
        dieCipher("begin failed");
    auto made = bench::generateCaseload(cases, shape);
    if (!made)
        dieCipher("generating failed: " + made.error().toStdString());
    const auto commitStart = Clock::now();
    if (auto r = tx->commit(); !r)
        dieCipher("commit failed: " + r.error().message);
    const double commitMs = bench::millisecondsSince(commitStart);
    const double generateMs = bench::millisecondsSince(start);

    const auto checkpointStart = Clock::now();
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const double checkpointMs = bench::millisecondsSince(checkpointStart);

    long long records = 0;
    for (const auto &[kind, n] : made->counts) {
        bench::result("gen_" + kind, n);
        bench::result("gen_" + kind + "_seconds", made->secondsByKind[kind]);
        records += n;
    }
    bench::result("gen_records", records);
    bench::result("gen_visits_today", static_cast<long long>(shape.visitsToday));
    bench::result("gen_seconds", generateMs / 1000);
    bench::result("gen_commit_seconds", commitMs / 1000);
    bench::result("gen_checkpoint_seconds", checkpointMs / 1000);
    bench::result("gen_us_per_record", generateMs * 1000 / static_cast<double>(std::max(1LL, records)));

    Generated g;
    g.today = shape.today;
    g.zone = shape.zone;
    bench::caseload::Params &p = g.params;
    p.now = store::instantText(shape.now).toStdString();
    p.dayFrom = store::instantText(QDateTime(shape.today, QTime(0, 0), shape.zone)).toStdString();
    p.dayTo = store::instantText(QDateTime(shape.today.addDays(1), QTime(0, 0), shape.zone)).toStdString();
    p.terms = searchTerms();
    std::vector<std::string> ids;
    for (const QString &id : made->familyIds)
        ids.push_back(id.toStdString());
    std::shuffle(ids.begin(), ids.end(), std::mt19937_64(shape.seed + 1));
    ids.resize(std::min<std::size_t>(ids.size(), 200));
    p.families = ids;
    p.counts = countRows(db);
    bench::result("gen_audit_events", p.counts["audit_event"]);

    const auto exportStart = Clock::now();
    exportPlaintext(db, work / "plain.db", p.counts);
    bench::result("export_seconds", bench::millisecondsSince(exportStart) / 1000);
    bench::result("plain_db_bytes", fileSize(work / "plain.db"));
    bench::result("zone", shape.zone.id().toStdString());
    bench::result("today", store::dateText(shape.today).toStdString());
    return g;
}

// A work directory made earlier: its parameters, and the day they were made for.
Generated reuse(const std::filesystem::path &work)
{
    auto params = bench::caseload::readParams((work / "params.txt").string());
    if (!params)
        dieCipher("--reuse: cannot read " + (work / "params.txt").string());
    Generated g;
    g.params = *params;
    g.zone = QTimeZone::systemTimeZone();
    g.today = store::instantFrom(QString::fromStdString(g.params.dayFrom)).toTimeZone(g.zone).date();
    return g;
}

bool flag(int argc, char **argv, std::string_view name)
{
    for (int i = 1; i < argc; ++i) {
        if (name == argv[i])
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string workOption = bench::option(argc, argv, "--dir");
    const int iterations = bench::intOption(argc, argv, "--iterations", 200);
    const std::string plansPath = bench::option(argc, argv, "--plans");
    const bench::caseload::Experiment experiment{bench::option(argc, argv, "--experiment-cache-size"),
                                                 bench::option(argc, argv, "--experiment-sql")};
    if (workOption.empty() || iterations < 1) {
        std::fputs("usage: bench_caseload --dir WORKDIR [--iterations 200] [--families 2000] [--visits 20000]"
                   " [--observations 100000] [--plans FILE] [--reuse] [--experiment-cache-size N]"
                   " [--experiment-sql FILE]\n",
                   stderr);
        return 2;
    }
    if (!crypto::initialize())
        dieCipher("libsodium could not be initialised");

    const std::filesystem::path work = std::filesystem::absolute(workOption);
    const session::DataDirectory dir(work / "vault");
    Generated g;
    if (flag(argc, argv, "--reuse")) {
        g = reuse(work);
    } else {
        std::error_code ec;
        std::filesystem::remove_all(work / "vault", ec); // Session::create refuses a directory holding a vault
        std::filesystem::create_directories(work);
        g = generate(dir, work, experiment, argc, argv);
    }

    // Measured in a fresh session, as the app reads after an unlock: nothing of the generation stays cached.
    crypto::NoKeyStore keyStore;
    auto session = session::Session::open(dir, keyStore, secret());
    if (!session)
        dieCipher("unlocking the vault failed: " + session.error().message().toStdString());
    bench::CipherConnection db((*session)->database());
    bench::caseload::applyExperiment(db, experiment, "");
    printDatabase(db, dir.databasePath());

    std::fprintf(stderr, "bench_caseload: timing the workload (%d iterations each)\n", iterations);
    bench::caseload::Options options;
    options.iterations = iterations;
    g.params.digests = bench::caseload::runWorkloads(db, g.params, options);
    if (!bench::caseload::writeParams((work / "params.txt").string(), g.params))
        dieCipher("cannot write params.txt");

    if (!plansPath.empty()) {
        std::ofstream plans(plansPath, std::ios::trunc);
        plans << "SQLCipher " << db.text("PRAGMA cipher_version") << " (SQLite " << db.text("SELECT sqlite_version()")
              << ")\n";
        bench::caseload::explainPlans(db, g.params, plans);
    }

    // The same workload on the plaintext copy, through SQLCipher's library without a key: no encryption, the same
    // SQLite version as the vault. Its own connection; the vault's stays open but idle.
    {
        std::fprintf(stderr, "bench_caseload: timing SQLCipher's engine on the plaintext copy\n");
        bench::RawConnection engine(work / "plain.db", "bench_caseload");
        bench::caseload::applyExperiment(engine, experiment, "engine_");
        bench::result("engine_sqlite_version", engine.text("SELECT sqlite_version()"));
        bench::result("engine_cache_size", engine.text("PRAGMA cache_size"));
        bench::caseload::Options engineOptions = options;
        engineOptions.prefix = "engine_";
        const auto tallies = bench::caseload::runWorkloads(engine, g.params, engineOptions);
        if (const std::string problems = bench::caseload::compareTallies(tallies, g.params.digests); !problems.empty())
            dieCipher("the unkeyed engine read different rows than the vault: " + problems);
    }

    // Last, because the audited reads append to the vault (which the SQL workload must not see).
    std::fprintf(stderr, "bench_caseload: timing the repositories\n");
    bench::timeRepositories((*session)->cases(), db, g.params, g.today, g.zone, iterations);
    bench::result("iterations", static_cast<long long>(iterations));
    return 0;
}
