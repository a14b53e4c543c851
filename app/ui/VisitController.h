#pragma once

#include "app/domain/Visit.h"
#include "app/ui/CaseController.h"
#include "app/ui/EditResult.h"

#include <QAbstractListModel>
#include <QVariantList>

namespace veldwerk::ui {

// The notes of the open visit. Edits change rows in place (no reset), so a note being typed keeps its field.
class ObservationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { NoteId = Qt::UserRole + 1, TimeText, Text, AboutId, AboutName, Tags, TagsText };

    explicit ObservationListModel(QObject *parent = nullptr)
        : QAbstractListModel(parent)
    {
    }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(QList<domain::Observation> notes, QHash<QString, QString> names);
    void append(const domain::Observation &note);
    void setText(const QString &id, const QString &text);
    void remove(const QString &id);
    void clear();
    const domain::Observation *find(const QString &id) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<domain::Observation> m_notes;
    QHash<QString, QString> m_names; // member id → name
};

// The visit workspace: what the visit is, who is there, and the quick notes taken while talking. Notes are saved
// the moment they are made; edits are saved as they are typed; the last note edit (or a note just added) can be
// undone.
class VisitController : public veldwerk::ui::CaseController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString familyId READ familyId NOTIFY changed)
    Q_PROPERTY(QString familyName READ familyName NOTIFY changed)
    Q_PROPERTY(QString trajectoryId READ trajectoryId NOTIFY changed)
    Q_PROPERTY(QString productLabel READ productLabel NOTIFY changed)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY changed)
    Q_PROPERTY(QString whenText READ whenText NOTIFY changed)
    Q_PROPERTY(QString heldText READ heldText NOTIFY changed)
    Q_PROPERTY(QString location READ location NOTIFY changed)
    Q_PROPERTY(QVariantList members READ members NOTIFY changed)
    Q_PROPERTY(QString presentOther READ presentOther NOTIFY changed)
    Q_PROPERTY(bool mayFilm READ mayFilm NOTIFY changed)
    Q_PROPERTY(veldwerk::ui::ObservationListModel *notes READ notes CONSTANT)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    // The instrument forms of this visit: [{id, title, status, statusLabel, answeredText}], oldest first.
    Q_PROPERTY(QVariantList forms READ forms NOTIFY formsChanged)

public:
    explicit VisitController(QObject *parent = nullptr);

    QString visitId() const { return m_id; }
    void setVisitId(const QString &id);
    bool loaded() const { return m_loaded; }
    QString familyId() const { return m_visit.familyId; }
    QString familyName() const { return m_familyName; }
    QString trajectoryId() const { return m_visit.trajectoryId; }
    QString productLabel() const { return m_productLabel; }
    QString kindLabel() const;
    QString status() const { return m_visit.status; }
    QString statusLabel() const;
    QString whenText() const;
    QString heldText() const;
    QString location() const { return m_visit.location; }
    QVariantList members() const;
    QString presentOther() const { return m_visit.presentOther; }
    bool mayFilm() const { return m_mayFilm; }
    ObservationListModel *notes() { return &m_notes; }
    bool canUndo() const { return m_undo.kind != Undo::None; }
    QString undoText() const;
    QVariantList forms() const { return m_forms; }

    Q_INVOKABLE veldwerk::ui::EditResult start();
    Q_INVOKABLE veldwerk::ui::EditResult finish();
    Q_INVOKABLE veldwerk::ui::EditResult togglePresent(const QString &memberId);
    Q_INVOKABLE void editPresentOther(const QString &text);
    // A new note, committed before this returns: {ok, id} or the reason it was refused.
    Q_INVOKABLE veldwerk::ui::EditResult addNote(const QString &text, const QString &aboutId, const QStringList &tags);
    // A change to a note's text, saved as it is typed.
    Q_INVOKABLE void editNote(const QString &id, const QString &text);
    Q_INVOKABLE veldwerk::ui::EditResult removeNote(const QString &id);
    Q_INVOKABLE veldwerk::ui::EditResult undo();
    // The instruments that can be filled on this device: [{url, version, title, description, bundled}].
    Q_INVOKABLE QVariantList instruments() const;
    // A new, empty form of an instrument on this visit: {ok, id}.
    Q_INVOKABLE veldwerk::ui::EditResult addForm(const QString &url, const QString &version);
    // Reads the forms again (after one was filled).
    Q_INVOKABLE void reloadForms();

Q_SIGNALS:
    void visitIdChanged();
    void undoChanged();
    void formsChanged();

protected:
    void load() override;
    void clear() override;

private:
    struct Undo {
        enum Kind { None, Added, Edited } kind = None;
        QString noteId;
        QString previousText;
    };
    void setUndo(Undo undo);
    EditResult saveVisit(domain::Visit visit);

    QString m_id;
    bool m_loaded = false;
    domain::Visit m_visit;
    QString m_familyName;
    QString m_productLabel;
    QVariantList m_members;
    bool m_mayFilm = false;
    ObservationListModel m_notes;
    Undo m_undo;
    QVariantList m_forms;
};

} // namespace veldwerk::ui
