#include "app/ui/FamilyController.h"

#include "app/domain/Codes.h"
#include "app/domain/ConsentRules.h"
#include "app/domain/Vocabulary.h"
#include "app/session/SessionError.h"
#include "app/store/CaseStore.h"
#include "app/ui/Formats.h"

namespace veldwerk::ui {

using domain::Vocabulary;

namespace {

QString actionLabel(const QString &action)
{
    if (action == QLatin1String("create"))
        return FamilyController::tr("aangemaakt");
    if (action == QLatin1String("update"))
        return FamilyController::tr("gewijzigd");
    if (action == QLatin1String("delete"))
        return FamilyController::tr("verwijderd");
    if (action == QLatin1String("view"))
        return FamilyController::tr("ingezien");
    if (action == QLatin1String("export"))
        return FamilyController::tr("geëxporteerd");
    return action;
}

QString entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("family"), QT_TRANSLATE_NOOP("veldwerk::ui::FamilyController", "gezin")},
        {QStringLiteral("child"), QT_TRANSLATE_NOOP("veldwerk::ui::FamilyController", "kind")},
        {QStringLiteral("caregiver"), QT_TRANSLATE_NOOP("veldwerk::ui::FamilyController", "ouder/verzorger")},
        {QStringLiteral("trajectory"), QT_TRANSLATE_NOOP("veldwerk::ui::FamilyController", "traject")},
        {QStringLiteral("weekly_evaluation"), QT_TRANSLATE_NOOP("veldwerk::ui::FamilyController", "weekevaluatie")},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("veldwerk::ui::FamilyController", "bezoek")},
        {QStringLiteral("observation"), QT_TRANSLATE_NOOP("veldwerk::ui::FamilyController", "observatie")},
        {QStringLiteral("consent"), QT_TRANSLATE_NOOP("veldwerk::ui::FamilyController", "toestemming")},
    };
    const auto it = labels.find(entity);
    return it == labels.end() ? entity : FamilyController::tr(it.value());
}

} // namespace

DateField readDate(const QString &text, const QString &field, QVariantMap &errors)
{
    DateField out;
    if (text.trimmed().isEmpty())
        return out;
    const auto date = Formats::parseDate(text, QDate::currentDate());
    if (!date) {
        out.problem = FamilyController::tr("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 25-11-2026.");
        errors.insert(field, out.problem);
    } else {
        out.date = *date;
    }
    return out;
}

void FamilyController::setFamilyId(const QString &id)
{
    if (m_familyId == id)
        return;
    m_familyId = id;
    Q_EMIT familyIdChanged();
    if (cases())
        load();
}

QString FamilyController::addressLine() const
{
    QStringList parts;
    for (const QString &p : {m_address, m_area}) {
        if (!p.trimmed().isEmpty())
            parts.append(p.trimmed());
    }
    return parts.join(QStringLiteral(", "));
}

QVariantList FamilyController::members() const
{
    QVariantList out = m_caregivers;
    out.append(m_children);
    return out;
}

void FamilyController::clear()
{
    m_loaded = false;
    m_name.clear();
    m_address.clear();
    m_area.clear();
    m_notes.clear();
    m_children.clear();
    m_caregivers.clear();
    m_trajectories.clear();
    m_consents.clear();
    m_timeline.clear();
    m_audit.clear();
    m_mayFilm = false;
    Q_EMIT changed();
}

void FamilyController::load()
{
    store::CaseStore *store = cases();
    if (!store || m_familyId.isEmpty())
        return;
    auto family = store->families().open(m_familyId); // an audited view
    if (!family) {
        setError(session::caseErrorMessage(family.error()));
        clear();
        return;
    }
    m_name = family->displayName;
    m_address = family->address;
    m_area = family->area;
    m_notes = family->notes;
    m_loaded = true;
    reloadLists();
}

