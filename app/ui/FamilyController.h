#pragma once

#include "app/ui/CaseController.h"
#include "app/ui/EditResult.h"

#include <QVariantList>

namespace veldwerk::ui {

// The family page: the family's details, members, trajectories, consents, the timeline of visits and the audit
// trail. Opening it is an audited view. Lists are small per family, so they are plain lists of maps.
class FamilyController : public veldwerk::ui::CaseController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString familyId READ familyId WRITE setFamilyId NOTIFY familyIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString area READ area NOTIFY changed)
    Q_PROPERTY(QString addressLine READ addressLine NOTIFY changed)
    Q_PROPERTY(QString notes READ notes NOTIFY changed)
    Q_PROPERTY(QVariantList children READ children NOTIFY changed)
    Q_PROPERTY(QVariantList caregivers READ caregivers NOTIFY changed)
    Q_PROPERTY(QVariantList members READ members NOTIFY changed)
    Q_PROPERTY(QVariantList trajectories READ trajectories NOTIFY changed)
    Q_PROPERTY(QVariantList consents READ consents NOTIFY changed)
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY changed)
    Q_PROPERTY(QVariantList auditTrail READ auditTrail NOTIFY changed)
    Q_PROPERTY(bool mayFilm READ mayFilm NOTIFY changed)

public:
    explicit FamilyController(QObject *parent = nullptr)
        : CaseController(parent)
    {
    }

    QString familyId() const { return m_familyId; }
    void setFamilyId(const QString &id);
    bool loaded() const { return m_loaded; }
    QString name() const { return m_name; }
    QString address() const { return m_address; }
    QString area() const { return m_area; }
    // "Lindelaan 14, Zwolle-Zuid": what the page header shows under the name.
    QString addressLine() const;
    QString notes() const { return m_notes; }
    QVariantList children() const { return m_children; }
    QVariantList caregivers() const { return m_caregivers; }
    QVariantList members() const;
    QVariantList trajectories() const { return m_trajectories; }
    QVariantList consents() const { return m_consents; }
    QVariantList timeline() const { return m_timeline; }
    QVariantList auditTrail() const { return m_audit; }
    bool mayFilm() const { return m_mayFilm; }

    // A new family: returns {ok, id} or {ok: false, errors, message}.
    Q_INVOKABLE veldwerk::ui::EditResult createFamily(const QString &name, const QString &address, const QString &area);
    Q_INVOKABLE veldwerk::ui::EditResult saveDetails(const QString &name, const QString &address, const QString &area);
    // Notes are saved as they are typed.
    Q_INVOKABLE void editNotes(const QString &text);

    Q_INVOKABLE veldwerk::ui::EditResult addChild(const QString &name, const QString &birthDate,
                                                  const QString &expectedBirthDate);
    Q_INVOKABLE veldwerk::ui::EditResult removeChild(const QString &id);
    Q_INVOKABLE veldwerk::ui::EditResult addCaregiver(const QString &name, const QString &role,
                                                      const QString &roleOther, const QString &phone);
    Q_INVOKABLE veldwerk::ui::EditResult removeCaregiver(const QString &id);
    Q_INVOKABLE veldwerk::ui::EditResult recordConsent(const QString &purpose, const QString &givenById,
                                                       const QString &givenByName, const QString &party,
                                                       const QString &givenOn);
    Q_INVOKABLE veldwerk::ui::EditResult withdrawConsent(const QString &id, const QString &withdrawnOn);
    Q_INVOKABLE veldwerk::ui::EditResult createTrajectory(const QString &product, const QString &productOther,
                                                          const QString &framework, const QString &start,
                                                          const QString &plannedEnd, const QString &goals,
                                                          const QString &responsible);

Q_SIGNALS:
    void familyIdChanged();

protected:
    void load() override;
    void clear() override;

private:
    void reloadLists();
    QString m_familyId;
    bool m_loaded = false;
    QString m_name, m_address, m_area, m_notes;
    QVariantList m_children, m_caregivers, m_trajectories, m_consents, m_timeline, m_audit;
    bool m_mayFilm = false;
};

// A date typed in a field: the date, or the field's Dutch problem. Empty text is no date and no problem.
struct DateField {
    QDate date;
    QString problem;
};
DateField readDate(const QString &text, const QString &field, QVariantMap &errors);

} // namespace veldwerk::ui
