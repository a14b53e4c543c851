#pragma once

#include "app/forms/ResponseEngine.h"
#include "app/ui/CaseController.h"
#include "app/ui/EditResult.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVariantList>

#include <memory>

namespace veldwerk::ui {

class FormController;

// The visible rows of the open form, one per enabled item occurrence, in questionnaire order. Rows are inserted and
// removed where enablement changes (never a reset while filling), so the field being typed in keeps its focus; the
// list is meant for a virtualised ListView, so a form of 1,000 items opens at once.
class FormRowModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        InstanceId = Qt::UserRole + 1,
        LinkId,
        Kind,    // group, display, question
        Control, // boolean, radio, checkbox, dropdown, slider, number, date, datetime, time, string, text, unsupported
        Label,
        Prefix,
        Depth,
        Required,
        ReadOnly,
        Calculated,
        Multiple, // a repeating question: several answers
        OpenChoice,
        AnswerText,
        OtherText, // open-choice: the typed answer beside the options
        Options,   // [{label, selected}]
        SelectedIndex,
        BoolValue, // -1 no answer, 0 nee, 1 ja
        NumberValue,
        Minimum,
        Maximum,
        Step,
        Unit,
        Help,
        MaxLength,
        Message,
        Missing, // required, enabled, unanswered, and the professional asked what is still open
        Progress,
        RepeatLabel,
        CanAddRepeat,
        CanRemoveRepeat,
    };

    explicit FormRowModel(FormController *owner);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Moves from the current rows to `rows` with inserts and removes only.
    void update(const QList<int> &rows);
    void clear();
    void refresh(const QSet<int> &instances);
    void refreshAll();
    int rowOf(int instance) const { return static_cast<int>(m_rows.indexOf(instance)); }
    const QList<int> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();

private:
    FormController *m_owner;
    QList<int> m_rows;
};

// One instrument form of a visit being filled: loads the response and its instrument, lets the screen answer,
// add and remove repetitions, and saves every answer as it is given (a choice at once, typing after a pause), so
// leaving half-way loses nothing. All rules live in forms::ResponseEngine; this adapts it to rows for QML.
class FormController : public veldwerk::ui::CaseController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString responseId READ responseId WRITE setResponseId NOTIFY responseIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString versionText READ versionText NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY statusChanged)
    Q_PROPERTY(QString loadProblem READ loadProblem NOTIFY changed)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(int openRequired READ openRequired NOTIFY progressChanged)
    Q_PROPERTY(bool showMissing READ showMissing NOTIFY progressChanged)
    Q_PROPERTY(veldwerk::ui::FormRowModel *rows READ rows CONSTANT)

public:
    explicit FormController(QObject *parent = nullptr);
    ~FormController() override;

    QString responseId() const { return m_id; }
    void setResponseId(const QString &id);
    bool loaded() const { return m_engine != nullptr; }
    QString title() const { return m_title; }
    QString versionText() const;
    QString status() const { return m_status; }
    QString statusLabel() const;
    QString loadProblem() const { return m_loadProblem; }
    QString progressText() const;
    int openRequired() const { return m_openRequired; }
    bool showMissing() const { return m_showMissing; }
    FormRowModel *rows() { return &m_rows; }

    // Typed input (text, number, date): parsed for the item's type and checked by the engine. Returns the Dutch
    // reason when refused (also shown on the row); an empty text clears the answer.
    Q_INVOKABLE QString enterText(int instance, const QString &text);
    // A choice option chosen or (check-box) unchosen.
    Q_INVOKABLE QString chooseOption(int instance, int option, bool chosen);
    // open-choice: the typed answer next to the options.
    Q_INVOKABLE QString enterOther(int instance, const QString &text);
    // -1 clears, 0 nee, 1 ja.
    Q_INVOKABLE QString setBoolean(int instance, int value);
    Q_INVOKABLE QString setNumber(int instance, double value);
    Q_INVOKABLE void clearAnswer(int instance);
    Q_INVOKABLE void addRepeat(int instance);
    Q_INVOKABLE void removeRepeat(int instance);
    // The row of the first question that still needs an answer (or holds a refused one); -1 when none. Marks every
    // open required question from now on.
    Q_INVOKABLE int firstOpenRow();
    // Completes the form when every required question is answered; otherwise marks what is open.
    Q_INVOKABLE veldwerk::ui::EditResult complete();
    // Opens a completed form for changes again (status 'amended').
    Q_INVOKABLE void amend();

    // For FormRowModel.
    QVariant rowData(int instance, int role) const;

Q_SIGNALS:
    void responseIdChanged();
    void statusChanged();
    void progressChanged();

protected:
    void load() override;
    void clear() override;

private:
    struct Counts {
        int answered = 0;
        int questions = 0;
        int requiredOpen = 0;
        bool operator==(const Counts &) const = default;
    };
    // The item of an instance of the open form; null when no form is open or there is no such instance.
    const forms::Item *itemOf(int instance) const;
    static QString notOpen();
    QString apply(int instance, const QList<forms::Value> &answers, bool typing);
    void applyChanges(const forms::Changes &changes, QSet<int> touched, bool typing);
    void save(const QList<int> &instances, bool typing);
    void saveCleared(const QStringList &paths);
    QList<int> visibleRows() const;
    void recount(QSet<int> &touched);
    Counts countOf(int instance, QHash<int, Counts> &counts) const;
    bool isMissing(int instance) const;
    QString controlOf(int instance) const;
    int depthOf(int instance) const;
    QString repeatLabel(int instance) const;

    QString m_id;
    QString m_familyId;
    QString m_title;
    QString m_version;
    QString m_status;
    QString m_loadProblem;
    std::unique_ptr<forms::ResponseEngine> m_engine;
    FormRowModel m_rows;
    QHash<int, QString> m_messages; // instance → refused answer
    QHash<int, Counts> m_counts;    // group and top-level instances
    int m_openRequired = 0;
    int m_questions = 0;
    int m_answered = 0;
    bool m_showMissing = false;
};

} // namespace veldwerk::ui