void FamilyController::reloadLists()
{
    store::CaseStore *store = cases();
    if (!store)
        return;
    const QDate today = store->today();
    m_children.clear();
    if (auto list = store->members().children(m_familyId)) {
        for (const auto &c : *list)
            m_children.append(
                QVariantMap{{QStringLiteral("id"), c.id},
                            {QStringLiteral("name"), c.name},
                            {QStringLiteral("kind"), QStringLiteral("child")},
                            {QStringLiteral("unborn"), c.unborn()},
                            {QStringLiteral("detail"), Formats::ageText(c.birthDate, c.expectedBirthDate, today)}});
    }
    m_caregivers.clear();
    if (auto list = store->members().caregivers(m_familyId)) {
        for (const auto &p : *list) {
            QString role = Vocabulary::label(Vocabulary::roles(), p.role);
            if (p.role == domain::codes::role::Other && !p.roleOther.isEmpty())
                role = p.roleOther;
            m_caregivers.append(QVariantMap{{QStringLiteral("id"), p.id},
                                            {QStringLiteral("name"), p.name},
                                            {QStringLiteral("kind"), QStringLiteral("caregiver")},
                                            {QStringLiteral("detail"), role}});
        }
    }
    m_trajectories.clear();
    if (auto list = store->trajectories().forFamily(m_familyId)) {
        for (const auto &t : *list) {
            QString period = Formats::dateText(t.start);
            if (t.plannedEnd.isValid())
                period += QStringLiteral(" – ") + Formats::dateText(t.plannedEnd);
            m_trajectories.append(QVariantMap{
                {QStringLiteral("id"), t.id},
                {QStringLiteral("product"), Vocabulary::label(Vocabulary::products(), t.product)},
                {QStringLiteral("status"), t.status},
                {QStringLiteral("statusLabel"), Vocabulary::label(Vocabulary::trajectoryStatuses(), t.status)},
                {QStringLiteral("period"), period},
                {QStringLiteral("responsible"), t.responsible}});
        }
    }
    m_consents.clear();
    QList<domain::Consent> consents;
    if (auto list = store->consents().forFamily(m_familyId)) {
        consents = *list;
        for (const auto &c : *list) {
            QString by = c.givenByName;
            for (const QVariant &m : members()) {
                if (m.toMap().value(QStringLiteral("id")).toString() == c.givenById)
                    by = m.toMap().value(QStringLiteral("name")).toString();
            }
            QString label = Vocabulary::label(Vocabulary::consentPurposes(), c.purpose);
            if (!c.party.isEmpty())
                label += QStringLiteral(": ") + c.party;
            m_consents.append(QVariantMap{{QStringLiteral("id"), c.id},
                                          {QStringLiteral("purpose"), c.purpose},
                                          {QStringLiteral("label"), label},
                                          {QStringLiteral("givenBy"), by},
                                          {QStringLiteral("givenOn"), Formats::dateText(c.givenOn)},
                                          {QStringLiteral("withdrawnOn"), Formats::dateText(c.withdrawnOn)},
                                          {QStringLiteral("inForce"), c.inForceOn(today)}});
        }
    }
    m_mayFilm = domain::ConsentRules::mayFilm(consents, today);
    m_timeline.clear();
    if (auto list = store->visits().timeline(m_familyId)) {
        for (const auto &item : *list) {
            const domain::Visit &v = item.visit;
            m_timeline.append(
                QVariantMap{{QStringLiteral("id"), v.id},
                            {QStringLiteral("date"), Formats::dateText(v.plannedStart.toLocalTime().date())},
                            {QStringLiteral("time"), Formats::timeText(v.plannedStart)},
                            {QStringLiteral("kind"), Vocabulary::label(Vocabulary::visitKinds(), v.kind)},
                            {QStringLiteral("status"), v.status},
                            {QStringLiteral("statusLabel"), Vocabulary::label(Vocabulary::visitStatuses(), v.status)},
                            {QStringLiteral("product"), Vocabulary::label(Vocabulary::products(), item.product)},
                            {QStringLiteral("notes"), item.notes}});
        }
    }
    m_audit.clear();
    if (auto list = store->audit().forFamily(m_familyId, 50)) {
        for (const auto &e : *list) {
            const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
            m_audit.append(
                QVariantMap{{QStringLiteral("at"), Formats::locale().toString(at, QStringLiteral("d MMM yyyy HH:mm"))},
                            {QStringLiteral("actor"), e.actor},
                            {QStringLiteral("what"), entityLabel(e.entity) + QLatin1Char(' ') + actionLabel(e.action)},
                            {QStringLiteral("detail"), e.detail}});
        }
    }
    Q_EMIT changed();
}

EditResult FamilyController::createFamily(const QString &name, const QString &address, const QString &area)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    auto id = store->families().create(domain::Family{{}, name, address, area, {}});
    if (!id)
        return EditResult::failure(id.error());
    return EditResult::success(*id);
}

