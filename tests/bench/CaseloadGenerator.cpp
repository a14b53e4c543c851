#include "CaseloadGenerator.h"

#include "BenchStats.h"
#include "CaseloadWords.h"

#include "app/domain/Codes.h"
#include "app/domain/Vocabulary.h"

#include <QUuid>

#include <algorithm>
#include <functional>
#include <random>
#include <vector>

namespace veldwerk::bench {

namespace {

namespace codes = domain::codes;

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString describe(const store::CaseError &e)
{
    if (!e.problems.isEmpty())
        return e.problems.first().field + QStringLiteral(": ") + e.problems.first().message;
    return QString::fromStdString(e.store ? e.store->message : std::string("?"));
}

struct Member {
    QString id;
    QString firstName;
};

struct FamilyPlan {
    QString id;
    QString surname;
    std::vector<Member> children;
    std::vector<Member> caregivers;
};

struct TrajectoryPlan {
    QString id;
    int family = 0; // index into the families
    QDate start;
    bool closed = false;
};

struct VisitPlan {
    int trajectory = 0;
    int day = 0; // days from today
    QDateTime start;
    int minutes = 60;
    QString status;
    int notes = 0;
};

class Generator {
public:
    Generator(store::CaseStore &cases, const CaseloadShape &shape)
        : m_cases(cases)
        , m_shape(shape)
        , m_rng(shape.seed)
    {
    }

    Result<GeneratedCaseload, QString> run()
    {
        for (int i = 0; i < m_shape.families; ++i) {
            if (auto r = family(); !r)
                return fail(r.error());
        }
        std::vector<VisitPlan> visits = planVisits();
        for (const VisitPlan &v : visits) {
            if (auto r = visit(v); !r)
                return fail(r.error());
        }
        for (const FamilyPlan &f : m_families)
            m_out.familyIds.append(f.id);
        return m_out;
    }

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(int percent) { return uniform(0, 99) < percent; }
    // An element of `list`, any one.
    template <typename List>
    const auto &element(const List &list)
    {
        return list[static_cast<std::size_t>(uniform(0, static_cast<int>(list.size()) - 1))];
    }
    template <typename List>
    QString pick(const List &list)
    {
        return text(element(list));
    }
    // Picks by weight: {weight, value} pairs.
    QString weighted(std::initializer_list<std::pair<int, QLatin1StringView>> choices)
    {
        int total = 0;
        for (const auto &c : choices)
            total += c.first;
        int r = uniform(0, total - 1);
        for (const auto &c : choices) {
            if (r < c.first)
                return QString(c.second);
            r -= c.first;
        }
        return QString(choices.begin()->second);
    }
    int weightedCount(std::initializer_list<int> percentForCount) // index = count - 1
    {
        int r = uniform(0, 99), count = 1;
        for (const int p : percentForCount) {
            if (r < p)
                return count;
            r -= p;
            ++count;
        }
        return count - 1;
    }

