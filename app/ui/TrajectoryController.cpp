#include "app/ui/TrajectoryController.h"

#include "app/domain/Codes.h"
#include "app/domain/Vocabulary.h"
#include "app/session/SessionError.h"
#include "app/store/CaseStore.h"
#include "app/ui/FamilyController.h"
#include "app/ui/Formats.h"

#include <QTimeZone>

namespace veldwerk::ui {

using domain::Vocabulary;

void TrajectoryController::setTrajectoryId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    Q_EMIT trajectoryIdChanged();
    if (cases())
        load();
}

QString TrajectoryController::productLabel() const
{
    if (m_t.product == domain::codes::product::Other && !m_t.productOther.isEmpty())
        return m_t.productOther;
    return Vocabulary::label(Vocabulary::products(), m_t.product);
}

QString TrajectoryController::frameworkLabel() const
{
    return Vocabulary::label(Vocabulary::frameworks(), m_t.framework);
}

QString TrajectoryController::statusLabel() const
{
    return Vocabulary::label(Vocabulary::trajectoryStatuses(), m_t.status);
}

QString TrajectoryController::startText() const
{
    return Formats::dateInput(m_t.start);
}

QString TrajectoryController::plannedEndText() const
{
    return Formats::dateInput(m_t.plannedEnd);
}

QString TrajectoryController::periodText() const
{
    QString out = Formats::dateText(m_t.start);
    if (m_t.plannedEnd.isValid())
        out += QStringLiteral(" – ") + Formats::dateText(m_t.plannedEnd);
    return out;
}

bool TrajectoryController::weeklyEvaluations() const
{
    return m_t.product == domain::codes::product::ParentingAssessment
           || m_t.product == domain::codes::product::ParentingAssessmentResidential;
}

void TrajectoryController::clear()
{
    m_loaded = false;
    m_t = {};
    m_familyName.clear();
    m_visits.clear();
    m_evaluations.clear();
    Q_EMIT changed();
}

void TrajectoryController::load()
{
    store::CaseStore *store = cases();
    if (!store || m_id.isEmpty())
        return;
    auto t = store->trajectories().open(m_id);
    if (!t) {
        setError(session::caseErrorMessage(t.error()));
        clear();
        return;
    }
    m_t = *t;
    auto family = store->families().get(m_t.familyId);
    m_familyName = family ? family->displayName : QString();
    m_loaded = true;
    reloadLists();
}

void TrajectoryController::reloadLists()
{
    store::CaseStore *store = cases();
    if (!store)
        return;
    m_visits.clear();
    if (auto list = store->visits().forTrajectory(m_id)) {
        for (const auto &item : *list) {
            const domain::Visit &v = item.visit;
            m_visits.append(
                QVariantMap{{QStringLiteral("id"), v.id},
                            {QStringLiteral("date"), Formats::dateText(v.plannedStart.toLocalTime().date())},
                            {QStringLiteral("time"), Formats::timeText(v.plannedStart)},
                            {QStringLiteral("kind"), Vocabulary::label(Vocabulary::visitKinds(), v.kind)},
                            {QStringLiteral("status"), v.status},
                            {QStringLiteral("statusLabel"), Vocabulary::label(Vocabulary::visitStatuses(), v.status)},
                            {QStringLiteral("notes"), item.notes}});
        }
    }
    m_evaluations.clear();
    if (auto list = store->trajectories().evaluations(m_id)) {
        for (const auto &e : *list) {
            m_evaluations.append(
                QVariantMap{{QStringLiteral("id"), e.id},
                            {QStringLiteral("week"), tr("Week van %1").arg(Formats::dateText(e.weekStart))},
                            {QStringLiteral("goals"), e.goals},
                            {QStringLiteral("progress"), e.progress},
                            {QStringLiteral("safety"), e.safety},
                            {QStringLiteral("adjustments"), e.adjustments},
                            {QStringLiteral("nextSteps"), e.nextSteps}});
        }
    }
    Q_EMIT changed();
}

EditResult TrajectoryController::saveDetails(const QString &framework, const QString &start, const QString &plannedEnd,
                                             const QString &responsible, const QString &status)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    flush();
    QVariantMap errors;
    domain::Trajectory t = m_t;
    t.framework = framework;
    t.start = readDate(start, QStringLiteral("start"), errors).date;
    t.plannedEnd = readDate(plannedEnd, QStringLiteral("plannedEnd"), errors).date;
    t.responsible = responsible;
    t.status = status;
    if (!errors.isEmpty())
        return EditResult::invalid(errors);
    if (auto r = store->trajectories().update(t); !r)
        return EditResult::failure(r.error());
    m_t = t;
    Q_EMIT changed();
    return EditResult::success(m_id);
}