EditResult FamilyController::saveDetails(const QString &name, const QString &address, const QString &area)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    flush(); // notes typed a moment ago go first, so this save does not overwrite them
    domain::Family f{m_familyId, name, address, area, m_notes};
    if (auto r = store->families().update(f); !r)
        return EditResult::failure(r.error());
    m_name = name.trimmed();
    m_address = address;
    m_area = area;
    reloadLists();
    return EditResult::success(m_familyId);
}

void FamilyController::editNotes(const QString &text)
{
    m_notes = text;
    const QString id = m_familyId;
    autosave(QStringLiteral("notes"), [this, id, text]() -> QString {
        store::CaseStore *store = cases();
        if (!store)
            return tr("De kluis is vergrendeld; de notitie is niet opgeslagen.");
        auto family = store->families().get(id);
        if (!family)
            return session::caseErrorMessage(family.error());
        family->notes = text;
        auto r = store->families().update(*family);
        return r ? QString() : session::caseErrorMessage(r.error());
    });
}

EditResult FamilyController::addChild(const QString &name, const QString &birthDate, const QString &expectedBirthDate)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    QVariantMap errors;
    domain::Child child;
    child.familyId = m_familyId;
    child.name = name;
    child.birthDate = readDate(birthDate, QStringLiteral("birthDate"), errors).date;
    child.expectedBirthDate = readDate(expectedBirthDate, QStringLiteral("expectedBirthDate"), errors).date;
    if (!errors.isEmpty())
        return EditResult::invalid(errors);
    auto id = store->members().addChild(child);
    if (!id)
        return EditResult::failure(id.error());
    reloadLists();
    return EditResult::success(*id);
}

EditResult FamilyController::removeChild(const QString &id)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    if (auto r = store->members().removeChild(id); !r)
        return EditResult::failure(r.error());
    reloadLists();
    return EditResult::success();
}

EditResult FamilyController::addCaregiver(const QString &name, const QString &role, const QString &roleOther,
                                          const QString &phone)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    auto id = store->members().addCaregiver(domain::Caregiver{{}, m_familyId, name, role, roleOther, phone});
    if (!id)
        return EditResult::failure(id.error());
    reloadLists();
    return EditResult::success(*id);
}

EditResult FamilyController::removeCaregiver(const QString &id)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    if (auto r = store->members().removeCaregiver(id); !r)
        return EditResult::failure(r.error());
    reloadLists();
    return EditResult::success();
}

EditResult FamilyController::recordConsent(const QString &purpose, const QString &givenById, const QString &givenByName,
                                           const QString &party, const QString &givenOn)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    QVariantMap errors;
    domain::Consent c;
    c.familyId = m_familyId;
    c.purpose = purpose;
    c.givenById = givenById;
    c.givenByName = givenByName;
    c.party = party;
    c.givenOn = readDate(givenOn, QStringLiteral("givenOn"), errors).date;
    if (!errors.isEmpty())
        return EditResult::invalid(errors);
    auto id = store->consents().record(c);
    if (!id)
        return EditResult::failure(id.error());
    reloadLists();
    return EditResult::success(*id);
}

EditResult FamilyController::withdrawConsent(const QString &id, const QString &withdrawnOn)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    QVariantMap errors;
    const QDate day = withdrawnOn.trimmed().isEmpty()
                          ? store->today()
                          : readDate(withdrawnOn, QStringLiteral("withdrawnOn"), errors).date;
    if (!errors.isEmpty())
        return EditResult::invalid(errors);
    if (auto r = store->consents().withdraw(id, day); !r)
        return EditResult::failure(r.error());
    reloadLists();
    return EditResult::success(id);
}

EditResult FamilyController::createTrajectory(const QString &product, const QString &productOther,
                                              const QString &framework, const QString &start, const QString &plannedEnd,
                                              const QString &goals, const QString &responsible)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    QVariantMap errors;
    domain::Trajectory t;
    t.familyId = m_familyId;
    t.product = product;
    t.productOther = productOther;
    t.framework = framework;
    t.start = readDate(start, QStringLiteral("start"), errors).date;
    t.plannedEnd = readDate(plannedEnd, QStringLiteral("plannedEnd"), errors).date;
    t.goals = goals;
    t.responsible = responsible;
    t.status = QString(domain::codes::trajectory_status::Running);
    if (!errors.isEmpty())
        return EditResult::invalid(errors);
    auto id = store->trajectories().create(t);
    if (!id)
        return EditResult::failure(id.error());
    reloadLists();
    return EditResult::success(*id);
}

} // namespace veldwerk::ui
