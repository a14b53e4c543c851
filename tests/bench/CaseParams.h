#pragma once

// What both sides of the case-record scale benchmark share before any query runs: the parameter file that makes
// the plain side repeat exactly what the SQLCipher side did, the tables whose row counts must agree, and the LIKE
// pattern of the caseload search. Header-only and free of project libraries and of sqlite3.h, so that the plain
// SQLite baseline can include it.

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace veldwerk::bench::caseload {

// What the generator decided and the plain side must repeat: the instant "now", Vandaag's bounds, the search
// terms, the families whose page is opened, the row counts of the copy, and the digests of the results the
// SQLCipher side saw (so the plain side proves it answered the same questions with the same rows).
struct Params {
    std::string now;     // ISO 8601 UTC, ?1 of Caseload and CaseloadSearch
    std::string dayFrom; // Vandaag: the local day's bounds in UTC, ?1 and ?2 of VisitsBetween
    std::string dayTo;
    std::vector<std::string> terms;    // as typed into the caseload search
    std::vector<std::string> families; // ids of the family pages to open
    std::map<std::string, long long> counts;
    std::map<std::string, std::string> digests;
};

// One "key<TAB>value" line per item; repeated keys (term, family) keep their order. No value holds a tab or a
// newline (the generator's terms and ids do not).
inline bool writeParams(const std::string &path, const Params &p)
{
    std::ofstream out(path, std::ios::trunc);
    out << "now\t" << p.now << "\nday_from\t" << p.dayFrom << "\nday_to\t" << p.dayTo << '\n';
    for (const std::string &t : p.terms)
        out << "term\t" << t << '\n';
    for (const std::string &f : p.families)
        out << "family\t" << f << '\n';
    for (const auto &[table, n] : p.counts)
        out << "count\t" << table << '\t' << n << '\n';
    for (const auto &[name, digest] : p.digests)
        out << "digest\t" << name << '\t' << digest << '\n';
    out.close();
    return static_cast<bool>(out);
}

inline std::optional<Params> readParams(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    Params p;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string key, value, extra;
        std::getline(fields, key, '\t');
        std::getline(fields, value, '\t');
        std::getline(fields, extra);
        if (key == "now")
            p.now = value;
        else if (key == "day_from")
            p.dayFrom = value;
        else if (key == "day_to")
            p.dayTo = value;
        else if (key == "term")
            p.terms.push_back(value);
        else if (key == "family")
            p.families.push_back(value);
        else if (key == "count")
            p.counts[value] = std::atoll(extra.c_str());
        else if (key == "digest")
            p.digests[value] = extra;
    }
    if (p.now.empty() || p.dayFrom.empty() || p.terms.empty() || p.families.empty())
        return std::nullopt;
    return p;
}

// The tables whose row counts must agree between the vault and its plaintext copy.
inline const std::vector<std::string> &countedTables()
{
    static const std::vector<std::string> tables = {"family",      "child",     "caregiver",   "trajectory",
                                                    "visit",       "consent",   "observation", "weekly_evaluation",
                                                    "audit_event", "vault_meta"};
    return tables;
}

// The LIKE pattern FamilyRepository::caseload builds for a search term (FamilyRepository.cpp, likePattern): '\',
// '%' and '_' escaped with '\', wrapped in '%'. A copy, because the original is private to the repository;
// bench_caseload checks that the repository finds exactly as many families as this pattern does, for every term.
inline std::string likePattern(const std::string &term)
{
    std::string escaped;
    for (const char c : term) {
        if (c == '\\' || c == '%' || c == '_')
            escaped += '\\';
        escaped += c;
    }
    return '%' + escaped + '%';
}

} // namespace veldwerk::bench::caseload
