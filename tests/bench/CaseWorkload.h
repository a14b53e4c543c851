#pragma once

// The read workload of the case-record scale benchmark, run identically by both sides: bench_caseload
// (SQLCipher, through store::Database) and bench_caseload_plain (plain SQLite, its own process). The SQL is the
// screens' own text from app/store/CaseQueries.h. Each side supplies a connection adapter with the same small
// interface (see runQuery), so both run the same statements, with the same parameters, in the same order.
// Header-only and free of project libraries and of sqlite3.h, so that the plain baseline can include it.

#include "BenchStats.h"
#include "CaseParams.h"

#include "app/store/CaseQueries.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace veldwerk::bench::caseload {

// Column type codes: SQLITE_INTEGER and SQLITE_NULL are 1 and 5 in every SQLite, SQLCipher included (RawConnection.h
// static_asserts this against the sqlite3.h it is compiled with).
inline constexpr int ColumnInteger = 1;
inline constexpr int ColumnNull = 5;

// What a query returned, independent of row order: the number of rows and the sum of a hash of each row's values
// (FNV-1a over every column's type and bytes). Equal tallies on both sides mean both read the same rows.
struct Tally {
    long long rows = 0;
    std::uint64_t digest = 0;

    std::string text() const { return std::to_string(rows) + ":" + std::to_string(digest); }
};

inline std::uint64_t fnv(std::uint64_t h, const void *data, std::size_t n)
{
    const auto *p = static_cast<const unsigned char *>(data);
    for (std::size_t i = 0; i < n; ++i)
        h = (h ^ p[i]) * 1099511628211ULL;
    return h;
}

// Prepares `sql`, binds `params` (?1, ?2, … as text), steps every row and reads every column the way the
// repositories do (text copied out, counts as integers), then finalizes: what a screen pays per query, prepare
// included, since the repositories prepare on every call.
//
// Connection::prepare(sql) returns a statement with bind(i, text), step() → bool, columns(), type(c), integer(c)
// and text(c) → std::string; it ends the process on an error (a benchmark has nothing to recover).
template <typename Connection>
void runQuery(Connection &db, const char *sql, const std::vector<std::string_view> &params, Tally &tally)
{
    auto q = db.prepare(sql);
    int index = 0;
    for (const std::string_view p : params)
        q.bind(++index, p);
    while (q.step()) {
        std::uint64_t h = 14695981039346656037ULL;
        const int n = q.columns();
        for (int c = 0; c < n; ++c) {
            const int type = q.type(c);
            h = fnv(h, &type, sizeof type);
            if (type == ColumnNull)
                continue;
            if (type == ColumnInteger) {
                const std::int64_t v = q.integer(c);
                h = fnv(h, &v, sizeof v);
            } else {
                const std::string v = q.text(c);
                h = fnv(h, v.data(), v.size());
            }
        }
        ++tally.rows;
        tally.digest += h;
    }
}

// Which parameters a query takes, as the repositories bind them.
enum class Binds {
    Day,    // VisitsBetween: the day's bounds
    Now,    // Caseload: now
    Search, // CaseloadSearch: now and a LIKE pattern
    Family, // a family id
};

// A query of a workload, under the name its timings and plan are reported by.
struct Part {
    const char *name;
    const char *sql;
    Binds binds;
};

// Vandaag shows today's visits and, below them, the caseload.
inline const std::vector<Part> &vandaagParts()
{
    namespace q = store::queries;
    static const std::vector<Part> parts = {{"visits_between", q::VisitsBetween, Binds::Day},
                                            {"caseload", q::Caseload, Binds::Now}};
    return parts;
}

inline const Part &searchPart()
{
    static const Part part = {"caseload_search", store::queries::CaseloadSearch, Binds::Search};
    return part;
}

// A family's page: the family, its members, trajectories, consents and the timeline of visits.
inline const std::vector<Part> &familyPageParts()
{
    namespace q = store::queries;
    static const std::vector<Part> parts = {{"family", q::FamilyById, Binds::Family},
                                            {"children", q::ChildrenOfFamily, Binds::Family},
                                            {"caregivers", q::CaregiversOfFamily, Binds::Family},
                                            {"trajectories", q::TrajectoriesOfFamily, Binds::Family},
                                            {"consents", q::ConsentsOfFamily, Binds::Family},
                                            {"visits", q::VisitsOfFamily, Binds::Family}};
    return parts;
}

// The parameters of `part` as the repositories bind them; `arg` is the family id or the LIKE pattern.
inline std::vector<std::string_view> bindValues(const Part &part, const Params &p, const std::string &arg)
{
    switch (part.binds) {
    case Binds::Day:
        return {p.dayFrom, p.dayTo};
    case Binds::Now:
        return {p.now};
    case Binds::Search:
        return {p.now, arg};
    case Binds::Family:
        return {arg};
    }
    return {};
}

template <typename Connection>
void runPart(Connection &db, const Part &part, const Params &p, const std::string &arg, Tally &tally)
{
    runQuery(db, part.sql, bindValues(part, p, arg), tally);
}

struct Options {
    int iterations = 200; // at least this many timed samples per workload
    std::string prefix;   // put before every result name ("engine_" for a second run in the same process)
};

