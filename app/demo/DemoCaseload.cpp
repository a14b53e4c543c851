#include "app/demo/DemoCaseload.h"

#include "app/domain/Codes.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace veldwerk::demo {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

// "-3y2m", "+4m", "-40d", "+0d": an offset from today.
std::optional<QDate> relativeDate(const QString &spec, const QDate &today)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([+-])(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)d)?$)"));
    const auto m = pattern.match(spec);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty() && m.captured(4).isEmpty()))
        return std::nullopt;
    const int sign = m.captured(1) == QLatin1String("-") ? -1 : 1;
    return today.addYears(sign * m.captured(2).toInt())
        .addMonths(sign * m.captured(3).toInt())
        .addDays(sign * m.captured(4).toInt());
}

// "-14d 10:00": a local date and time.
std::optional<QDateTime> relativeMoment(const QString &spec, const QDate &today)
{
    const QStringList parts = spec.split(QLatin1Char(' '));
    if (parts.size() != 2)
        return std::nullopt;
    const auto day = relativeDate(parts.at(0), today);
    const QTime time = QTime::fromString(parts.at(1), QStringLiteral("HH:mm"));
    if (!day || !time.isValid())
        return std::nullopt;
    return QDateTime(*day, time, QTimeZone::systemTimeZone()).toUTC();
}

QString describe(const store::CaseError &e)
{
    if (!e.problems.isEmpty())
        return e.problems.first().field + QStringLiteral(": ") + e.problems.first().message;
    return QString::fromStdString(e.store ? e.store->message : std::string("?"));
}

class Loader {
public:
    Loader(store::CaseStore &cases, const QDate &today)
        : m_cases(cases)
        , m_today(today)
    {
    }

    Result<DemoSummary, QString> run(const QJsonObject &root)
    {
        for (const QJsonValue &f : root.value(QStringLiteral("families")).toArray()) {
            if (auto r = family(f.toObject()); !r)
                return fail(r.error());
        }
        return m_summary;
    }

private:
    template <typename T>
    Result<T, QString> check(Result<T, store::CaseError> r, const QString &what)
    {
        if (!r)
            return fail(what + QStringLiteral(": ") + describe(r.error()));
        return std::move(r).value();
    }

    Result<QDate, QString> date(const QJsonObject &o, const char *key)
    {
        const auto d = relativeDate(o.value(QLatin1String(key)).toString(), m_today);
        if (!d)
            return fail(QStringLiteral("bad date in %1").arg(QLatin1String(key)));
        return *d;
    }

    QString member(const QString &key) const { return m_members.value(key); }

