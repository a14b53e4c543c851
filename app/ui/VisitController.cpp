#include "app/ui/VisitController.h"

#include "app/domain/Codes.h"
#include "app/domain/Vocabulary.h"
#include "app/forms/Questionnaire.h"
#include "app/formstore/InstrumentCatalog.h"
#include "app/formstore/StoredForms.h"
#include "app/session/SessionError.h"
#include "app/store/CaseStore.h"
#include "app/ui/Formats.h"

namespace veldwerk::ui {

using domain::Vocabulary;

// ---- ObservationListModel ------------------------------------------------------------------------------------

int ObservationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notes.size());
}

QHash<int, QByteArray> ObservationListModel::roleNames() const
{
    return {{NoteId, "noteId"},       {TimeText, "timeText"}, {Text, "text"},        {AboutId, "aboutId"},
            {AboutName, "aboutName"}, {Tags, "tags"},         {TagsText, "tagsText"}};
}

QVariant ObservationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size())
        return {};
    const domain::Observation &o = m_notes.at(index.row());
    switch (role) {
    case NoteId:
        return o.id;
    case TimeText:
        return Formats::timeText(o.recordedAt);
    case Text:
        return o.text;
    case AboutId:
        return o.aboutId;
    case AboutName:
        return m_names.value(o.aboutId);
    case Tags:
        return o.tags;
    case TagsText: {
        QStringList labels;
        for (const QString &t : o.tags)
            labels.append(Vocabulary::label(Vocabulary::observationTags(), t));
        return labels.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

void ObservationListModel::reset(QList<domain::Observation> notes, QHash<QString, QString> names)
{
    beginResetModel();
    m_notes = std::move(notes);
    m_names = std::move(names);
    endResetModel();
    Q_EMIT countChanged();
}

void ObservationListModel::append(const domain::Observation &note)
{
    beginInsertRows({}, static_cast<int>(m_notes.size()), static_cast<int>(m_notes.size()));
    m_notes.append(note);
    endInsertRows();
    Q_EMIT countChanged();
}

void ObservationListModel::setText(const QString &id, const QString &text)
{
    for (int i = 0; i < m_notes.size(); ++i) {
        if (m_notes[i].id == id) {
            m_notes[i].text = text;
            Q_EMIT dataChanged(index(i), index(i), {Text});
            return;
        }
    }
}

void ObservationListModel::remove(const QString &id)
{
    for (int i = 0; i < m_notes.size(); ++i) {
        if (m_notes[i].id == id) {
            beginRemoveRows({}, i, i);
            m_notes.removeAt(i);
            endRemoveRows();
            Q_EMIT countChanged();
            return;
        }
    }
}

void ObservationListModel::clear()
{
    reset({}, {});
}

const domain::Observation *ObservationListModel::find(const QString &id) const
{
    for (const auto &n : m_notes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

// ---- VisitController -----------------------------------------------------------------------------------------

VisitController::VisitController(QObject *parent)
    : CaseController(parent)
{
}

void VisitController::setVisitId(const QString &id)
{
    if (m_id == id)
        return;
    m_id = id;
    Q_EMIT visitIdChanged();
    if (cases())
        load();
}

QString VisitController::kindLabel() const
{
    return Vocabulary::label(Vocabulary::visitKinds(), m_visit.kind);
}

QString VisitController::statusLabel() const
{
    return Vocabulary::label(Vocabulary::visitStatuses(), m_visit.status);
}

QString VisitController::whenText() const
{
    if (!m_visit.plannedStart.isValid())
        return {};
    QString out = Formats::dayText(m_visit.plannedStart.toLocalTime().date()) + QStringLiteral(", ")
                  + Formats::timeText(m_visit.plannedStart);
    if (m_visit.plannedEnd.isValid())
        out += QStringLiteral("–") + Formats::timeText(m_visit.plannedEnd);
    return out;
}

QString VisitController::heldText() const
{
    if (!m_visit.heldStart.isValid())
        return {};
    if (!m_visit.heldEnd.isValid())
        return tr("Begonnen om %1").arg(Formats::timeText(m_visit.heldStart));
    return tr("Gehouden van %1 tot %2").arg(Formats::timeText(m_visit.heldStart), Formats::timeText(m_visit.heldEnd));
}

QVariantList VisitController::members() const
{
    QVariantList out;
    for (const QVariant &v : m_members) {
        QVariantMap m = v.toMap();
        m.insert(QStringLiteral("present"), m_visit.present.contains(m.value(QStringLiteral("id")).toString()));
        out.append(m);
    }
    return out;
}

QString VisitController::undoText() const
{
    switch (m_undo.kind) {
    case Undo::Added:
        return tr("Nieuwe notitie ongedaan maken");
    case Undo::Edited:
        return tr("Laatste wijziging ongedaan maken");
    case Undo::None:
        break;
    }
    return {};
}

void VisitController::setUndo(Undo undo)
{
    m_undo = std::move(undo);
    Q_EMIT undoChanged();
}

void VisitController::clear()
{
    m_loaded = false;
    m_visit = {};
    m_familyName.clear();
    m_productLabel.clear();
    m_members.clear();
    m_mayFilm = false;
    m_notes.clear();
    setUndo({});
    m_forms.clear();
    Q_EMIT formsChanged();
    Q_EMIT changed();
}

void VisitController::load()
{
    store::CaseStore *store = cases();
    if (!store || m_id.isEmpty())
        return;
    auto visit = store->visits().open(m_id); // an audited view
    if (!visit) {
        setError(session::caseErrorMessage(visit.error()));
        clear();
        return;
    }
    m_visit = *visit;
    auto family = store->families().get(m_visit.familyId);
    m_familyName = family ? family->displayName : QString();
    auto trajectory = store->trajectories().get(m_visit.trajectoryId);
    m_productLabel = trajectory ? Vocabulary::label(Vocabulary::products(), trajectory->product) : QString();

    QHash<QString, QString> names;
    m_members.clear();
    if (auto caregivers = store->members().caregivers(m_visit.familyId)) {
        for (const auto &p : *caregivers) {
            names.insert(p.id, p.name);
            m_members.append(QVariantMap{{QStringLiteral("id"), p.id},
                                         {QStringLiteral("name"), p.name},
                                         {QStringLiteral("kind"), QStringLiteral("caregiver")}});
        }
    }
    if (auto children = store->members().children(m_visit.familyId)) {
        for (const auto &c : *children) {
            names.insert(c.id, c.name);
            m_members.append(QVariantMap{{QStringLiteral("id"), c.id},
                                         {QStringLiteral("name"), c.name},
                                         {QStringLiteral("kind"), QStringLiteral("child")}});
        }
    }
    auto film = store->consents().mayFilm(m_visit.familyId);
    m_mayFilm = film && *film;
    auto notes = store->observations().forVisit(m_id);
    m_notes.reset(notes ? *notes : QList<domain::Observation>(), names);
    m_loaded = true;
    reloadForms();
    Q_EMIT changed();
}

EditResult VisitController::saveVisit(domain::Visit visit)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    if (auto r = store->visits().update(visit); !r)
        return EditResult::failure(r.error());
    m_visit = std::move(visit);
    Q_EMIT changed();
    return EditResult::success(m_id);
}

EditResult VisitController::start()
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    if (auto r = store->visits().start(m_id, QDateTime::currentDateTimeUtc()); !r)
        return EditResult::failure(r.error());
    if (auto v = store->visits().get(m_id))
        m_visit = *v;
    Q_EMIT changed();
    return EditResult::success(m_id);
}

EditResult VisitController::finish()
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    flush();
    if (auto r = store->visits().finish(m_id, QDateTime::currentDateTimeUtc()); !r)
        return EditResult::failure(r.error());
    if (auto v = store->visits().get(m_id))
        m_visit = *v;
    Q_EMIT changed();
    return EditResult::success(m_id);
}

EditResult VisitController::togglePresent(const QString &memberId)
{
    domain::Visit v = m_visit;
    if (v.present.contains(memberId))
        v.present.removeAll(memberId);
    else
        v.present.append(memberId);
    return saveVisit(v);
}

void VisitController::editPresentOther(const QString &text)
{
    m_visit.presentOther = text;
    const QString id = m_id;
    autosave(QStringLiteral("presentOther"), [this, id, text]() -> QString {
        store::CaseStore *store = cases();
        if (!store)
            return tr("De kluis is vergrendeld; de tekst is niet opgeslagen.");
        auto v = store->visits().get(id);
        if (!v)
            return session::caseErrorMessage(v.error());
        v->presentOther = text;
        auto r = store->visits().update(*v);
        return r ? QString() : session::caseErrorMessage(r.error());
    });
}

EditResult VisitController::addNote(const QString &text, const QString &aboutId, const QStringList &tags)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    flush(); // an edit still waiting belongs before this note in the trail
    domain::Observation note;
    note.visitId = m_id;
    note.text = text;
    note.aboutId = aboutId;
    note.tags = tags;
    note.recordedAt = QDateTime::currentDateTimeUtc();
    auto id = store->observations().add(note);
    if (!id)
        return EditResult::failure(id.error());
    auto stored = store->observations().get(*id);
    if (stored)
        m_notes.append(*stored);
    setUndo({Undo::Added, *id, {}});
    return EditResult::success(*id);
}

