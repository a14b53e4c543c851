#include "app/ui/FormController.h"

#include "app/domain/DateInput.h"
#include "app/forms/Questionnaire.h"
#include "app/formstore/StoredForms.h"
#include "app/store/CaseStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace veldwerk::ui {

using forms::Instance;
using forms::Item;
using forms::ItemType;
using forms::Value;

// ---- FormRowModel --------------------------------------------------------------------------------------------

FormRowModel::FormRowModel(FormController *owner)
    : QAbstractListModel(owner)
    , m_owner(owner)
{
}

int FormRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QHash<int, QByteArray> FormRowModel::roleNames() const
{
    return {
        {InstanceId, "instanceId"},
        {LinkId, "linkId"},
        {Kind, "kind"},
        {Control, "control"},
        {Label, "label"},
        {Prefix, "prefix"},
        {Depth, "depth"},
        {Required, "required"},
        {ReadOnly, "readOnly"},
        {Calculated, "calculated"},
        {Multiple, "multiple"},
        {OpenChoice, "openChoice"},
        {AnswerText, "answerText"},
        {OtherText, "otherText"},
        {Options, "options"},
        {SelectedIndex, "selectedIndex"},
        {BoolValue, "boolValue"},
        {NumberValue, "numberValue"},
        {Minimum, "minimum"},
        {Maximum, "maximum"},
        {Step, "step"},
        {Unit, "unit"},
        {Help, "help"},
        {MaxLength, "maxLength"},
        {Message, "message"},
        {Missing, "missing"},
        {Progress, "progress"},
        {RepeatLabel, "repeatLabel"},
        {CanAddRepeat, "canAddRepeat"},
        {CanRemoveRepeat, "canRemoveRepeat"},
    };
}

QVariant FormRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return m_owner->rowData(m_rows.at(index.row()), role);
}

void FormRowModel::update(const QList<int> &rows)
{
    const int before = static_cast<int>(m_rows.size());
    // Removals first, from the end, in runs. What survives keeps its order (the questionnaire's), so the new list is
    // the survivors with runs inserted between them.
    const QSet<int> keep(rows.begin(), rows.end());
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0;) {
        if (keep.contains(m_rows.at(i))) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !keep.contains(m_rows.at(first - 1)))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    int at = 0;
    for (int i = 0; i < rows.size();) {
        if (at < m_rows.size() && m_rows.at(at) == rows.at(i)) {
            ++at;
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < rows.size() && !(at < m_rows.size() && m_rows.at(at) == rows.at(last + 1)))
            ++last;
        beginInsertRows({}, at, at + (last - i));
        for (int k = i; k <= last; ++k)
            m_rows.insert(at + (k - i), rows.at(k));
        endInsertRows();
        at += last - i + 1;
        i = last + 1;
    }
    if (m_rows.size() != before)
        Q_EMIT countChanged();
}

void FormRowModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void FormRowModel::refreshAll()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
}

void FormRowModel::refresh(const QSet<int> &instances)
{
    for (int id : instances) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    }
}

// ---- FormController ------------------------------------------------------------------------------------------

