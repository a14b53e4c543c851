#pragma once

// Experiment knobs of the case-record benchmark, on either side. Header-only and free of sqlite3.h.

#include "BenchStats.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace veldwerk::bench::caseload {

// Experiment knobs, for trying a change to the schema or the pragmas on a copy of the benchmark's databases; never
// used by scripts/bench, whose figures are for the app's schema and pragmas as they are. `sqlFile` holds extra
// statements (CREATE INDEX …) run before measuring; `cacheSize` is a PRAGMA cache_size value.
struct Experiment {
    std::string cacheSize;
    std::string sqlFile;
};

template <typename Connection>
void applyExperiment(Connection &db, const Experiment &e, const std::string &prefix)
{
    if (!e.cacheSize.empty()) {
        db.exec("PRAGMA cache_size = " + std::to_string(std::atoll(e.cacheSize.c_str())));
        result(prefix + "experiment_cache_size", db.text("PRAGMA cache_size"));
    }
    if (!e.sqlFile.empty()) {
        std::ifstream in(e.sqlFile);
        std::stringstream sql;
        sql << in.rdbuf();
        if (!in || sql.str().empty()) {
            std::fprintf(stderr, "cannot read %s\n", e.sqlFile.c_str());
            std::exit(1);
        }
        const auto start = Clock::now();
        db.exec(sql.str());
        result(prefix + "experiment_sql_ms", millisecondsSince(start));
        result(prefix + "experiment_sql", e.sqlFile);
    }
}

} // namespace veldwerk::bench::caseload