void VisitController::editNote(const QString &id, const QString &text)
{
    const domain::Observation *current = m_notes.find(id);
    if (!current || current->text == text)
        return;
    // The first keystroke of an edit remembers what the note said before, for undo.
    if (!(m_undo.kind == Undo::Edited && m_undo.noteId == id) && !(m_undo.kind == Undo::Added && m_undo.noteId == id))
        setUndo({Undo::Edited, id, current->text});
    m_notes.setText(id, text);
    autosave(QStringLiteral("note/") + id, [this, id, text]() -> QString {
        store::CaseStore *store = cases();
        if (!store)
            return tr("De kluis is vergrendeld; de notitie is niet opgeslagen.");
        auto r = store->observations().updateText(id, text);
        return r ? QString() : session::caseErrorMessage(r.error());
    });
}

EditResult VisitController::removeNote(const QString &id)
{
    store::CaseStore *store = cases();
    if (!store)
        return {};
    flush();
    if (auto r = store->observations().remove(id); !r)
        return EditResult::failure(r.error());
    m_notes.remove(id);
    if (m_undo.noteId == id)
        setUndo({});
    return EditResult::success();
}

EditResult VisitController::undo()
{
    store::CaseStore *store = cases();
    if (!store || m_undo.kind == Undo::None)
        return {};
    flush();
    const Undo undo = m_undo;
    if (undo.kind == Undo::Added) {
        if (auto r = store->observations().remove(undo.noteId); !r)
            return EditResult::failure(r.error());
        m_notes.remove(undo.noteId);
    } else {
        if (auto r = store->observations().updateText(undo.noteId, undo.previousText); !r)
            return EditResult::failure(r.error());
        m_notes.setText(undo.noteId, undo.previousText);
    }
    setUndo({});
    return EditResult::success(undo.noteId);
}

