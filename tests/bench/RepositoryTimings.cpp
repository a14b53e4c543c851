#include "RepositoryTimings.h"

#include "app/store/RecordWriter.h"

#include <QDateTime>

namespace veldwerk::bench {

namespace {

using caseload::Tally;

// The rows the workload's SQL returns for the same question.
long long sqlRows(CipherConnection &db, const char *sql, const std::vector<std::string_view> &params)
{
    Tally t;
    caseload::runQuery(db, sql, params, t);
    return t.rows;
}

template <typename T>
T check(Result<T, store::CaseError> r, const char *what)
{
    if (!r)
        dieCipher(std::string(what)
                  + " failed: " + (r.error().store ? r.error().store->message : std::string("invalid")));
    return std::move(r).value();
}

void expectRows(long long repository, long long sql, const std::string &what)
{
    if (repository != sql)
        dieCipher(what + ": the repository returned " + std::to_string(repository) + " rows, the SQL "
                  + std::to_string(sql));
}

} // namespace

void timeRepositories(store::CaseStore &cases, CipherConnection &db, const caseload::Params &params, const QDate &today,
                      const QTimeZone &zone, int iterations)
{
    namespace q = store::queries;
    const QDateTime now = store::instantFrom(QString::fromStdString(params.now));
    constexpr int warmup = 10;

    // Vandaag: the day's visits and the caseload, as the screen asks for them.
    {
        std::vector<double> onDay, caseload, both;
        for (int i = 0; i < warmup + iterations; ++i) {
            const auto start = Clock::now();
            const auto visits = check(cases.visits().onDay(today, zone), "VisitRepository::onDay");
            const double visitsMs = millisecondsSince(start);
            const auto listStart = Clock::now();
            const auto families = check(cases.families().caseload({}, now), "FamilyRepository::caseload");
            const double listMs = millisecondsSince(listStart);
            if (i == 0) {
                expectRows(visits.size(), sqlRows(db, q::VisitsBetween, {params.dayFrom, params.dayTo}), "onDay");
                expectRows(families.size(), sqlRows(db, q::Caseload, {params.now}), "caseload");
            }
            if (i < warmup)
                continue;
            onDay.push_back(visitsMs);
            caseload.push_back(listMs);
            both.push_back(visitsMs + listMs);
        }
        result("repo_vandaag_ms", summarize(both));
        result("repo_on_day_ms", summarize(onDay));
        result("repo_caseload_ms", summarize(caseload));
    }

    // Caseload search, every term in turn.
    {
        std::vector<double> search;
        const std::size_t rounds =
            (static_cast<std::size_t>(iterations) + params.terms.size() - 1) / params.terms.size();
        for (std::size_t round = 0; round < 1 + rounds; ++round) {
            for (const std::string &term : params.terms) {
                const auto start = Clock::now();
                const auto found =
                    check(cases.families().caseload(QString::fromStdString(term), now), "FamilyRepository::caseload");
                const double ms = millisecondsSince(start);
                if (round == 0) {
                    expectRows(found.size(), sqlRows(db, q::CaseloadSearch, {params.now, caseload::likePattern(term)}),
                               "search \"" + term + "\"");
                    continue;
                }
                search.push_back(ms);
            }
        }
        result("repo_search_ms", summarize(search));
    }

    // A family page: the audited open, then members, trajectories, consents and the timeline.
    {
        std::vector<double> open, page;
        const std::size_t rounds =
            (static_cast<std::size_t>(iterations) + params.families.size() - 1) / params.families.size();
        for (std::size_t round = 0; round < 1 + rounds; ++round) {
            for (const std::string &familyId : params.families) {
                const QString id = QString::fromStdString(familyId);
                const auto start = Clock::now();
                check(cases.families().open(id), "FamilyRepository::open");
                const double openMs = millisecondsSince(start);
                check(cases.members().children(id), "MemberRepository::children");
                check(cases.members().caregivers(id), "MemberRepository::caregivers");
                check(cases.trajectories().forFamily(id), "TrajectoryRepository::forFamily");
                check(cases.consents().forFamily(id), "ConsentRepository::forFamily");
                check(cases.visits().timeline(id), "VisitRepository::timeline");
                const double pageMs = millisecondsSince(start);
                if (round == 0)
                    continue;
                open.push_back(openMs);
                page.push_back(pageMs);
            }
        }
        result("repo_family_open_ms", summarize(open));
        result("repo_family_page_ms", summarize(page));
    }
}

} // namespace veldwerk::bench