namespace {

QString answersJson(const QList<Value> &answers)
{
    QJsonArray array;
    for (const auto &a : answers)
        array.append(a.toChoice(QStringLiteral("value")));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Numbers as a Dutch professional reads them: a decimal comma.
QString dutchNumber(const Value &v)
{
    QString s = v.displayText();
    if (v.type() == Value::Type::Decimal)
        s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

std::optional<Value> parseTyped(const Item &item, const QString &input, QString *problem)
{
    const QString text = item.type == ItemType::Text ? input : input.trimmed();
    switch (item.type) {
    case ItemType::Integer: {
        static const QRegularExpression whole(QStringLiteral("^[+-]?[0-9]{1,15}$"));
        if (!whole.match(text).hasMatch()) {
            *problem = FormController::tr("Vul een heel getal in, zoals 12.");
            return std::nullopt;
        }
        return Value::integer(text.toLongLong());
    }
    case ItemType::Decimal:
    case ItemType::Quantity: {
        static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]{1,15}([.,][0-9]{1,10})?$"));
        if (!number.match(text).hasMatch()) {
            *problem = FormController::tr("Vul een getal in, zoals 3,5.");
            return std::nullopt;
        }
        const double d = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        if (item.type == ItemType::Decimal)
            return Value::decimal(d);
        QJsonObject q{{QStringLiteral("value"), d}};
        if (!item.unit.isEmpty())
            q.insert(QStringLiteral("unit"), item.unit);
        return Value(Value::Type::Quantity, q);
    }
    case ItemType::Date: {
        const auto d = domain::DateInput::parseDate(text, QDate::currentDate());
        if (!d) {
            *problem = FormController::tr("Vul een datum in als dd-mm-jjjj, bijvoorbeeld 25-11-2026.");
            return std::nullopt;
        }
        return Value(Value::Type::Date, d->toString(Qt::ISODate));
    }
    case ItemType::DateTime: {
        const auto space = text.lastIndexOf(QLatin1Char(' '));
        const auto d = domain::DateInput::parseDate(space > 0 ? text.left(space) : text, QDate::currentDate());
        const auto t = space > 0 ? domain::DateInput::parseTime(text.mid(space + 1)) : std::nullopt;
        if (!d || (space > 0 && !t)) {
            *problem =
                FormController::tr("Vul een datum en tijd in als dd-mm-jjjj uu:mm, bijvoorbeeld 25-11-2026 14:30.");
            return std::nullopt;
        }
        if (!t)
            return Value(Value::Type::Date, d->toString(Qt::ISODate));
        return Value(Value::Type::DateTime,
                     QDateTime(*d, *t).toOffsetFromUtc(QDateTime(*d, *t).offsetFromUtc()).toString(Qt::ISODate));
    }
    case ItemType::Time: {
        const auto t = domain::DateInput::parseTime(text);
        if (!t) {
            *problem = FormController::tr("Vul een tijd in als uu:mm, bijvoorbeeld 14:30.");
            return std::nullopt;
        }
        return Value(Value::Type::Time, t->toString(QStringLiteral("HH:mm:ss")));
    }
    case ItemType::Url:
        return Value(Value::Type::Uri, text);
    default:
        return Value::string(text);
    }
}

} // namespace

FormController::FormController(QObject *parent)
    : CaseController(parent)
    , m_rows(this)
{
}

FormController::~FormController() = default;

void FormController::setResponseId(const QString &id)
{
    if (id == m_id)
        return;
    flush();
    m_id = id;
    Q_EMIT responseIdChanged();
    clear();
    load();
}

QString FormController::versionText() const
{
    return m_version.isEmpty() ? QString() : tr("versie %1").arg(m_version);
}

QString FormController::statusLabel() const
{
    return formstore::statusText(m_status);
}

QString FormController::progressText() const
{
    if (!m_engine)
        return {};
    QString text = tr("%n van %1 vragen beantwoord", nullptr, m_answered).arg(m_questions);
    if (m_openRequired > 0)
        text += QStringLiteral(" · ") + tr("nog %n verplicht", nullptr, m_openRequired);
    return text;
}

void FormController::clear()
{
    m_rows.clear();
    m_engine.reset();
    m_messages.clear();
    m_counts.clear();
    m_title.clear();
    m_version.clear();
    m_status.clear();
    m_familyId.clear();
    m_loadProblem.clear();
    m_openRequired = m_questions = m_answered = 0;
    m_showMissing = false;
    Q_EMIT changed();
    Q_EMIT statusChanged();
    Q_EMIT progressChanged();
}

void FormController::load()
{
    store::CaseStore *store = cases();
    if (!store || m_id.isEmpty() || m_engine)
        return;
    auto response = store->responses().get(m_id);
    if (!response) {
        m_loadProblem = tr("Dit formulier bestaat niet (meer).");
        Q_EMIT changed();
        return;
    }
    m_title = response->title;
    m_version = response->questionnaireVersion;
    m_status = response->status;
    m_familyId = response->familyId;
    auto opened = formstore::openStoredForm(*store, *response);
    if (!opened) {
        m_loadProblem = opened.error();
        Q_EMIT changed();
        Q_EMIT statusChanged();
        return;
    }
    m_engine = std::move(opened->engine);
    if (opened->unplaced > 0)
        setError(tr("%n bewaarde antwoorden passen niet bij deze versie van het instrument en worden niet getoond.",
                    nullptr, opened->unplaced));
    QSet<int> touched;
    recount(touched);
    m_rows.update(visibleRows());
    Q_EMIT changed();
    Q_EMIT statusChanged();
    Q_EMIT progressChanged();
}

QList<int> FormController::visibleRows() const
{
    QList<int> rows;
    if (!m_engine)
        return rows;
    rows.reserve(m_engine->instanceCount());
    // Pre-order with an explicit stack: the questionnaire decides the depth.
    QList<int> stack;
    const auto &top = m_engine->topLevel();
    for (auto it = top.rbegin(); it != top.rend(); ++it)
        stack.append(*it);
    while (!stack.isEmpty()) {
        const int id = stack.takeLast();
        const Instance &in = m_engine->instance(id);
        if (!in.alive || !in.enabled)
            continue;
        const Item &item = m_engine->questionnaire().item(in.item);
        if (item.hidden || item.control == forms::Control::Help)
            continue;
        rows.append(id);
        for (auto it = in.children.rbegin(); it != in.children.rend(); ++it)
            stack.append(*it);
    }
    return rows;
}

FormController::Counts FormController::countOf(int id, QHash<int, Counts> &counts) const
{
    const Instance &in = m_engine->instance(id);
    const Item &item = m_engine->questionnaire().item(in.item);
    Counts c;
    if (!in.alive || !in.enabled || item.hidden)
        return c;
    if (item.isQuestion() && !item.readOnly && !item.calculated) {
        const bool has = !m_engine->answersOf(id).isEmpty();
        c.questions = 1;
        c.answered = has ? 1 : 0;
        c.requiredOpen = item.required && !has ? 1 : 0;
    }
    for (int child : in.children) {
        const Counts cc = countOf(child, counts);
        c.questions += cc.questions;
        c.answered += cc.answered;
        c.requiredOpen += cc.requiredOpen;
    }
    if (item.type == ItemType::Group) {
        if (item.required && c.answered == 0 && c.requiredOpen == 0)
            c.requiredOpen = 1;
        counts.insert(id, c);
    }
    return c;
}

void FormController::recount(QSet<int> &touched)
{
    QHash<int, Counts> counts;
    Counts total;
    for (int id : m_engine->topLevel()) {
        const Counts c = countOf(id, counts);
        total.questions += c.questions;
        total.answered += c.answered;
        total.requiredOpen += c.requiredOpen;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (m_counts.value(it.key()) != it.value())
            touched.insert(it.key());
    }
    m_counts = std::move(counts);
    if (total.questions != m_questions || total.answered != m_answered || total.requiredOpen != m_openRequired) {
        m_questions = total.questions;
        m_answered = total.answered;
        m_openRequired = total.requiredOpen;
        Q_EMIT progressChanged();
    }
}

bool FormController::isMissing(int id) const
{
    if (!m_showMissing)
        return false;
    const Item &item = m_engine->questionnaire().item(m_engine->instance(id).item);
    return item.required && m_engine->isEnabled(id) && !m_engine->hasAnswer(id);
}

QString FormController::controlOf(int id) const
{
    const Item &item = m_engine->questionnaire().item(m_engine->instance(id).item);
    using forms::Control;
    switch (item.type) {
    case ItemType::Boolean:
        return QStringLiteral("boolean");
    case ItemType::Choice:
    case ItemType::OpenChoice:
        if (item.control == Control::CheckBox || item.repeats)
            return QStringLiteral("checkbox");
        if (item.control == Control::DropDown)
            return QStringLiteral("dropdown");
        if (item.control == Control::Radio)
            return QStringLiteral("radio");
        return m_engine->optionsOf(id).size() > 6 ? QStringLiteral("dropdown") : QStringLiteral("radio");
    case ItemType::Integer:
    case ItemType::Decimal:
        return item.control == Control::Slider && item.minValue && item.maxValue ? QStringLiteral("slider")
                                                                                 : QStringLiteral("number");
    case ItemType::Quantity:
        return QStringLiteral("number");
    case ItemType::Date:
        return QStringLiteral("date");
    case ItemType::DateTime:
        return QStringLiteral("datetime");
    case ItemType::Time:
        return QStringLiteral("time");
    case ItemType::Text:
        return QStringLiteral("text");
    case ItemType::String:
    case ItemType::Url:
        return item.repeats ? QStringLiteral("text") : QStringLiteral("string");
    default:
        return QStringLiteral("unsupported");
    }
}

int FormController::depthOf(int id) const
{
    int depth = 0;
    for (int p = m_engine->instance(id).parent; p >= 0; p = m_engine->instance(p).parent)
        ++depth;
    return depth;
}

QString FormController::repeatLabel(int id) const
{
    const Instance &in = m_engine->instance(id);
    const Item &item = m_engine->questionnaire().item(in.item);
    if (!item.repeats || item.type != ItemType::Group)
        return {};
    const auto &siblings = in.parent < 0 ? m_engine->topLevel() : m_engine->instance(in.parent).children;
    int number = 0;
    int total = 0;
    for (int s : siblings) {
        if (m_engine->instance(s).item != in.item)
            continue;
        ++total;
        if (s == id)
            number = total;
    }
    return total > 1 ? tr("%1 van %2").arg(number).arg(total) : QString();
}

QVariant FormController::rowData(int id, int role) const
{
    if (!m_engine || id < 0 || id >= m_engine->instanceCount())
        return {};
    const Instance &in = m_engine->instance(id);
    const Item &item = m_engine->questionnaire().item(in.item);
    const auto answers = m_engine->answersOf(id);
    switch (role) {
    case FormRowModel::InstanceId:
        return id;
    case FormRowModel::LinkId:
        return item.linkId;
    case FormRowModel::Kind:
        return item.type == ItemType::Group     ? QStringLiteral("group")
               : item.type == ItemType::Display ? QStringLiteral("display")
                                                : QStringLiteral("question");
    case FormRowModel::Control:
        return item.isQuestion() ? controlOf(id) : QString();
    case FormRowModel::Label:
        return item.text;
    case FormRowModel::Prefix:
        return item.prefix;
    case FormRowModel::Depth:
        return depthOf(id);
    case FormRowModel::Required:
        return item.required;
    case FormRowModel::ReadOnly:
        return item.readOnly || item.calculated.has_value() || m_status == QLatin1String("completed");
    case FormRowModel::Calculated:
        return item.calculated.has_value();
    case FormRowModel::Multiple:
        return item.repeats;
    case FormRowModel::OpenChoice:
        return item.type == ItemType::OpenChoice;
    case FormRowModel::AnswerText: {
        QStringList parts;
        for (const auto &a : answers) {
            if (item.type == ItemType::OpenChoice && a.type() != Value::Type::Coding)
                continue;
            parts.append(item.type == ItemType::Date && a.type() == Value::Type::Date
                             ? QDate::fromString(a.toString(), Qt::ISODate).toString(QStringLiteral("dd-MM-yyyy"))
                             : dutchNumber(a));
        }
        return parts.join(item.type == ItemType::Choice || item.type == ItemType::OpenChoice ? QStringLiteral(", ")
                                                                                             : QStringLiteral("\n"));
    }
    case FormRowModel::OtherText:
        for (const auto &a : answers) {
            if (a.type() == Value::Type::String)
                return a.toString();
        }
        return QString();
    case FormRowModel::Options: {
        QVariantList out;
        const auto options = m_engine->optionsOf(id);
        for (const auto &o : options) {
            bool selected = false;
            for (const auto &a : answers)
                selected = selected || a.sameAs(o.value);
            out.append(
                QVariantMap{{QStringLiteral("label"), o.value.displayText()}, {QStringLiteral("selected"), selected}});
        }
        return out;
    }
    case FormRowModel::SelectedIndex: {
        const auto options = m_engine->optionsOf(id);
        for (qsizetype i = 0; i < options.size(); ++i) {
            for (const auto &a : answers) {
                if (a.sameAs(options.at(i).value))
                    return static_cast<int>(i);
            }
        }
        return -1;
    }
    case FormRowModel::BoolValue:
        return answers.isEmpty() || answers.first().type() != Value::Type::Boolean ? -1
                                                                                   : (answers.first().toBool() ? 1 : 0);
    case FormRowModel::NumberValue:
        return answers.isEmpty() ? QVariant() : QVariant(answers.first().toNumber());
    case FormRowModel::Minimum:
        return item.minValue ? QVariant(item.minValue->toNumber()) : QVariant();
    case FormRowModel::Maximum:
        return item.maxValue ? QVariant(item.maxValue->toNumber()) : QVariant();
    case FormRowModel::Step:
        return item.sliderStep.value_or(1.0);
    case FormRowModel::Unit:
        return item.unit;
    case FormRowModel::Help:
        return item.help;
    case FormRowModel::MaxLength:
        return item.maxLength.value_or(0);
    case FormRowModel::Message: {
        if (const auto m = m_messages.value(id); !m.isEmpty())
            return m;
        if (!in.computeProblem.isEmpty())
            return in.computeProblem;
        if (isMissing(id))
            return item.type == ItemType::Group ? tr("Vul minstens één vraag in dit onderdeel in.")
                                                : tr("Deze vraag is verplicht.");
        return QString();
    }
    case FormRowModel::Missing:
        return isMissing(id);
    case FormRowModel::Progress: {
        if (item.type != ItemType::Group)
            return QString();
        const Counts c = m_counts.value(id);
        if (c.questions == 0)
            return QString();
        QString text = tr("%1 van %2 beantwoord").arg(c.answered).arg(c.questions);
        if (c.requiredOpen > 0)
            text += QStringLiteral(" · ") + tr("nog %n verplicht", nullptr, c.requiredOpen);
        return text;
    }
    case FormRowModel::RepeatLabel:
        return repeatLabel(id);
    case FormRowModel::CanAddRepeat: {
        if (!item.repeats || item.type != ItemType::Group || m_status == QLatin1String("completed"))
            return false;
        // On the last repetition only: that is where a new one appears.
        const auto &siblings = in.parent < 0 ? m_engine->topLevel() : m_engine->instance(in.parent).children;
        const auto at = siblings.indexOf(id);
        return at + 1 >= siblings.size() || m_engine->instance(siblings.at(at + 1)).item != in.item;
    }
    case FormRowModel::CanRemoveRepeat:
        return !repeatLabel(id).isEmpty() && m_status != QLatin1String("completed");
    default:
        return {};
    }
}

const Item *FormController::itemOf(int id) const
{
    if (!m_engine || id < 0 || id >= m_engine->instanceCount())
        return nullptr;
    return &m_engine->questionnaire().item(m_engine->instance(id).item);
}

QString FormController::notOpen()
{
    return tr("Dit formulier is niet geopend.");
}

QString FormController::apply(int id, const QList<Value> &answers, bool typing)
{
    if (!itemOf(id))
        return notOpen();
    if (m_status == QLatin1String("completed"))
        return tr("Dit formulier is afgerond. Kies 'Wijzigen' om het aan te passen.");
    auto result = m_engine->setAnswers(id, answers);
    QSet<int> touched{id};
    if (!result.ok) {
        m_messages.insert(id, result.message);
        m_rows.refresh(touched);
        return result.message;
    }
    m_messages.remove(id);
    applyChanges(result.changes, touched, typing);
    return {};
}

void FormController::applyChanges(const forms::Changes &changes, QSet<int> touched, bool typing)
{
    for (int id : changes.answers)
        touched.insert(id);
    for (int id : changes.enablement)
        touched.insert(id);
    // Groups above a change show new progress; repetitions beside a structural change new numbers.
    for (int parent : changes.structure) {
        const auto &siblings = parent < 0 ? m_engine->topLevel() : m_engine->instance(parent).children;
        for (int s : siblings)
            touched.insert(s);
    }
    recount(touched);
    m_rows.update(visibleRows());
    // Once open questions are marked, any answer can change a mark anywhere: one signal for all rows, not one each.
    if (m_showMissing)
        m_rows.refreshAll();
    else
        m_rows.refresh(touched);
    save(changes.answers, typing);
}

void FormController::save(const QList<int> &instances, bool typing)
{
    if (instances.isEmpty())
        return;
    QList<store::StoredAnswer> rows;
    for (int id : instances) {
        if (id < 0 || id >= m_engine->instanceCount() || !m_engine->instance(id).alive)
            continue;
        rows.append({m_engine->pathOf(id), answersJson(m_engine->answersOf(id))});
    }
    const QString responseId = m_id;
    for (const auto &row : std::as_const(rows)) {
        // One pending save per question: typing replaces it, a pause writes it.
        autosave(QStringLiteral("answer:") + responseId + QLatin1Char('/') + row.path, [this, responseId, row] {
            store::CaseStore *store = cases();
            if (!store)
                return tr("De kluis is vergrendeld; het antwoord is niet bewaard.");
            auto r = store->responses().saveAnswers(responseId, {row});
            return r ? QString() : tr("Het antwoord kon niet worden bewaard.");
        });
    }
    // A choice or a click is a finished answer: written now, not after the typing pause.
    if (!typing)
        flush();
}

void FormController::saveCleared(const QStringList &paths)
{
    store::CaseStore *store = cases();
    if (!store || paths.isEmpty())
        return;
    QList<store::StoredAnswer> rows;
    for (const auto &p : paths)
        rows.append({p, QStringLiteral("[]")});
    flush();
    if (!store->responses().saveAnswers(m_id, rows))
        setError(tr("Het verwijderen kon niet worden bewaard."));
}

void FormController::amend()
{
    store::CaseStore *store = cases();
    if (!m_engine || !store || m_status != QLatin1String("completed"))
        return;
    // FHIR's 'amended': completed, then changed. The form is open for changes again until it is completed anew.
    if (auto r = store->responses().setStatus(m_id, QStringLiteral("amended")); !r) {
        setError(tr("Het formulier kon niet worden heropend."));
        return;
    }
    m_status = QStringLiteral("amended");
    Q_EMIT statusChanged();
    m_rows.refreshAll();
}

QString FormController::enterText(int id, const QString &text)
{
    const Item *found = itemOf(id);
    if (!found)
        return notOpen();
    const Item &item = *found;
    const bool typing = item.type == ItemType::String || item.type == ItemType::Text || item.type == ItemType::Url;
    QList<Value> answers;
    // A repeating text question takes one answer per line.
    const QStringList parts = item.repeats ? text.split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList{text};
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        QString problem;
        auto value = parseTyped(item, part, &problem);
        if (!value) {
            m_messages.insert(id, problem);
            m_rows.refresh({id});
            return problem;
        }
        answers.append(*value);
    }
    return apply(id, answers, typing);
}