// ---- instrument forms ---------------------------------------------------------------------------------------

void VisitController::reloadForms()
{
    store::CaseStore *store = cases();
    m_forms.clear();
    if (store && !m_id.isEmpty()) {
        if (auto responses = store->responses().forVisit(m_id)) {
            for (const auto &r : *responses) {
                m_forms.append(QVariantMap{{QStringLiteral("id"), r.id},
                                           {QStringLiteral("title"), r.title},
                                           {QStringLiteral("status"), r.status},
                                           {QStringLiteral("statusLabel"), formstore::statusText(r.status)},
                                           {QStringLiteral("answeredText"), tr("%n antwoorden", nullptr, r.answered)}});
            }
        }
    }
    Q_EMIT formsChanged();
}

QVariantList VisitController::instruments() const
{
    QVariantList out;
    for (const auto &i : formstore::InstrumentCatalog::all(cases())) {
        out.append(QVariantMap{{QStringLiteral("url"), i.url},
                               {QStringLiteral("version"), i.version},
                               {QStringLiteral("title"), i.title},
                               {QStringLiteral("description"), i.description},
                               {QStringLiteral("bundled"), i.bundled}});
    }
    return out;
}

EditResult VisitController::addForm(const QString &url, const QString &version)
{
    store::CaseStore *store = cases();
    if (!store)
        return EditResult::invalid({{QStringLiteral("form"), tr("De kluis is vergrendeld.")}});
    QString why;
    auto questionnaire = formstore::InstrumentCatalog::load(store, url, version, &why);
    if (!questionnaire)
        return EditResult::invalid({{QStringLiteral("form"), why}});
    auto created = store->responses().create(m_id, url, version, questionnaire->title);
    if (!created)
        return EditResult::failure(created.error());
    reloadForms();
    return EditResult::success(*created);
}

} // namespace veldwerk::ui
