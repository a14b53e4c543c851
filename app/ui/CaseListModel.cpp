#include "app/ui/CaseListModel.h"

#include "app/domain/Vocabulary.h"
#include "app/session/SessionError.h"
#include "app/store/CaseStore.h"
#include "app/ui/Formats.h"
#include "app/ui/VaultController.h"

#include <QTimeZone>

namespace veldwerk::ui {

using domain::Vocabulary;

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CaseListModel::setVault(VaultController *vault)
{
    if (m_vault == vault)
        return;
    if (m_vault)
        disconnect(m_vault, nullptr, this, nullptr);
    m_vault = vault;
    if (m_vault) {
        connect(m_vault, &VaultController::unlocked, this, &CaseListModel::reload);
        connect(m_vault, &VaultController::locked, this, [this] {
            beginResetModel();
            empty();
            endResetModel();
            Q_EMIT countChanged();
        });
    }
    Q_EMIT vaultChanged();
    reload();
}

store::CaseStore *CaseListModel::cases() const
{
    if (!m_vault || !m_vault->session())
        return nullptr;
    return &m_vault->session()->cases();
}

void CaseListModel::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void CaseListModel::reload()
{
    store::CaseStore *store = cases();
    beginResetModel();
    empty();
    const QString error = store ? fill(*store) : QString();
    endResetModel();
    setError(error);
    Q_EMIT countChanged();
}

// ---- TodayModel ----------------------------------------------------------------------------------------------

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QHash<int, QByteArray> TodayModel::roleNames() const
{
    return {{VisitId, "visitId"},   {FamilyId, "familyId"},   {FamilyName, "familyName"},
            {TimeText, "timeText"}, {KindLabel, "kindLabel"}, {ProductLabel, "productLabel"},
            {Location, "location"}, {Status, "status"},       {StatusLabel, "statusLabel"},
            {Notes, "notes"}};
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case VisitId:
        return r.visitId;
    case FamilyId:
        return r.familyId;
    case FamilyName:
        return r.familyName;
    case TimeText:
        return r.timeText;
    case KindLabel:
        return r.kindLabel;
    case ProductLabel:
        return r.productLabel;
    case Location:
        return r.location;
    case Status:
        return r.status;
    case StatusLabel:
        return r.statusLabel;
    case Notes:
        return r.notes;
    default:
        return {};
    }
}

QString TodayModel::dayText() const
{
    return Formats::dayText(QDate::currentDate());
}

QString TodayModel::fill(store::CaseStore &cases)
{
    auto visits = cases.visits().onDay(QDate::currentDate(), QTimeZone::systemTimeZone());
    if (!visits)
        return session::caseErrorMessage(visits.error());
    for (const store::VisitListItem &item : *visits) {
        const domain::Visit &v = item.visit;
        Row r;
        r.visitId = v.id;
        r.familyId = v.familyId;
        r.familyName = item.familyName;
        r.timeText = v.plannedEnd.isValid()
                         ? Formats::timeText(v.plannedStart) + QStringLiteral("–") + Formats::timeText(v.plannedEnd)
                         : Formats::timeText(v.plannedStart);
        r.kindLabel = Vocabulary::label(Vocabulary::visitKinds(), v.kind);
        r.productLabel = Vocabulary::label(Vocabulary::products(), item.product);
        r.location = v.location;
        r.status = v.status;
        r.statusLabel = Vocabulary::label(Vocabulary::visitStatuses(), v.status);
        r.notes = item.notes;
        m_rows.append(r);
    }
    return {};
}

// ---- CaseloadModel -------------------------------------------------------------------------------------------

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QHash<int, QByteArray> CaseloadModel::roleNames() const
{
    return {{FamilyId, "familyId"},
            {Name, "name"},
            {Area, "area"},
            {ChildrenText, "childrenText"},
            {ProductsText, "productsText"},
            {Summary, "summary"},
            {NextVisitText, "nextVisitText"}};
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case FamilyId:
        return r.familyId;
    case Name:
        return r.name;
    case Area:
        return r.area;
    case ChildrenText:
        return r.childrenText;
    case ProductsText:
        return r.productsText;
    case Summary: {
        QStringList parts;
        for (const QString &p : {r.area, r.childrenText, r.productsText}) {
            if (!p.isEmpty())
                parts.append(p);
        }
        return parts.join(QStringLiteral(" · "));
    }
    case NextVisitText:
        return r.nextVisitText;
    default:
        return {};
    }
}

void CaseloadModel::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    Q_EMIT searchChanged();
    reload();
}

QString CaseloadModel::fill(store::CaseStore &cases)
{
    if (!m_viewLogged) {
        // Looking at the caseload is a look at client data (names): logged once per screen, not per keystroke.
        if (auto logged = cases.families().noteCaseloadViewed(); !logged)
            return session::caseErrorMessage(logged.error());
        m_viewLogged = true;
    }
    auto entries = cases.families().caseload(m_search, QDateTime::currentDateTimeUtc());
    if (!entries)
        return session::caseErrorMessage(entries.error());
    for (const store::CaseloadEntry &e : *entries) {
        Row r;
        r.familyId = e.id;
        r.name = e.displayName;
        r.area = e.area;
        r.childrenText = e.children == 1 ? tr("1 kind") : tr("%1 kinderen").arg(e.children);
        QStringList products;
        for (const QString &p : e.activeProducts)
            products.append(p);
        products.removeDuplicates();
        r.productsText = products.join(QStringLiteral(", "));
        if (e.nextVisit.isValid()) {
            const QDateTime local = e.nextVisit.toLocalTime();
            r.nextVisitText = local.date() == QDate::currentDate()
                                  ? tr("vandaag %1").arg(Formats::timeText(e.nextVisit))
                                  : Formats::locale().toString(local, QStringLiteral("ddd d MMM HH:mm"));
        }
        m_rows.append(r);
    }
    return {};
}

// ---- HomeController ------------------------------------------------------------------------------------------

void HomeController::setVault(VaultController *vault)
{
    if (m_today.vault() == vault)
        return;
    m_today.setVault(vault);
    m_caseload.setVault(vault);
    Q_EMIT vaultChanged();
}

void HomeController::reload()
{
    m_today.reload();
    m_caseload.reload();
}

} // namespace veldwerk::ui