QString FormController::chooseOption(int id, int option, bool chosen)
{
    if (!itemOf(id))
        return notOpen();
    const auto options = m_engine->optionsOf(id);
    if (option < 0 || option >= options.size())
        return tr("Deze keuze bestaat niet.");
    const Item &item = m_engine->questionnaire().item(m_engine->instance(id).item);
    const Value &picked = options.at(option).value;
    QList<Value> answers;
    if (item.repeats) {
        for (const auto &a : m_engine->answersOf(id)) {
            if (!a.sameAs(picked))
                answers.append(a);
        }
        if (chosen)
            answers.append(picked);
    } else {
        // One answer: a typed open-choice answer gives way to a chosen option.
        if (chosen)
            answers.append(picked);
    }
    return apply(id, answers, false);
}

QString FormController::enterOther(int id, const QString &text)
{
    const Item *found = itemOf(id);
    if (!found)
        return notOpen();
    const Item &item = *found;
    QList<Value> answers;
    if (item.repeats) {
        for (const auto &a : m_engine->answersOf(id)) {
            if (a.type() == Value::Type::Coding)
                answers.append(a);
        }
    }
    if (!text.trimmed().isEmpty())
        answers.append(Value::string(text));
    return apply(id, answers, true);
}

QString FormController::setBoolean(int id, int value)
{
    return apply(id, value < 0 ? QList<Value>{} : QList<Value>{Value::boolean(value > 0)}, false);
}