    // Random ids as the app makes them (version 4), but from the seeded generator, so a rerun is identical.
    QString newId()
    {
        QByteArray bytes(16, '\0');
        for (auto &b : bytes)
            b = static_cast<char>(uniform(0, 255));
        bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
        bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

    // Times a repository call and turns its error into a message.
    template <typename T>
    Result<T, QString> timed(const char *kind, const std::function<Result<T, store::CaseError>()> &call)
    {
        const auto start = Clock::now();
        auto r = call();
        m_out.secondsByKind[kind] += millisecondsSince(start) / 1000.0;
        if (!r)
            return fail(QLatin1String(kind) + QStringLiteral(": ") + describe(r.error()));
        ++m_out.counts[kind];
        return std::move(r).value();
    }

    // Sentences from `list` with the family's names filled in, until the text is `length` characters or just
    // over; cut back at a word boundary when it runs past `max`.
    template <typename List>
    QString sentences(const List &list, const FamilyPlan &f, int length, int max)
    {
        QString out;
        while (out.size() < length) {
            QString s = pick(list);
            s.replace(QStringLiteral("{K}"), element(f.children).firstName);
            s.replace(QStringLiteral("{O}"), element(f.caregivers).firstName);
            out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + s;
        }
        if (out.size() > max)
            out = out.left(out.lastIndexOf(QLatin1Char(' '), max));
        return out;
    }

    Result<void, QString> family()
    {
        FamilyPlan plan;
        plan.id = newId();
        plan.surname = pick(words::Surnames);
        domain::Family f;
        f.id = plan.id;
        f.displayName = QStringLiteral("Gezin ") + plan.surname;
        if (chance(12))
            f.displayName += QStringLiteral("-") + pick(words::Surnames);
        f.address = pick(words::Streets) + QStringLiteral(" %1").arg(uniform(1, 180));
        f.area = pick(words::Areas);
        if (chance(30))
            f.notes = QStringLiteral("Bel even voor het bezoek; de bel doet het niet altijd.");
        if (auto r = timed<QString>("family", [&] { return m_cases.families().create(f); }); !r)
            return fail(r.error());

        // About 2.5 children and 1.8 caregivers per family; one child in twenty not yet born.
        const int children = weightedCount({20, 35, 25, 15, 5});
        for (int i = 0; i < children; ++i) {
            domain::Child c;
            c.id = newId();
            c.familyId = plan.id;
            c.name = pick(words::ChildNames);
            if (chance(5))
                c.expectedBirthDate = m_shape.today.addDays(uniform(14, 250));
            else
                c.birthDate = m_shape.today.addDays(-uniform(30, 17 * 365));
            if (auto r = timed<QString>("child", [&] { return m_cases.members().addChild(c); }); !r)
                return fail(r.error());
            plan.children.push_back({c.id, c.name});
        }
        const int caregivers = weightedCount({25, 70, 5});
        for (int i = 0; i < caregivers; ++i) {
            domain::Caregiver p;
            p.id = newId();
            p.familyId = plan.id;
            const QString first = pick(words::AdultNames);
            p.name = first + QLatin1Char(' ') + (chance(70) ? plan.surname : pick(words::Surnames));
            p.role = weighted({{80, codes::role::Biological},
                               {6, codes::role::Step},
                               {5, codes::role::Foster},
                               {3, codes::role::NetworkFoster},
                               {2, codes::role::Adoptive},
                               {4, codes::role::Other}});
            if (p.role == codes::role::Other)
                p.roleOther = QStringLiteral("oma, dagelijkse opvang");
            if (chance(60))
                p.phone = QStringLiteral("06-%1").arg(uniform(10000000, 99999999));
            if (auto r = timed<QString>("caregiver", [&] { return m_cases.members().addCaregiver(p); }); !r)
                return fail(r.error());
            plan.caregivers.push_back({p.id, first});
        }
        m_families.push_back(plan);
        const int familyIndex = static_cast<int>(m_families.size()) - 1;

        // About 1.3 trajectories per family, most of them running.
        const int trajectories = weightedCount({72, 26, 2});
        QDate firstStart;
        for (int i = 0; i < trajectories; ++i) {
            auto t = trajectory(familyIndex);
            if (!t)
                return fail(t.error());
            if (!firstStart.isValid() || t->start < firstStart)
                firstStart = t->start;
        }
        return consents(plan, firstStart);
    }

    Result<TrajectoryPlan, QString> trajectory(int familyIndex)
    {
        const FamilyPlan &f = m_families[static_cast<std::size_t>(familyIndex)];
        domain::Trajectory t;
        t.id = newId();
        t.familyId = f.id;
        t.product = weighted({{25, codes::product::VippSd},
                              {25, codes::product::KVht},
                              {15, codes::product::ParentingAssessment},
                              {2, codes::product::ParentingAssessmentResidential},
                              {10, codes::product::Vib},
                              {10, codes::product::SteadyParenting},
                              {8, codes::product::VoorZorg},
                              {5, codes::product::Other}});
        if (t.product == codes::product::Other)
            t.productOther = QStringLiteral("Triple P");
        t.framework = chance(85) ? QString(codes::framework::Voluntary) : QString(codes::framework::Compulsory);
        t.status = weighted({{70, codes::trajectory_status::Running},
                             {10, codes::trajectory_status::Registered},
                             {15, codes::trajectory_status::Completed},
                             {5, codes::trajectory_status::TransferredOut}});
        t.start = m_shape.today.addDays(-uniform(10, 365));
        // Ouderschapsdiagnostiek lasts three to six months (a rule Validation enforces); the others longer.
        const bool assessment = t.product == codes::product::ParentingAssessment
                                || t.product == codes::product::ParentingAssessmentResidential;
        t.plannedEnd = assessment ? t.start.addMonths(uniform(3, 6)) : t.start.addMonths(uniform(6, 12));
        t.goals = sentences(words::Goals, f, uniform(60, 250), 1000);
        t.responsible = pick(words::Professionals);
        if (auto r = timed<QString>("trajectory", [&] { return m_cases.trajectories().create(t); }); !r)
            return fail(r.error());
        const bool closed =
            t.status == codes::trajectory_status::Completed || t.status == codes::trajectory_status::TransferredOut;
        m_trajectories.push_back({t.id, familyIndex, t.start, closed});
        return m_trajectories.back();
    }

    // About 1.6 consents per family, given when the first trajectory started; one in ten later withdrawn.
    Result<void, QString> consents(const FamilyPlan &f, const QDate &given)
    {
        auto record = [&](QLatin1StringView purpose, const QString &party) -> Result<void, QString> {
            domain::Consent c;
            c.id = newId();
            c.familyId = f.id;
            c.purpose = QString(purpose);
            c.party = party;
            c.givenById = f.caregivers.front().id;
            c.givenOn = given;
            if (chance(10))
                c.withdrawnOn = given.addDays(uniform(0, static_cast<int>(given.daysTo(m_shape.today))));
            if (auto r = timed<QString>("consent", [&] { return m_cases.consents().record(c); }); !r)
                return fail(r.error());
            return {};
        };
        if (chance(80)) {
            if (auto r = record(codes::consent_purpose::Filming, {}); !r)
                return r;
        }
        if (chance(50)) {
            if (auto r = record(codes::consent_purpose::ImagesInSupervision, {}); !r)
                return r;
        }
        if (chance(20)) {
            if (auto r = record(codes::consent_purpose::ShareData,
                                chance(50) ? QStringLiteral("huisarts") : QStringLiteral("school"));
                !r)
                return r;
        }
        if (chance(10)) {
            if (auto r = record(codes::consent_purpose::ImagesInRecord, {}); !r)
                return r;
        }
        return {};
    }

    QDateTime localTime(const QDate &day, int minutesAfterEight) const
    {
        return QDateTime(day, QTime(8, 0).addSecs(60 * minutesAfterEight), m_shape.zone).toUTC();
    }

    // Visits over -365..+30 days (never before their trajectory started; closed trajectories only in the past),
    // `visitsToday` of them today, then exactly `observations` notes spread at random over the visits held before
    // today. Sorted by time, as they would have been recorded.
    std::vector<VisitPlan> planVisits()
    {
        std::vector<VisitPlan> visits;
        const int trajectories = static_cast<int>(m_trajectories.size());
        for (int i = 0; i < m_shape.visits; ++i) {
            VisitPlan v;
            const bool today = i < m_shape.visitsToday;
            do
                v.trajectory = uniform(0, trajectories - 1);
            while (today && m_trajectories[static_cast<std::size_t>(v.trajectory)].closed);
            const TrajectoryPlan &t = m_trajectories[static_cast<std::size_t>(v.trajectory)];
            int offset = 0;
            if (!today) {
                const int first = static_cast<int>(m_shape.today.daysTo(t.start));
                const int last = t.closed ? -1 : 30;
                do
                    offset = uniform(std::max(first, -365), last);
                while (offset == 0);
            }
            v.day = offset;
            v.start = localTime(m_shape.today.addDays(offset), 15 * uniform(0, 36)); // 08:00 … 17:00
            v.minutes = 15 * uniform(3, 8);
            if (offset < 0)
                v.status = chance(90) ? QString(codes::visit_status::Done) : QString(codes::visit_status::Cancelled);
            else if (offset == 0 && v.start.addSecs(60 * v.minutes) < m_shape.now)
                v.status = QString(codes::visit_status::Done);
            else
                v.status = QString(codes::visit_status::Planned);
            visits.push_back(v);
        }
        std::vector<std::size_t> held;
        for (std::size_t i = 0; i < visits.size(); ++i) {
            if (visits[i].status == codes::visit_status::Done && visits[i].day < 0)
                held.push_back(i);
        }
        for (int i = 0; i < m_shape.observations && !held.empty(); ++i)
            ++visits[element(held)].notes;
        std::stable_sort(visits.begin(), visits.end(),
                         [](const VisitPlan &a, const VisitPlan &b) { return a.start < b.start; });
        return visits;
    }

    Result<void, QString> visit(const VisitPlan &plan)
    {
        const TrajectoryPlan &t = m_trajectories[static_cast<std::size_t>(plan.trajectory)];
        const FamilyPlan &f = m_families[static_cast<std::size_t>(t.family)];
        domain::Visit v;
        v.id = newId();
        v.trajectoryId = t.id;
        v.kind = weighted({{45, codes::visit_kind::HomeVisit},
                           {20, codes::visit_kind::VideoRecording},
                           {20, codes::visit_kind::VideoFeedback},
                           {8, codes::visit_kind::Evaluation},
                           {5, codes::visit_kind::Intake},
                           {2, codes::visit_kind::Other}});
        v.status = plan.status;
        v.plannedStart = plan.start;
        v.plannedEnd = plan.start.addSecs(60 * plan.minutes);
        if (plan.status == codes::visit_status::Done) {
            v.heldStart = v.plannedStart;
            v.heldEnd = v.plannedEnd;
            v.present.append(f.caregivers.front().id);
            v.present.append(element(f.children).id);
            if (chance(10))
                v.presentOther = QStringLiteral("oma");
        }
        v.location = chance(85) ? QStringLiteral("thuis") : QStringLiteral("consultatiebureau");
        if (auto r = timed<QString>("visit", [&] { return m_cases.visits().plan(v); }); !r)
            return fail(r.error());

        static const QList<domain::Term> tags = domain::Vocabulary::observationTags();
        for (int n = 0; n < plan.notes; ++n) {
            domain::Observation o;
            o.id = newId();
            o.visitId = v.id;
            o.recordedAt = plan.start.addSecs(60 * plan.minutes * (n + 1) / (plan.notes + 1));
            o.text = sentences(words::NoteSentences, f, uniform(40, 400), 400);
            if (chance(50)) {
                const auto &members = chance(60) ? f.children : f.caregivers;
                o.aboutId = element(members).id;
            }
            for (int k = uniform(0, 3); k > 0; --k) {
                const QString tag = tags.at(uniform(0, static_cast<int>(tags.size()) - 1)).code;
                if (!o.tags.contains(tag))
                    o.tags.append(tag);
            }
            if (auto r = timed<QString>("observation", [&] { return m_cases.observations().add(o); }); !r)
                return fail(r.error());
        }
        return {};
    }

    store::CaseStore &m_cases;
    const CaseloadShape &m_shape;
    std::mt19937_64 m_rng;
    std::vector<FamilyPlan> m_families;
    std::vector<TrajectoryPlan> m_trajectories;
    GeneratedCaseload m_out;
};

} // namespace

Result<GeneratedCaseload, QString> generateCaseload(store::CaseStore &cases, const CaseloadShape &shape)
{
    return Generator(cases, shape).run();
}

} // namespace veldwerk::bench