    Result<void, QString> family(const QJsonObject &o)
    {
        domain::Family f;
        f.displayName = o.value(QStringLiteral("displayName")).toString();
        f.address = o.value(QStringLiteral("address")).toString();
        f.area = o.value(QStringLiteral("area")).toString();
        f.notes = o.value(QStringLiteral("notes")).toString();
        auto id = check(m_cases.families().create(f), f.displayName);
        if (!id)
            return fail(id.error());
        ++m_summary.families;

        for (const QJsonValue &v : o.value(QStringLiteral("children")).toArray()) {
            const QJsonObject c = v.toObject();
            domain::Child child;
            child.familyId = *id;
            child.name = c.value(QStringLiteral("name")).toString();
            if (c.contains(QStringLiteral("birthDate"))) {
                auto d = date(c, "birthDate");
                if (!d)
                    return fail(d.error());
                child.birthDate = *d;
            } else {
                auto d = date(c, "expectedBirthDate");
                if (!d)
                    return fail(d.error());
                child.expectedBirthDate = *d;
            }
            auto childId = check(m_cases.members().addChild(child), child.name);
            if (!childId)
                return fail(childId.error());
            m_members.insert(c.value(QStringLiteral("key")).toString(), *childId);
            ++m_summary.children;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("caregivers")).toArray()) {
            const QJsonObject p = v.toObject();
            domain::Caregiver caregiver{{},
                                        *id,
                                        p.value(QStringLiteral("name")).toString(),
                                        p.value(QStringLiteral("role")).toString(),
                                        p.value(QStringLiteral("roleOther")).toString(),
                                        {}};
            auto caregiverId = check(m_cases.members().addCaregiver(caregiver), caregiver.name);
            if (!caregiverId)
                return fail(caregiverId.error());
            m_members.insert(p.value(QStringLiteral("key")).toString(), *caregiverId);
            ++m_summary.caregivers;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("consents")).toArray()) {
            const QJsonObject c = v.toObject();
            domain::Consent consent;
            consent.familyId = *id;
            consent.purpose = c.value(QStringLiteral("purpose")).toString();
            consent.party = c.value(QStringLiteral("party")).toString();
            consent.givenById = member(c.value(QStringLiteral("givenBy")).toString());
            auto given = date(c, "givenOn");
            if (!given)
                return fail(given.error());
            consent.givenOn = *given;
            if (c.contains(QStringLiteral("withdrawnOn"))) {
                auto withdrawn = date(c, "withdrawnOn");
                if (!withdrawn)
                    return fail(withdrawn.error());
                consent.withdrawnOn = *withdrawn;
            }
            if (auto r = check(m_cases.consents().record(consent), consent.purpose); !r)
                return fail(r.error());
            ++m_summary.consents;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("trajectories")).toArray()) {
            if (auto r = trajectory(*id, v.toObject()); !r)
                return r;
        }
        return {};
    }

    Result<void, QString> trajectory(const QString &familyId, const QJsonObject &o)
    {
        domain::Trajectory t;
        t.familyId = familyId;
        t.product = o.value(QStringLiteral("product")).toString();
        t.productOther = o.value(QStringLiteral("productOther")).toString();
        t.framework = o.value(QStringLiteral("framework")).toString();
        t.goals = o.value(QStringLiteral("goals")).toString();
        t.responsible = o.value(QStringLiteral("responsible")).toString();
        t.status = o.value(QStringLiteral("status")).toString();
        auto start = date(o, "start");
        auto end = date(o, "plannedEnd");
        if (!start || !end)
            return fail(QStringLiteral("bad trajectory dates"));
        t.start = *start;
        t.plannedEnd = *end;
        auto id = check(m_cases.trajectories().create(t), t.product);
        if (!id)
            return fail(id.error());
        ++m_summary.trajectories;

        for (const QJsonValue &v : o.value(QStringLiteral("visits")).toArray()) {
            if (auto r = visit(*id, v.toObject()); !r)
                return r;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("weeklyEvaluations")).toArray()) {
            const QJsonObject e = v.toObject();
            domain::WeeklyEvaluation w;
            w.trajectoryId = *id;
            auto week = date(e, "weekStart");
            if (!week)
                return fail(week.error());
            w.weekStart = *week;
            w.goals = e.value(QStringLiteral("goals")).toString();
            w.progress = e.value(QStringLiteral("progress")).toString();
            w.safety = e.value(QStringLiteral("safety")).toString();
            w.adjustments = e.value(QStringLiteral("adjustments")).toString();
            w.nextSteps = e.value(QStringLiteral("nextSteps")).toString();
            if (auto r = check(m_cases.trajectories().addEvaluation(w), QStringLiteral("evaluation")); !r)
                return fail(r.error());
            ++m_summary.evaluations;
        }
        return {};
    }

    Result<void, QString> visit(const QString &trajectoryId, const QJsonObject &o)
    {
        domain::Visit v;
        v.trajectoryId = trajectoryId;
        v.kind = o.value(QStringLiteral("kind")).toString();
        v.status = o.value(QStringLiteral("status")).toString();
        v.location = o.value(QStringLiteral("location")).toString();
        v.presentOther = o.value(QStringLiteral("presentOther")).toString();
        for (const QJsonValue &p : o.value(QStringLiteral("present")).toArray())
            v.present.append(member(p.toString()));
        const auto start = relativeMoment(o.value(QStringLiteral("plannedStart")).toString(), m_today);
        if (!start)
            return fail(QStringLiteral("bad plannedStart"));
        v.plannedStart = *start;
        v.plannedEnd = start->addSecs(60 * o.value(QStringLiteral("durationMinutes")).toInt(60));
        if (v.status == domain::codes::visit_status::Done) {
            v.heldStart = v.plannedStart;
            v.heldEnd = v.plannedEnd;
        }
        auto id = check(m_cases.visits().plan(v), v.kind);
        if (!id)
            return fail(id.error());
        ++m_summary.visits;

        for (const QJsonValue &n : o.value(QStringLiteral("observations")).toArray()) {
            const QJsonObject note = n.toObject();
            domain::Observation obs;
            obs.visitId = *id;
            obs.text = note.value(QStringLiteral("text")).toString();
            obs.aboutId = member(note.value(QStringLiteral("about")).toString());
            obs.recordedAt = v.plannedStart.addSecs(60 * note.value(QStringLiteral("offsetMinutes")).toInt());
            for (const QJsonValue &tag : note.value(QStringLiteral("tags")).toArray())
                obs.tags.append(tag.toString());
            if (auto r = check(m_cases.observations().add(obs), QStringLiteral("note")); !r)
                return fail(r.error());
            ++m_summary.observations;
        }
        for (const QJsonValue &f : o.value(QStringLiteral("forms")).toArray()) {
            if (auto r = form(*id, f.toObject()); !r)
                return r;
        }
        return {};
    }

    // A filled instrument form, stored as the form screen stores it: one row of FHIR answers per path. A valueDate
    // written as an offset ("-21d") is the day that many days from today.
    Result<void, QString> form(const QString &visitId, const QJsonObject &o)
    {
        auto id = check(m_cases.responses().create(visitId, o.value(QStringLiteral("instrument")).toString(),
                                                   o.value(QStringLiteral("version")).toString(),
                                                   o.value(QStringLiteral("title")).toString()),
                        QStringLiteral("form"));
        if (!id)
            return fail(id.error());
        QList<store::StoredAnswer> answers;
        const QJsonObject byPath = o.value(QStringLiteral("answers")).toObject();
        for (auto it = byPath.begin(); it != byPath.end(); ++it) {
            QJsonArray list = it.value().toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                QJsonObject answer = list.at(i).toObject();
                const QString date = answer.value(QStringLiteral("valueDate")).toString();
                if (date.startsWith(u'-') || date.startsWith(u'+')) {
                    const auto day = relativeDate(date, m_today);
                    if (!day)
                        return fail(QStringLiteral("bad valueDate ") + date);
                    answer.insert(QStringLiteral("valueDate"), day->toString(Qt::ISODate));
                    list.replace(i, answer);
                }
            }
            answers.append({it.key(), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
        }
        if (auto r = m_cases.responses().saveAnswers(*id, answers); !r)
            return fail(QStringLiteral("form: ") + describe(r.error()));
        const QString status = o.value(QStringLiteral("status")).toString(QStringLiteral("in-progress"));
        if (status != QLatin1String("in-progress")) {
            if (auto r = m_cases.responses().setStatus(*id, status); !r)
                return fail(QStringLiteral("form: ") + describe(r.error()));
        }
        ++m_summary.forms;
        return {};
    }

    store::CaseStore &m_cases;
    QDate m_today;
    QHash<QString, QString> m_members; // file key → stored id
    DemoSummary m_summary;
};

} // namespace