QString FormController::setNumber(int id, double value)
{
    const Item *found = itemOf(id);
    if (!found)
        return notOpen();
    const Item &item = *found;
    if (!std::isfinite(value))
        return tr("Vul een getal in, zoals 3,5.");
    const Value v = item.type == ItemType::Integer ? Value::integer(static_cast<qint64>(std::llround(value)))
                                                   : Value::decimal(value);
    return apply(id, {v}, false);
}

void FormController::clearAnswer(int id)
{
    apply(id, {}, false);
}

void FormController::addRepeat(int id)
{
    if (!m_engine || m_status == QLatin1String("completed"))
        return;
    forms::Changes changes;
    if (m_engine->addRepeat(id, &changes) < 0)
        return;
    applyChanges(changes, {}, false);
}

void FormController::removeRepeat(int id)
{
    if (!m_engine || id < 0 || id >= m_engine->instanceCount() || m_status == QLatin1String("completed"))
        return;
    // The stored answers of the repetition go with it.
    QStringList paths;
    QList<int> stack{id};
    while (!stack.isEmpty()) {
        const int n = stack.takeLast();
        if (!m_engine->instance(n).answers.isEmpty())
            paths.append(m_engine->pathOf(n));
        stack.append(m_engine->instance(n).children);
    }
    forms::Changes changes;
    if (!m_engine->removeRepeat(id, &changes))
        return;
    saveCleared(paths);
    applyChanges(changes, {}, false);
}

