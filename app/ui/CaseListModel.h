#pragma once

#include "app/ui/VaultController.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace veldwerk::store {
class CaseStore;
}

namespace veldwerk::ui {

// Base of the list models of the case-record screens: reaches the open vault, reloads when asked or unlocked, and
// empties itself when the vault locks.
class CaseListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(veldwerk::ui::VaultController *vault READ vault WRITE setVault NOTIFY vaultChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit CaseListModel(QObject *parent = nullptr);

    VaultController *vault() const { return m_vault; }
    void setVault(VaultController *vault);
    int count() const { return rowCount(); }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void vaultChanged();
    void countChanged();
    void errorTextChanged();

protected:
    store::CaseStore *cases() const;
    // Fills the model from the store (inside beginResetModel/endResetModel); returns an error text or empty.
    virtual QString fill(store::CaseStore &cases) = 0;
    virtual void empty() = 0;

private:
    void setError(const QString &text);
    QPointer<VaultController> m_vault;
    QString m_errorText;
};

// Vandaag: the visits planned on one day, earliest first.
class TodayModel : public veldwerk::ui::CaseListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString dayText READ dayText NOTIFY countChanged)

public:
    enum Role {
        VisitId = Qt::UserRole + 1,
        FamilyId,
        FamilyName,
        TimeText,
        KindLabel,
        ProductLabel,
        Location,
        Status,
        StatusLabel,
        Notes
    };

    explicit TodayModel(QObject *parent = nullptr)
        : CaseListModel(parent)
    {
    }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString dayText() const;

protected:
    QString fill(store::CaseStore &cases) override;
    void empty() override { m_rows.clear(); }

private:
    struct Row {
        QString visitId, familyId, familyName, timeText, kindLabel, productLabel, location, status, statusLabel;
        int notes = 0;
    };
    QList<Row> m_rows;
};

// The caseload, alphabetical, filtered by `search` (family, area, child and caregiver names).
class CaseloadModel : public veldwerk::ui::CaseListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)

public:
    enum Role { FamilyId = Qt::UserRole + 1, Name, Area, ChildrenText, ProductsText, Summary, NextVisitText };

    explicit CaseloadModel(QObject *parent = nullptr)
        : CaseListModel(parent)
    {
    }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString search() const { return m_search; }
    void setSearch(const QString &search);

Q_SIGNALS:
    void searchChanged();

protected:
    QString fill(store::CaseStore &cases) override;
    void empty() override { m_rows.clear(); }

private:
    struct Row {
        QString familyId, name, area, childrenText, productsText, nextVisitText;
    };
    QList<Row> m_rows;
    QString m_search;
    bool m_viewLogged = false;
};

// The home screen (Vandaag): today's visits and the caseload. The models are properties rather than QML types of
// their own because Qt 6.4's qmllint cannot resolve QAbstractItemModel for types created in QML.
class HomeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::ui::VaultController *vault READ vault WRITE setVault NOTIFY vaultChanged)
    Q_PROPERTY(veldwerk::ui::TodayModel *today READ today CONSTANT)
    Q_PROPERTY(veldwerk::ui::CaseloadModel *caseload READ caseload CONSTANT)

public:
    explicit HomeController(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    VaultController *vault() const { return m_today.vault(); }
    void setVault(VaultController *vault);
    TodayModel *today() { return &m_today; }
    CaseloadModel *caseload() { return &m_caseload; }
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void vaultChanged();

private:
    TodayModel m_today;
    CaseloadModel m_caseload;
};

} // namespace veldwerk::ui
