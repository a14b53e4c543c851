// bench_caseload_plain: the baseline of the case records at scale. Runs the workload of bench_caseload (the same
// SQL text from CaseQueries.h, the same parameters from WORKDIR/params.txt, the same order) on the plaintext copy
// WORKDIR/plain.db with plain SQLite, opened with the app's pragmas. The ratio to bench_caseload's figures is the
// price of SQLCipher.
//   bench_caseload_plain --dir WORKDIR [--iterations 200] [--plans FILE]
//                        [--experiment-cache-size N] [--experiment-sql FILE]   (experiments: CaseExperiment.h)
//
// Links libsqlite3 and nothing of the project's libraries: a process holding both SQLite and SQLCipher silently
// stops encrypting (DESIGN §12). Only header-only text of the project is compiled in (CaseQueries.h).
#include <sqlite3.h> // plain SQLite, first: RawConnection.h is compiled against it

#include "BenchStats.h"
#include "CaseExperiment.h"
#include "CaseParams.h"
#include "CasePlans.h"
#include "CaseWorkload.h"
#include "RawConnection.h"

#include <filesystem>
#include <fstream>
#include <string>

int main(int argc, char **argv)
{
    namespace bench = veldwerk::bench;
    constexpr const char *Who = "bench_caseload_plain";
    const std::string workOption = bench::option(argc, argv, "--dir");
    const int iterations = bench::intOption(argc, argv, "--iterations", 200);
    const std::string plansPath = bench::option(argc, argv, "--plans");
    if (workOption.empty() || iterations < 1) {
        std::fputs("usage: bench_caseload_plain --dir WORKDIR [--iterations 200] [--plans FILE]"
                   " [--experiment-cache-size N] [--experiment-sql FILE]\n",
                   stderr);
        return 2;
    }
    const std::filesystem::path work = std::filesystem::absolute(workOption);
    const auto params = bench::caseload::readParams((work / "params.txt").string());
    if (!params)
        bench::RawConnection::die(Who, "cannot read " + (work / "params.txt").string() + " (run bench_caseload first)");

    bench::RawConnection db(work / "plain.db", Who);
    for (const auto &[table, n] : params->counts) {
        const std::string rows = db.text("SELECT count(*) FROM " + table);
        if (rows != std::to_string(n))
            bench::RawConnection::die(Who,
                                      "the copy's " + table + " has " + rows + " rows, the vault " + std::to_string(n));
    }
    bench::caseload::applyExperiment(
        db, {bench::option(argc, argv, "--experiment-cache-size"), bench::option(argc, argv, "--experiment-sql")}, "");

    bench::result("sqlite_version", sqlite3_libversion());
    bench::result("page_size", db.text("PRAGMA page_size"));
    bench::result("cache_size", db.text("PRAGMA cache_size"));
    bench::result("page_count", db.text("PRAGMA page_count"));
    bench::result("journal_mode", db.text("PRAGMA journal_mode"));

    std::fprintf(stderr, "%s: timing the workload (%d iterations each)\n", Who, iterations);
    bench::caseload::Options options;
    options.iterations = iterations;
    const auto tallies = bench::caseload::runWorkloads(db, *params, options);
    // Same rows on both sides, or the ratio compares different work.
    if (const std::string problems = bench::caseload::compareTallies(tallies, params->digests); !problems.empty())
        bench::RawConnection::die(Who, "plain SQLite and SQLCipher read different rows: " + problems);
    bench::result("same_rows_as_sqlcipher", 1LL);

    if (!plansPath.empty()) {
        std::ofstream plans(plansPath, std::ios::trunc);
        plans << "SQLite " << sqlite3_libversion() << "\n";
        bench::caseload::explainPlans(db, *params, plans);
    }
    bench::result("iterations", static_cast<long long>(iterations));
    return 0;
}