int FormController::firstOpenRow()
{
    if (!m_engine)
        return -1;
    if (!m_showMissing) {
        m_showMissing = true;
        m_rows.refreshAll();
        Q_EMIT progressChanged();
    }
    const auto &rows = m_rows.rows();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const int id = rows.at(r);
        const Item &item = m_engine->questionnaire().item(m_engine->instance(id).item);
        if (m_messages.contains(id) || (item.isQuestion() && isMissing(id)))
            return static_cast<int>(r);
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (isMissing(rows.at(r)))
            return static_cast<int>(r);
    }
    return -1;
}

EditResult FormController::complete()
{
    if (!m_engine)
        return EditResult::invalid({{QStringLiteral("form"), notOpen()}});
    flush();
    const auto problems = m_engine->validate(true);
    if (forms::hasErrors(problems) || !m_messages.isEmpty()) {
        const int row = firstOpenRow();
        EditResult r = EditResult::invalid(
            {{QStringLiteral("form"), tr("Nog niet af: %n verplichte vragen zijn open of een antwoord klopt niet.",
                                         nullptr, std::max<int>(m_openRequired, 1))}});
        r.id = QString::number(row);
        return r;
    }
    store::CaseStore *store = cases();
    if (!store)
        return EditResult::invalid({{QStringLiteral("form"), tr("De kluis is vergrendeld.")}});
    auto saved = store->responses().setStatus(m_id, QStringLiteral("completed"));
    if (!saved)
        return EditResult::failure(saved.error());
    m_status = QStringLiteral("completed");
    Q_EMIT statusChanged();
    m_rows.refreshAll();
    return EditResult::success(m_id);
}

} // namespace veldwerk::ui
