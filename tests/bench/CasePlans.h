#pragma once

// The query plans of the case-record workload on either side, so a reader sees that SQLCipher (SQLite 3.15) and
// the plain baseline (SQLite 3.40) read through the same indices.

#include "BenchStats.h"
#include "CaseWorkload.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace veldwerk::bench::caseload {

// One line of EXPLAIN QUERY PLAN in a form both SQLite versions share: SQLite 3.15 (inside SQLCipher 3.4.1) writes
// "SEARCH TABLE child AS c USING INDEX child_by_family (family_id=?)", 3.40 writes "SEARCH c USING INDEX
// child_by_family (family_id=?)"; both become the latter. Subquery headers are dropped (they differ in wording and
// numbering, not in what is read).
inline std::string normalizePlanLine(std::string detail)
{
    if (detail.find("SUBQUERY") != std::string::npos && detail.find("SCAN") == std::string::npos
        && detail.find("SEARCH") == std::string::npos)
        return {};
    for (const std::string verb : {"SCAN", "SEARCH"}) {
        const std::string old = verb + " TABLE ";
        if (detail.rfind(old, 0) != 0)
            continue;
        std::string rest = detail.substr(old.size()); // "child AS c USING …"
        const std::size_t space = rest.find(' ');
        std::string table = rest.substr(0, space);
        rest = space == std::string::npos ? "" : rest.substr(space);
        if (rest.rfind(" AS ", 0) == 0) { // 3.40 names the alias only
            const std::size_t end = rest.find(' ', 4);
            table = rest.substr(4, end == std::string::npos ? std::string::npos : end - 4);
            rest = end == std::string::npos ? "" : rest.substr(end);
        }
        return verb + " " + table + rest;
    }
    return detail;
}

// EXPLAIN QUERY PLAN of every workload query with the workload's own parameters (the first family, the first
// term): the raw lines go to `out`, a normalized, sorted summary per query to the result lines ("plan_<name>"), so
// scripts/bench can tell whether both sides read through the same indices. The detail is column 3 in both versions.
template <typename Connection>
void explainPlans(Connection &db, const Params &p, std::ostream &out)
{
    std::vector<Part> queries = vandaagParts();
    queries.push_back(searchPart());
    for (const Part &part : familyPageParts())
        queries.push_back(part);
    for (const Part &part : queries) {
        const std::string arg = part.binds == Binds::Search ? likePattern(p.terms.front()) : p.families.front();
        auto q = db.prepare(std::string("EXPLAIN QUERY PLAN ") + part.sql);
        const std::vector<std::string_view> binds = bindValues(part, p, arg);
        for (std::size_t i = 0; i < binds.size(); ++i)
            q.bind(static_cast<int>(i + 1), binds[i]);
        out << part.name << ":\n";
        std::vector<std::string> lines;
        while (q.step()) {
            const std::string detail = q.text(3);
            out << "    " << detail << '\n';
            if (std::string n = normalizePlanLine(detail); !n.empty())
                lines.push_back(n);
        }
        std::sort(lines.begin(), lines.end());
        std::string summary;
        for (const std::string &l : lines)
            summary += (summary.empty() ? "" : " | ") + l;
        result(std::string("plan_") + part.name, summary);
    }
}

} // namespace veldwerk::bench::caseload