// One workload: the queries of one screen (`parts`), run once per item (the search terms' patterns, the families'
// ids, or a single empty item for Vandaag).
struct Workload {
    std::string name;
    std::vector<Part> parts;
    std::vector<std::string> items;
    std::vector<std::string> labels; // how to name an item in the results (the search term), or none
};

// Page-cache misses of the connection since the last call, where the adapter can tell (the raw C API can, through
// sqlite3_db_status; store::Database does not expose its handle). A miss is a page read from the file, which
// SQLCipher must decrypt and authenticate: the difference between the two sides.
template <typename Connection>
long long cacheMisses(Connection &db)
{
    if constexpr (requires { db.cacheMisses(); })
        return db.cacheMisses();
    else
        return -1;
}

inline double sum(const std::vector<double> &values)
{
    double total = 0;
    for (const double v : values)
        total += v;
    return total;
}

// Runs `w`: enough warm-up rounds over its items for 10 iterations, then enough rounds for `iterations` timed
// samples. The very first iteration is reported as "first": for Vandaag, which runs first, that is the read right
// after opening, with a cold page cache. Prints the result lines; returns the tally of the first round, which both
// sides compare.
template <typename Connection>
Tally runWorkload(Connection &db, const Params &p, const Workload &w, const Options &o)
{
    const std::size_t items = w.items.size();
    const std::size_t warmupRounds = (10 + items - 1) / items;
    const std::size_t rounds = (static_cast<std::size_t>(o.iterations) + items - 1) / items;
    Tally tally;
    double first = 0;
    std::vector<double> total, misses;
    std::map<std::string, std::vector<double>> parts;
    std::vector<std::vector<double>> perItem(items);
    std::vector<long long> rowsPerItem(items);
    for (std::size_t round = 0; round < warmupRounds + rounds; ++round) {
        const bool timed = round >= warmupRounds;
        for (std::size_t i = 0; i < items; ++i) {
            Tally t;
            cacheMisses(db);
            const auto start = Clock::now();
            for (const Part &part : w.parts) {
                const auto partStart = Clock::now();
                runPart(db, part, p, w.items[i], t);
                if (timed)
                    parts[part.name].push_back(millisecondsSince(partStart));
            }
            const double ms = millisecondsSince(start);
            const long long missed = cacheMisses(db);
            if (round == 0) {
                tally.rows += t.rows;
                tally.digest += t.digest;
                rowsPerItem[i] = t.rows;
                if (i == 0)
                    first = ms;
            }
            if (!timed)
                continue;
            total.push_back(ms);
            perItem[i].push_back(ms);
            misses.push_back(static_cast<double>(missed));
        }
    }

    const std::string name = o.prefix + w.name;
    result(name + "_items", static_cast<long long>(items));
    result(name + "_rows", tally.rows);
    result(name + "_runs", static_cast<long long>(total.size()));
    result(name + "_first_ms", first);
    result(name + "_ms", summarize(total));
    result(name + "_total_ms", sum(total));
    if (misses.front() >= 0)
        result(name + "_cache_misses_median", summarize(misses).median);
    if (!w.labels.empty()) {
        // The slowest item (by median) and how many rows it returned: which search is the expensive one.
        std::size_t slowest = 0;
        for (std::size_t i = 1; i < items; ++i) {
            if (summarize(perItem[i]).median > summarize(perItem[slowest]).median)
                slowest = i;
        }
        result(name + "_slowest", w.labels[slowest]);
        result(name + "_slowest_rows", rowsPerItem[slowest]);
        result(name + "_slowest_ms_median", summarize(perItem[slowest]).median);
    }
    if (parts.size() > 1) {
        for (const auto &[part, samples] : parts) {
            const Summary s = summarize(samples);
            result(name + "_" + part + "_ms_median", s.median);
            result(name + "_" + part + "_ms_p95", s.p95);
        }
    }
    return {tally.rows, tally.digest};
}

// Runs the three workloads and prints their result lines; returns the tallies by workload name, for the
// cross-check between the two sides.
template <typename Connection>
std::map<std::string, std::string> runWorkloads(Connection &db, const Params &p, const Options &o)
{
    std::vector<std::string> patterns;
    for (const std::string &term : p.terms)
        patterns.push_back(likePattern(term));
    const std::vector<Workload> workloads = {{"vandaag", vandaagParts(), {std::string()}, {}},
                                             {"search", {searchPart()}, patterns, p.terms},
                                             {"family_page", familyPageParts(), p.families, {}}};
    std::map<std::string, std::string> tallies;
    for (const Workload &w : workloads)
        tallies[w.name] = runWorkload(db, p, w, o).text();
    return tallies;
}

// Describes where `got` differs from `expected` (the tallies of another side); empty when both read the same rows.
inline std::string compareTallies(const std::map<std::string, std::string> &got,
                                  const std::map<std::string, std::string> &expected)
{
    std::string problems;
    for (const auto &[workload, tally] : got) {
        const auto e = expected.find(workload);
        if (e == expected.end() || e->second != tally)
            problems += workload + " read " + tally + " (rows:digest), expected "
                        + (e == expected.end() ? std::string("nothing") : e->second) + "; ";
    }
    return problems;
}

} // namespace veldwerk::bench::caseload
