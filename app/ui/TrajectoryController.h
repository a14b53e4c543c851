#pragma once

#include "app/domain/Trajectory.h"
#include "app/ui/CaseController.h"
#include "app/ui/EditResult.h"

#include <QVariantList>

namespace veldwerk::ui {

// The trajectory page: its details and goals, its visits, and (for Ouderschapsdiagnostiek) its weekly
// evaluations, which are written as they are typed.
class TrajectoryController : public veldwerk::ui::CaseController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString trajectoryId READ trajectoryId WRITE setTrajectoryId NOTIFY trajectoryIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString familyId READ familyId NOTIFY changed)
    Q_PROPERTY(QString familyName READ familyName NOTIFY changed)
    Q_PROPERTY(QString product READ product NOTIFY changed)
    Q_PROPERTY(QString productLabel READ productLabel NOTIFY changed)
    Q_PROPERTY(QString framework READ framework NOTIFY changed)
    Q_PROPERTY(QString frameworkLabel READ frameworkLabel NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY changed)
    Q_PROPERTY(QString startText READ startText NOTIFY changed)
    Q_PROPERTY(QString plannedEndText READ plannedEndText NOTIFY changed)
    Q_PROPERTY(QString periodText READ periodText NOTIFY changed)
    Q_PROPERTY(QString goals READ goals NOTIFY changed)
    Q_PROPERTY(QString responsible READ responsible NOTIFY changed)
    Q_PROPERTY(bool weeklyEvaluations READ weeklyEvaluations NOTIFY changed)
    Q_PROPERTY(QVariantList visits READ visits NOTIFY changed)
    Q_PROPERTY(QVariantList evaluations READ evaluations NOTIFY changed)

public:
    explicit TrajectoryController(QObject *parent = nullptr)
        : CaseController(parent)
    {
    }

    QString trajectoryId() const { return m_id; }
    void setTrajectoryId(const QString &id);
    bool loaded() const { return m_loaded; }
    QString familyId() const { return m_t.familyId; }
    QString familyName() const { return m_familyName; }
    QString product() const { return m_t.product; }
    QString productLabel() const;
    QString framework() const { return m_t.framework; }
    QString frameworkLabel() const;
    QString status() const { return m_t.status; }
    QString statusLabel() const;
    QString startText() const;
    QString plannedEndText() const;
    QString periodText() const;
    QString goals() const { return m_t.goals; }
    QString responsible() const { return m_t.responsible; }
    // Seed 000: Ouderschapsdiagnostiek works with weekly evaluations.
    bool weeklyEvaluations() const;
    QVariantList visits() const { return m_visits; }
    QVariantList evaluations() const { return m_evaluations; }

    Q_INVOKABLE veldwerk::ui::EditResult saveDetails(const QString &framework, const QString &start,
                                                     const QString &plannedEnd, const QString &responsible,
                                                     const QString &status);
    Q_INVOKABLE void editGoals(const QString &text);
    // Plans a visit on `date` at `time` for `minutes`; {ok, id} or field errors.
    Q_INVOKABLE veldwerk::ui::EditResult planVisit(const QString &kind, const QString &date, const QString &time,
                                                   int minutes, const QString &location);
    Q_INVOKABLE veldwerk::ui::EditResult addEvaluation(const QString &weekStart);
    // field: goals, progress, safety, adjustments, nextSteps. Saved as typed.
    Q_INVOKABLE void editEvaluation(const QString &id, const QString &field, const QString &text);
    Q_INVOKABLE veldwerk::ui::EditResult removeEvaluation(const QString &id);

Q_SIGNALS:
    void trajectoryIdChanged();

protected:
    void load() override;
    void clear() override;

private:
    void reloadLists();
    QString m_id;
    bool m_loaded = false;
    domain::Trajectory m_t;
    QString m_familyName;
    QVariantList m_visits;
    QVariantList m_evaluations;
};

} // namespace veldwerk::ui