void TrajectoryController::editGoals(const QString &text)
{
    m_t.goals = text;
    const QString id = m_id;
    autosave(QStringLiteral("goals"), [this, id, text]() -> QString {
        store::CaseStore *store = cases();
        if (!store)
            return tr("De kluis is vergrendeld; de tekst is niet opgeslagen.");
        auto t = store->trajectories().get(id);
        if (!t)
            return session::caseErrorMessage(t.error());
        t->goals = text;
        auto r = store->trajectories().update(*t);
        return r ? QString() : session::caseErrorMessage(r.error());
    });
}

EditResult TrajectoryController::planVisit(const QString &kind, const QString &date, const QString &time, int minutes,
                                           const QString &location)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    QVariantMap errors;
    const QDate day = readDate(date, QStringLiteral("date"), errors).date;
    const auto at = Formats::parseTime(time);
    if (!at)
        errors.insert(QStringLiteral("time"), tr("Schrijf de tijd als uu:mm, bijvoorbeeld 10:30."));
    if (date.trimmed().isEmpty())
        errors.insert(QStringLiteral("date"), tr("Vul de datum van het bezoek in."));
    if (minutes <= 0 || minutes > 12 * 60)
        errors.insert(QStringLiteral("minutes"), tr("Een bezoek duurt tussen 1 minuut en 12 uur."));
    if (!errors.isEmpty())
        return EditResult::invalid(errors);
    domain::Visit v;
    v.trajectoryId = m_id;
    v.kind = kind;
    v.status = QString(domain::codes::visit_status::Planned);
    v.plannedStart = QDateTime(day, *at, QTimeZone::systemTimeZone()).toUTC();
    v.plannedEnd = v.plannedStart.addSecs(60 * minutes);
    v.location = location;
    auto id = store->visits().plan(v);
    if (!id)
        return EditResult::failure(id.error());
    reloadLists();
    return EditResult::success(*id);
}

EditResult TrajectoryController::addEvaluation(const QString &weekStart)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    QVariantMap errors;
    QDate week = readDate(weekStart, QStringLiteral("weekStart"), errors).date;
    if (!errors.isEmpty())
        return EditResult::invalid(errors);
    if (!week.isValid())
        week = store->today().addDays(1 - store->today().dayOfWeek()); // this week's Monday
    domain::WeeklyEvaluation e;
    e.trajectoryId = m_id;
    e.weekStart = week;
    auto id = store->trajectories().addEvaluation(e);
    if (!id)
        return EditResult::failure(id.error());
    reloadLists();
    return EditResult::success(*id);
}

void TrajectoryController::editEvaluation(const QString &id, const QString &field, const QString &text)
{
    static const QStringList fields = {QStringLiteral("goals"), QStringLiteral("progress"), QStringLiteral("safety"),
                                       QStringLiteral("adjustments"), QStringLiteral("nextSteps")};
    if (!fields.contains(field))
        return;
    for (QVariant &v : m_evaluations) {
        QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("id")).toString() == id) {
            m.insert(field, text);
            v = m;
        }
    }
    autosave(id + QLatin1Char('/') + field, [this, id, field, text]() -> QString {
        store::CaseStore *store = cases();
        if (!store)
            return tr("De kluis is vergrendeld; de tekst is niet opgeslagen.");
        auto e = store->trajectories().evaluation(id);
        if (!e)
            return session::caseErrorMessage(e.error());
        if (field == QLatin1String("goals"))
            e->goals = text;
        else if (field == QLatin1String("progress"))
            e->progress = text;
        else if (field == QLatin1String("safety"))
            e->safety = text;
        else if (field == QLatin1String("adjustments"))
            e->adjustments = text;
        else
            e->nextSteps = text;
        auto r = store->trajectories().updateEvaluation(*e);
        return r ? QString() : session::caseErrorMessage(r.error());
    });
}

EditResult TrajectoryController::removeEvaluation(const QString &id)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    flush();
    if (auto r = store->trajectories().removeEvaluation(id); !r)
        return EditResult::failure(r.error());
    reloadLists();
    return EditResult::success();
}

} // namespace veldwerk::ui