QByteArray DemoCaseload::bundled()
{
    QFile file(QStringLiteral(":/veldwerk/demo/demo-caseload.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<DemoSummary, QString> DemoCaseload::load(store::CaseStore &cases, const QByteArray &json, const QDate &today)
{
    auto existing = cases.families().caseload({}, QDateTime::currentDateTimeUtc());
    if (!existing)
        return fail(QString::fromStdString(existing.error().store ? existing.error().store->message : std::string()));
    if (!existing->isEmpty())
        return fail(
            Text::tr("Deze kluis bevat al gezinnen. Demogegevens worden alleen in een lege kluis geladen, zodat "
                     "ze nooit door echte dossiers heen komen te staan."));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return fail(QStringLiteral("demo-caseload.json: ") + error.errorString());

    // One transaction for the whole caseload: a half-loaded demo is never left behind.
    auto tx = cases.database().begin();
    if (!tx)
        return fail(QString::fromStdString(tx.error().message));
    auto summary = Loader(cases, today).run(doc.object());
    if (!summary)
        return summary;
    auto mark = cases.database().prepare("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('demo', '1')");
    if (!mark || !mark->run())
        return fail(QStringLiteral("could not mark the vault as a demo"));
    mark = store::Statement();
    if (auto committed = tx->commit(); !committed)
        return fail(QString::fromStdString(committed.error().message));
    return summary;
}

} // namespace veldwerk::demo
