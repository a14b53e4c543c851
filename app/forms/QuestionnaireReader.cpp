#include "app/forms/QuestionnaireReader.h"

#include "app/forms/ExpressionCompiler.h"
#include "app/forms/Extensions.h"
#include "app/forms/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <span>

namespace veldwerk::forms {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Veldwerk)
};

// How a property of an R4 element is checked. Elements the forms only carry along (meta, contact, …) are checked
// to be objects; those the engine reads are checked in full by the code that reads them.
enum class Kind : quint8 {
    Id,
    String,
    Markdown,
    Code,
    Uri,
    Boolean,
    Integer,
    DateTime,
    Date,
    Object,
    Coding,
    Extensions,
    Resources,
    Element, // an element read by its own code (item, enableWhen, answerOption, initial)
    ResourceType,
};

// Unprocessed: an R4 element the forms do not act on although it could change what the form means; a warning says so.
enum class Use : quint8 { Processed, Carried, Unprocessed };

struct Field {
    const char *name;
    Kind kind;
    bool array = false;
    Use use = Use::Processed;
};

// FHIR R4 Questionnaire (https://hl7.org/fhir/R4/questionnaire.html), every element.
constexpr Field QuestionnaireFields[] = {
    {"resourceType", Kind::ResourceType},
    {"id", Kind::Id},
    {"meta", Kind::Object, false, Use::Carried},
    {"implicitRules", Kind::Uri, false, Use::Unprocessed},
    {"language", Kind::Code},
    {"text", Kind::Object, false, Use::Carried},
    {"contained", Kind::Resources, true},
    {"extension", Kind::Extensions, true},
    {"modifierExtension", Kind::Extensions, true},
    {"url", Kind::Uri},
    {"identifier", Kind::Object, true, Use::Carried},
    {"version", Kind::String},
    {"name", Kind::String},
    {"title", Kind::String},
    {"derivedFrom", Kind::Uri, true, Use::Carried},
    {"status", Kind::Code},
    {"experimental", Kind::Boolean, false, Use::Carried},
    {"subjectType", Kind::Code, true, Use::Carried},
    {"date", Kind::DateTime, false, Use::Carried},
    {"publisher", Kind::String, false, Use::Carried},
    {"contact", Kind::Object, true, Use::Carried},
    {"description", Kind::Markdown},
    {"useContext", Kind::Object, true, Use::Carried},
    {"jurisdiction", Kind::Object, true, Use::Carried},
    {"purpose", Kind::Markdown, false, Use::Carried},
    {"copyright", Kind::Markdown, false, Use::Carried},
    {"approvalDate", Kind::Date, false, Use::Carried},
    {"lastReviewDate", Kind::Date, false, Use::Carried},
    {"effectivePeriod", Kind::Object, false, Use::Carried},
    {"code", Kind::Coding, true, Use::Carried},
    {"item", Kind::Element, true},
};

constexpr Field ItemFields[] = {
    {"id", Kind::String},
    {"extension", Kind::Extensions, true},
    {"modifierExtension", Kind::Extensions, true},
    {"linkId", Kind::String},
    {"definition", Kind::Uri, false, Use::Unprocessed},
    {"code", Kind::Coding, true, Use::Carried},
    {"prefix", Kind::String},
    {"text", Kind::String},
    {"type", Kind::Code},
    {"enableWhen", Kind::Element, true},
    {"enableBehavior", Kind::Code},
    {"required", Kind::Boolean},
    {"repeats", Kind::Boolean},
    {"readOnly", Kind::Boolean},
    {"maxLength", Kind::Integer},
    {"answerValueSet", Kind::Uri},
    {"answerOption", Kind::Element, true},
    {"initial", Kind::Element, true},
    {"item", Kind::Element, true},
};

constexpr Field EnableWhenFields[] = {
    {"id", Kind::String},
    {"extension", Kind::Extensions, true},
    {"modifierExtension", Kind::Extensions, true},
    {"question", Kind::String},
    {"operator", Kind::Code},
};

constexpr Field AnswerOptionFields[] = {
    {"id", Kind::String},
    {"extension", Kind::Extensions, true},
    {"modifierExtension", Kind::Extensions, true},
    {"initialSelected", Kind::Boolean},
};

constexpr Field InitialFields[] = {
    {"id", Kind::String},
    {"extension", Kind::Extensions, true},
    {"modifierExtension", Kind::Extensions, true},
};

// A property whose value is a primitive may carry `_name` with its id and extensions (FHIR JSON).
bool isPrimitive(Kind kind)
{
    switch (kind) {
    case Kind::Id:
    case Kind::String:
    case Kind::Markdown:
    case Kind::Code:
    case Kind::Uri:
    case Kind::Boolean:
    case Kind::Integer:
    case Kind::DateTime:
    case Kind::Date:
        return true;
    default:
        return false;
    }
}

QString kindProblem(Kind kind, const QJsonValue &v)
{
    switch (kind) {
    case Kind::Id:
        return v.isString() && fhir::isId(v.toString())
                   ? QString()
                   : Text::tr("moet een id zijn (letters, cijfers, - en ., max. 64)");
    case Kind::String:
    case Kind::Markdown:
        return Value::formatProblem(Value::Type::String, v);
    case Kind::Code:
        return v.isString() && fhir::isCode(v.toString()) ? QString() : Text::tr("moet een code zijn");
    case Kind::Uri:
        return Value::formatProblem(Value::Type::Uri, v);
    case Kind::Boolean:
        return Value::formatProblem(Value::Type::Boolean, v);
    case Kind::Integer:
        return Value::formatProblem(Value::Type::Integer, v);
    case Kind::DateTime:
        return Value::formatProblem(Value::Type::DateTime, v);
    case Kind::Date:
        return Value::formatProblem(Value::Type::Date, v);
    case Kind::Coding:
        return Value::formatProblem(Value::Type::Coding, v);
    case Kind::Object:
    case Kind::Element:
    case Kind::Extensions:
        return v.isObject() && !v.toObject().isEmpty() ? QString() : Text::tr("moet een niet-leeg object zijn");
    case Kind::Resources:
        return v.isObject() && v.toObject().value(QLatin1String("resourceType")).isString()
                   ? QString()
                   : Text::tr("moet een resource zijn (een object met resourceType)");
    case Kind::ResourceType:
        return {};
    }
    return {};
}

QString elementPath(const QString &path, const QString &key)
{
    return path + QLatin1Char('.') + key;
}

QString indexPath(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// Item types whose answers the engine can store and a person can give on a tablet.
bool isFillable(ItemType type)
{
    return type != ItemType::Attachment && type != ItemType::Reference;
}

} // namespace

namespace detail {

class ReaderImpl {
public:
    explicit ReaderImpl(Problems &problems)
        : m_problems(problems)
    {
    }

    std::shared_ptr<const Questionnaire> read(const QJsonObject &json);

private:
    void error(const QString &path, const QString &linkId, const QString &message)
    {
        m_problems.append({Problem::Severity::Error, path, linkId, message});
    }
    void warning(const QString &path, const QString &linkId, const QString &message)
    {
        m_problems.append({Problem::Severity::Warning, path, linkId, message});
    }

    void checkProperties(const QJsonObject &o, const QString &path, std::span<const Field> fields,
                         QStringView choiceBase, const QString &linkId);
    void checkPrimitiveExtras(const QJsonValue &v, const QString &path, const Field &field, const QString &linkId);
    void readExtensions(const QJsonObject &owner, const QString &path, ExtensionSite site, const QString &linkId,
                        Item *item, AnswerOption *option);
    void readContained(const QJsonObject &json);
    void readItems(const QJsonArray &items, const QString &path, int parent, int depth);
    void readItem(const QJsonObject &o, const QString &path, int parent, int depth);
    void readOptions(Item &item, const QJsonObject &o);
    void readValueSet(Item &item, const QString &reference, const QString &path);
    void readInitial(Item &item, const QJsonObject &o);
    void readEnableWhen(Item &item, const QJsonObject &o);
    void checkItemRules(const Item &item, const QJsonObject &o);
    void resolveEnableWhen();
    void checkCycles();
    void resolveHelp();
    void compileExpressions();

    Problems &m_problems;
    std::shared_ptr<Questionnaire> m_q;
    QHash<QString, QJsonObject> m_valueSets; // contained ValueSets by id
    QList<QJsonObject> m_itemJson;
    QSet<QString> m_duplicateLinkIds;
};

void ReaderImpl::checkProperties(const QJsonObject &o, const QString &path, std::span<const Field> fields,
                                 QStringView choiceBase, const QString &linkId)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QString at = elementPath(path, key);
        if (key.startsWith(QLatin1Char('_'))) {
            const QString base = key.mid(1);
            const Field *field = nullptr;
            for (const auto &f : fields) {
                if (base == QLatin1String(f.name) && isPrimitive(f.kind))
                    field = &f;
            }
            if (!field) {
                error(at, linkId, Text::tr("\"%1\" is geen element van FHIR R4 op deze plek.").arg(key));
                continue;
            }
            checkPrimitiveExtras(it.value(), at, *field, linkId);
            continue;
        }
        const Field *field = nullptr;
        for (const auto &f : fields) {
            if (key == QLatin1String(f.name))
                field = &f;
        }
        if (!field) {
            if (!choiceBase.isEmpty() && key.startsWith(choiceBase) && key.size() > choiceBase.size()
                && key.at(choiceBase.size()).isUpper())
                continue; // value[x] / answer[x]: read and checked by the caller
            error(at, linkId, Text::tr("\"%1\" is geen element van FHIR R4 op deze plek.").arg(key));
            continue;
        }
        if (field->use == Use::Unprocessed)
            warning(at, linkId, Text::tr("\"%1\" wordt niet ondersteund en niet toegepast.").arg(key));
        const auto value = it.value();
        if (field->array) {
            if (!value.isArray()) {
                error(at, linkId, Text::tr("moet een lijst zijn."));
                continue;
            }
            const auto array = value.toArray();
            if (array.isEmpty())
                error(at, linkId, Text::tr("Een lege lijst is in FHIR JSON niet toegestaan; laat het element weg."));
            if (field->kind == Kind::Element || field->kind == Kind::Extensions)
                continue; // read element by element by the caller
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString problem = kindProblem(field->kind, array.at(i));
                if (!problem.isEmpty())
                    error(indexPath(at, i), linkId, problem);
            }
        } else {
            if (value.isArray()) {
                error(at, linkId, Text::tr("mag maar één keer voorkomen (geen lijst)."));
                continue;
            }
            const QString problem = kindProblem(field->kind, value);
            if (!problem.isEmpty())
                error(at, linkId, problem);
        }
    }
}

// `_text`, `_linkId`, …: an object with an id and extensions, or for a list of primitives a list of those (or null).
void ReaderImpl::checkPrimitiveExtras(const QJsonValue &v, const QString &path, const Field &field,
                                      const QString &linkId)
{
    auto checkOne = [&](const QJsonValue &one, const QString &at) {
        if (one.isNull() && field.array)
            return;
        if (!one.isObject()) {
            error(at, linkId, Text::tr("moet een object met id en extension zijn."));
            return;
        }
        const auto o = one.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("id")) {
                if (!it.value().isString())
                    error(elementPath(at, it.key()), linkId, Text::tr("moet een tekst zijn."));
            } else if (it.key() != QLatin1String("extension")) {
                error(elementPath(at, it.key()), linkId,
                      Text::tr("\"%1\" is geen element van FHIR R4 op deze plek.").arg(it.key()));
            }
        }
        readExtensions(o, at, ExtensionSite::Primitive, linkId, nullptr, nullptr);
    };
    if (field.array) {
        if (!v.isArray()) {
            error(path, linkId, Text::tr("moet een lijst zijn."));
            return;
        }
        const auto a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            checkOne(a.at(i), indexPath(path, i));
    } else {
        checkOne(v, path);
    }
}

void ReaderImpl::readExtensions(const QJsonObject &owner, const QString &path, ExtensionSite site,
                                const QString &linkId, Item *item, AnswerOption *option)
{
    for (const auto name : {QLatin1String("extension"), QLatin1String("modifierExtension")}) {
        const auto value = owner.value(name);
        if (value.isUndefined())
            continue;
        const QString at = elementPath(path, name);
        if (!value.isArray()) {
            if (site == ExtensionSite::Primitive)
                error(at, linkId, Text::tr("moet een lijst zijn."));
            continue; // checkProperties reported it
        }
        const bool modifier = name == QLatin1String("modifierExtension");
        const auto array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            ExtensionContext context{site, modifier, indexPath(at, i), linkId, item, option, &m_q->m_variables};
            for (const auto &p : applyExtension(array.at(i), context))
                m_problems.append(p);
        }
    }
}

void ReaderImpl::readContained(const QJsonObject &json)
{
    const auto contained = json.value(QLatin1String("contained")).toArray();
    for (qsizetype i = 0; i < contained.size(); ++i) {
        const auto r = contained.at(i).toObject();
        const QString at = indexPath(QStringLiteral("$.contained"), i);
        const QString type = r.value(QLatin1String("resourceType")).toString();
        if (type != QLatin1String("ValueSet")) {
            if (!type.isEmpty())
                warning(at, {}, Text::tr("Een ingesloten %1 wordt niet gebruikt.").arg(type));
            continue;
        }
        const QString id = r.value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            error(elementPath(at, QStringLiteral("id")), {}, Text::tr("Een ingesloten ValueSet heeft een id nodig."));
            continue;
        }
        if (m_valueSets.contains(id)) {
            error(elementPath(at, QStringLiteral("id")), {},
                  Text::tr("Er zijn twee ingesloten resources met id \"%1\".").arg(id));
            continue;
        }
        m_valueSets.insert(id, r);
    }
}

std::shared_ptr<const Questionnaire> ReaderImpl::read(const QJsonObject &json)
{
    m_q = std::make_shared<Questionnaire>();
    m_q->json = json;
    const QString root = QStringLiteral("$");
    const auto resourceType = json.value(QLatin1String("resourceType"));
    if (resourceType.toString() != QLatin1String("Questionnaire")) {
        error(elementPath(root, QStringLiteral("resourceType")), {},
              resourceType.isUndefined()
                  ? Text::tr("Het bestand heeft geen resourceType; verwacht is \"Questionnaire\".")
                  : Text::tr("Dit is geen Questionnaire maar \"%1\".").arg(resourceType.toVariant().toString()));
        return nullptr;
    }
    checkProperties(json, root, QuestionnaireFields, {}, {});
    readExtensions(json, root, ExtensionSite::Questionnaire, {}, nullptr, nullptr);

    m_q->url = json.value(QLatin1String("url")).toString();
    m_q->version = json.value(QLatin1String("version")).toString();
    m_q->name = json.value(QLatin1String("name")).toString();
    m_q->title = json.value(QLatin1String("title")).toString();
    m_q->status = json.value(QLatin1String("status")).toString();
    m_q->description = json.value(QLatin1String("description")).toString();
    m_q->language = json.value(QLatin1String("language")).toString();

    // Questionnaire.status is 1..1, one of the PublicationStatus codes.
    static const QStringList statuses{QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("retired"),
                                      QStringLiteral("unknown")};
    if (!json.contains(QLatin1String("status")))
        error(elementPath(root, QStringLiteral("status")), {},
              Text::tr("status ontbreekt (verplicht: draft, active, retired of unknown)."));
    else if (!statuses.contains(m_q->status))
        error(elementPath(root, QStringLiteral("status")), {},
              Text::tr("status \"%1\" bestaat niet (draft, active, retired of unknown).").arg(m_q->status));
    // que-0 (a warning in R4): name is meant for machines.
    static const QRegularExpression namePattern(QStringLiteral("^[A-Z]([A-Za-z0-9_]){0,254}$"));
    if (json.value(QLatin1String("name")).isString() && !namePattern.match(m_q->name).hasMatch())
        warning(elementPath(root, QStringLiteral("name")), {},
                Text::tr("que-0: name hoort met een hoofdletter te beginnen en alleen letters, cijfers en _ te "
                         "bevatten."));

    readContained(json);
    const auto items = json.value(QLatin1String("item"));
    if (items.isArray())
        readItems(items.toArray(), elementPath(root, QStringLiteral("item")), -1, 0);

    resolveEnableWhen();
    checkCycles();
    resolveHelp();
    compileExpressions();

    if (hasErrors(m_problems))
        return nullptr;
    return m_q;
}

void ReaderImpl::readItems(const QJsonArray &items, const QString &path, int parent, int depth)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = indexPath(path, i);
        if (!items.at(i).isObject() || items.at(i).toObject().isEmpty()) {
            error(at, {}, Text::tr("Een item moet een niet-leeg object zijn."));
            continue;
        }
        readItem(items.at(i).toObject(), at, parent, depth);
    }
}

void ReaderImpl::readItem(const QJsonObject &o, const QString &path, int parent, int depth)
{
    static constexpr int MaxItems = 50000;
    static constexpr int MaxItemDepth = 60;
    if (m_q->m_items.size() >= MaxItems) {
        if (m_q->m_items.size() == MaxItems)
            error(path, {}, Text::tr("Meer dan %1 items: te groot voor een formulier op een tablet.").arg(MaxItems));
        m_q->m_items.append(Item{}); // count once, report once
        return;
    }
    if (depth >= MaxItemDepth) {
        error(path, {}, Text::tr("Items zijn dieper dan %1 niveaus genest.").arg(MaxItemDepth));
        return;
    }

    Item item;
    item.index = static_cast<int>(m_q->m_items.size());
    item.parent = parent;
    item.depth = depth;
    item.path = path;
    item.linkId = o.value(QLatin1String("linkId")).toString();
    const QString linkId = item.linkId;

    checkProperties(o, path, ItemFields, {}, linkId);

    if (!o.contains(QLatin1String("linkId")))
        error(elementPath(path, QStringLiteral("linkId")), {}, Text::tr("linkId ontbreekt (verplicht)."));
    else if (linkId.size() > 255)
        error(elementPath(path, QStringLiteral("linkId")), {}, Text::tr("linkId is langer dan 255 tekens."));
    else if (!linkId.isEmpty() && m_q->m_byLinkId.contains(linkId)) {
        // que-2: linkIds are unique within the questionnaire.
        error(elementPath(path, QStringLiteral("linkId")), linkId,
              Text::tr("que-2: linkId \"%1\" komt al voor bij %2.")
                  .arg(linkId, m_q->m_items.at(m_q->m_byLinkId.value(linkId)).path));
        m_duplicateLinkIds.insert(linkId);
    } else if (!linkId.isEmpty()) {
        m_q->m_byLinkId.insert(linkId, item.index);
    }

    const auto typeValue = o.value(QLatin1String("type"));
    if (typeValue.isUndefined()) {
        error(elementPath(path, QStringLiteral("type")), linkId, Text::tr("type ontbreekt (verplicht)."));
    } else if (const auto type = itemTypeFromCode(typeValue.toString())) {
        item.type = *type;
    } else if (typeValue.toString() == QLatin1String("question")) {
        error(elementPath(path, QStringLiteral("type")), linkId,
              Text::tr("type \"question\" is abstract in R4; kies een concreet type (string, choice, …)."));
    } else {
        error(elementPath(path, QStringLiteral("type")), linkId,
              Text::tr("type \"%1\" bestaat niet in FHIR R4.").arg(typeValue.toVariant().toString()));
    }
    item.text = o.value(QLatin1String("text")).toString();
    item.prefix = o.value(QLatin1String("prefix")).toString();
    item.required = o.value(QLatin1String("required")).toBool();
    item.repeats = o.value(QLatin1String("repeats")).toBool();
    item.readOnly = o.value(QLatin1String("readOnly")).toBool();
    if (fhir::isInteger(o.value(QLatin1String("maxLength")))) {
        const double max = o.value(QLatin1String("maxLength")).toDouble();
        if (max < 1 || max > 1'000'000)
            error(elementPath(path, QStringLiteral("maxLength")), linkId,
                  Text::tr("maxLength moet tussen 1 en 1000000 liggen."));
        else
            item.maxLength = static_cast<int>(max);
    }
    const QString behavior = o.value(QLatin1String("enableBehavior")).toString();
    if (behavior == QLatin1String("any"))
        item.enableAny = true;
    else if (!behavior.isEmpty() && behavior != QLatin1String("all"))
        error(elementPath(path, QStringLiteral("enableBehavior")), linkId,
              Text::tr("enableBehavior moet \"all\" of \"any\" zijn."));

    if (!isFillable(item.type)) {
        item.supported = false;
        warning(elementPath(path, QStringLiteral("type")), linkId,
                Text::tr("Vragen van het type %1 worden nog niet ondersteund; deze vraag kan niet worden ingevuld.")
                    .arg(itemTypeCode(item.type)));
    }

    m_q->m_items.append(item);
    m_itemJson.append(o);
    if (parent < 0)
        m_q->m_roots.append(item.index);
    else
        m_q->m_items[parent].children.append(item.index);

    Item &stored = m_q->m_items[item.index];
    readExtensions(o, path, ExtensionSite::Item, linkId, &stored, nullptr);
    readOptions(stored, o);
    readInitial(m_q->m_items[item.index], o);
    readEnableWhen(m_q->m_items[item.index], o);
    checkItemRules(m_q->m_items[item.index], o);

    const auto children = o.value(QLatin1String("item"));
    if (children.isArray())
        readItems(children.toArray(), elementPath(path, QStringLiteral("item")), item.index, depth + 1);

    // que-1 needs the children, so it is checked after them.
    const Item &done = m_q->m_items[item.index];
    if (done.type == ItemType::Group && done.children.isEmpty())
        error(path, linkId, Text::tr("que-1: een groep moet onderliggende items hebben."));
    if (done.type == ItemType::Display && !done.children.isEmpty())
        error(elementPath(path, QStringLiteral("item")), linkId,
              Text::tr("que-1: een display-item kan geen onderliggende items hebben."));
}

} // namespace detail

namespace {

// Types an answerOption may have for each item type (R4 answerOption.value[x]: integer, date, time, string, Coding,
// Reference; which one fits follows from the item type).
bool optionFits(ItemType item, Value::Type option)
{
    switch (item) {
    case ItemType::Choice:
    case ItemType::OpenChoice:
        return true;
    case ItemType::Integer:
        return option == Value::Type::Integer;
    case ItemType::Date:
        return option == Value::Type::Date;
    case ItemType::Time:
        return option == Value::Type::Time;
    case ItemType::String:
    case ItemType::Text:
        return option == Value::Type::String;
    case ItemType::Reference:
        return option == Value::Type::Reference;
    default:
        return false;
    }
}

} // namespace

namespace detail {

void ReaderImpl::readOptions(Item &item, const QJsonObject &o)
{
    const auto options = o.value(QLatin1String("answerOption"));
    const QString path = elementPath(item.path, QStringLiteral("answerOption"));
    if (options.isArray()) {
        const auto array = options.toArray();
        static const QList<Value::Type> allowed{Value::Type::Integer, Value::Type::Date,   Value::Type::Time,
                                                Value::Type::String,  Value::Type::Coding, Value::Type::Reference};
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = indexPath(path, i);
            if (!array.at(i).isObject()) {
                error(at, item.linkId, Text::tr("Een answerOption moet een object zijn."));
                continue;
            }
            const auto option = array.at(i).toObject();
            checkProperties(option, at, AnswerOptionFields, u"value", item.linkId);
            const auto choice = Value::findChoice(option, u"value");
            if (choice.found == 0 || !choice.unknownKey.isEmpty()
                || (choice.value && !allowed.contains(choice.value->type()))) {
                error(at, item.linkId,
                      choice.found == 0
                          ? Text::tr("answerOption heeft geen value[x] (valueCoding, valueString, valueInteger, …).")
                          : Text::tr("answerOption.value[x] mag alleen integer, date, time, string, Coding of "
                                     "Reference zijn."));
                continue;
            }
            if (choice.found > 1) {
                error(at, item.linkId, Text::tr("answerOption heeft meer dan één value[x]."));
                continue;
            }
            const QString problem = Value::formatProblem(choice.value->type(), choice.value->json());
            if (!problem.isEmpty()) {
                error(elementPath(at, choice.key), item.linkId, choice.key + QLatin1Char(' ') + problem);
                continue;
            }
            if (item.type != ItemType::Display && item.type != ItemType::Group
                && !optionFits(item.type, choice.value->type()))
                error(elementPath(at, choice.key), item.linkId,
                      Text::tr("Een antwoordoptie %1 past niet bij een vraag van het type %2.")
                          .arg(choice.key, itemTypeCode(item.type)));
            AnswerOption answer;
            answer.value = *choice.value;
            answer.initialSelected = option.value(QLatin1String("initialSelected")).toBool();
            readExtensions(option, at, ExtensionSite::AnswerOption, item.linkId, &item, &answer);
            if (choice.value->type() == Value::Type::Coding)
                readExtensions(choice.value->json().toObject(), elementPath(at, choice.key), ExtensionSite::Coding,
                               item.linkId, &item, &answer);
            for (const auto &existing : std::as_const(item.options)) {
                if (existing.value.sameAs(answer.value) && existing.value.type() == answer.value.type()) {
                    error(at, item.linkId,
                          Text::tr("Antwoordoptie \"%1\" komt twee keer voor.").arg(answer.value.displayText()));
                    break;
                }
            }
            item.options.append(answer);
        }
    }
    const auto valueSet = o.value(QLatin1String("answerValueSet"));
    if (valueSet.isString())
        readValueSet(item, valueSet.toString(), elementPath(item.path, QStringLiteral("answerValueSet")));
}

void ReaderImpl::readValueSet(Item &item, const QString &reference, const QString &path)
{
    // A canonical URL that a contained ValueSet carries is that ValueSet (the file holds its own expansion).
    for (auto it = m_valueSets.cbegin(); it != m_valueSets.cend(); ++it) {
        if (!reference.startsWith(QLatin1Char('#'))
            && it.value().value(QLatin1String("url")).toString() == reference.section(QLatin1Char('|'), 0, 0))
            return readValueSet(item, QLatin1Char('#') + it.key(), path);
    }
    if (!reference.startsWith(QLatin1Char('#'))) {
        // An external ValueSet needs a terminology server; a tablet in a family's home has none.
        const bool open = item.type == ItemType::OpenChoice;
        if (!open)
            item.supported = false;
        warning(path, item.linkId,
                open ? Text::tr("De waardenlijst %1 kan offline niet worden opgehaald; alleen vrije tekst is mogelijk.")
                           .arg(reference)
                     : Text::tr("De waardenlijst %1 kan offline niet worden opgehaald; deze vraag kan niet worden "
                                "ingevuld. Neem de waarden op als answerOption of als ingesloten ValueSet.")
                           .arg(reference));
        return;
    }
    const auto vs = m_valueSets.value(reference.mid(1));
    if (vs.isEmpty()) {
        error(path, item.linkId, Text::tr("Er is geen ingesloten ValueSet met id \"%1\".").arg(reference.mid(1)));
        return;
    }
    auto addConcept = [&](const QString &system, const QJsonObject &valueSetConcept, const QString &at) {
        const QString code = valueSetConcept.value(QLatin1String("code")).toString();
        if (code.isEmpty()) {
            error(at, item.linkId, Text::tr("Een waarde in de ValueSet heeft geen code."));
            return;
        }
        AnswerOption option;
        option.value = Value::coding(system, code, valueSetConcept.value(QLatin1String("display")).toString());
        readExtensions(valueSetConcept, at, ExtensionSite::Coding, item.linkId, &item, &option);
        item.options.append(option);
    };
    const auto expansion = vs.value(QLatin1String("expansion")).toObject();
    if (expansion.contains(QLatin1String("contains"))) {
        // expansion.contains nests; walk it without recursion on the file's depth.
        QList<std::pair<QJsonObject, QString>> stack;
        const auto top = expansion.value(QLatin1String("contains")).toArray();
        const QString base = QStringLiteral("$.contained[#%1].expansion.contains").arg(reference.mid(1));
        for (qsizetype i = top.size() - 1; i >= 0; --i)
            stack.append({top.at(i).toObject(), indexPath(base, i)});
        while (!stack.isEmpty()) {
            const auto [c, at] = stack.takeLast();
            if (!c.value(QLatin1String("abstract")).toBool() && c.contains(QLatin1String("code")))
                addConcept(c.value(QLatin1String("system")).toString(), c, at);
            const auto nested = c.value(QLatin1String("contains")).toArray();
            for (qsizetype i = nested.size() - 1; i >= 0; --i)
                stack.append({nested.at(i).toObject(), indexPath(at + QStringLiteral(".contains"), i)});
        }
    } else {
        const auto includes = vs.value(QLatin1String("compose")).toObject().value(QLatin1String("include")).toArray();
        for (qsizetype i = 0; i < includes.size(); ++i) {
            const auto include = includes.at(i).toObject();
            const QString at = QStringLiteral("$.contained[#%1].compose.include[%2]").arg(reference.mid(1)).arg(i);
            const auto concepts = include.value(QLatin1String("concept")).toArray();
            if (concepts.isEmpty()) {
                item.supported = item.type == ItemType::OpenChoice;
                warning(at, item.linkId,
                        Text::tr("Deze ValueSet noemt zijn waarden niet (alleen een codesysteem of filter); die kunnen "
                                 "offline niet worden bepaald."));
                continue;
            }
            for (qsizetype j = 0; j < concepts.size(); ++j)
                addConcept(include.value(QLatin1String("system")).toString(), concepts.at(j).toObject(),
                           indexPath(at + QStringLiteral(".concept"), j));
        }
    }
}

void ReaderImpl::readInitial(Item &item, const QJsonObject &o)
{
    const auto initial = o.value(QLatin1String("initial"));
    if (!initial.isArray())
        return;
    const auto array = initial.toArray();
    const QString path = elementPath(item.path, QStringLiteral("initial"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = indexPath(path, i);
        if (!array.at(i).isObject()) {
            error(at, item.linkId, Text::tr("Een initial moet een object zijn."));
            continue;
        }
        const auto one = array.at(i).toObject();
        checkProperties(one, at, InitialFields, u"value", item.linkId);
        readExtensions(one, at, ExtensionSite::Other, item.linkId, nullptr, nullptr);
        const auto choice = Value::findChoice(one, u"value");
        if (choice.found != 1 || !choice.value) {
            error(at, item.linkId, Text::tr("initial moet precies één value[x] hebben van een type dat R4 toestaat."));
            continue;
        }
        const QString problem = Value::formatProblem(choice.value->type(), choice.value->json());
        if (!problem.isEmpty()) {
            error(elementPath(at, choice.key), item.linkId, choice.key + QLatin1Char(' ') + problem);
            continue;
        }
        if (item.isQuestion() && !answerFits(item.type, choice.value->type())) {
            error(elementPath(at, choice.key), item.linkId,
                  Text::tr("Een beginwaarde %1 past niet bij een vraag van het type %2.")
                      .arg(choice.key, itemTypeCode(item.type)));
            continue;
        }
        item.initial.append(*choice.value);
    }
}

void ReaderImpl::readEnableWhen(Item &item, const QJsonObject &o)
{
    const auto enableWhen = o.value(QLatin1String("enableWhen"));
    if (!enableWhen.isArray())
        return;
    const auto array = enableWhen.toArray();
    const QString path = elementPath(item.path, QStringLiteral("enableWhen"));
    static const QList<std::pair<QLatin1String, Operator>> operators{
        {QLatin1String("exists"), Operator::Exists},  {QLatin1String("="), Operator::Equal},
        {QLatin1String("!="), Operator::NotEqual},    {QLatin1String(">"), Operator::Greater},
        {QLatin1String("<"), Operator::Less},         {QLatin1String(">="), Operator::GreaterOrEqual},
        {QLatin1String("<="), Operator::LessOrEqual},
    };
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = indexPath(path, i);
        if (!array.at(i).isObject()) {
            error(at, item.linkId, Text::tr("Een enableWhen moet een object zijn."));
            continue;
        }
        const auto one = array.at(i).toObject();
        checkProperties(one, at, EnableWhenFields, u"answer", item.linkId);
        readExtensions(one, at, ExtensionSite::Other, item.linkId, nullptr, nullptr);
        EnableWhen condition;
        condition.question = one.value(QLatin1String("question")).toString();
        bool ok = true;
        if (!one.contains(QLatin1String("question"))) {
            error(elementPath(at, QStringLiteral("question")), item.linkId,
                  Text::tr("question ontbreekt (verplicht)."));
            ok = false;
        }
        const auto opValue = one.value(QLatin1String("operator"));
        bool opFound = false;
        for (const auto &[code, op] : operators) {
            if (opValue.toString() == code) {
                condition.op = op;
                opFound = true;
            }
        }
        if (!opFound) {
            error(elementPath(at, QStringLiteral("operator")), item.linkId,
                  opValue.isUndefined() ? Text::tr("operator ontbreekt (verplicht: exists, =, !=, >, <, >= of <=).")
                                        : Text::tr("operator \"%1\" bestaat niet (exists, =, !=, >, <, >= of <=).")
                                              .arg(opValue.toVariant().toString()));
            ok = false;
        }
        const auto choice = Value::findChoice(one, u"answer");
        static const QList<Value::Type> allowed{Value::Type::Boolean,  Value::Type::Decimal,  Value::Type::Integer,
                                                Value::Type::Date,     Value::Type::DateTime, Value::Type::Time,
                                                Value::Type::String,   Value::Type::Coding,   Value::Type::Quantity,
                                                Value::Type::Reference};
        if (choice.found == 0) {
            error(at, item.linkId, Text::tr("enableWhen heeft geen answer[x] (verplicht)."));
            ok = false;
        } else if (choice.found > 1) {
            error(at, item.linkId, Text::tr("enableWhen heeft meer dan één answer[x]."));
            ok = false;
        } else if (!choice.unknownKey.isEmpty() || !allowed.contains(choice.value->type())) {
            error(elementPath(at, choice.unknownKey.isEmpty() ? choice.key : choice.unknownKey), item.linkId,
                  Text::tr("Dit type is in R4 niet toegestaan als enableWhen.answer[x]."));
            ok = false;
        } else {
            const QString problem = Value::formatProblem(choice.value->type(), choice.value->json());
            if (!problem.isEmpty()) {
                error(elementPath(at, choice.key), item.linkId, choice.key + QLatin1Char(' ') + problem);
                ok = false;
            } else {
                condition.answer = *choice.value;
            }
        }
        // que-7: with `exists` the answer says whether an answer must exist, so it is a boolean.
        if (ok && condition.op == Operator::Exists && condition.answer.type() != Value::Type::Boolean) {
            error(elementPath(at, choice.key), item.linkId,
                  Text::tr("que-7: bij operator exists moet het antwoord answerBoolean zijn."));
            ok = false;
        }
        if (ok)
            item.enableWhen.append(condition);
        else
            item.enableWhen.append(EnableWhen{}); // keeps the count for que-12; never evaluated (the file is invalid)
    }
}

void ReaderImpl::checkItemRules(const Item &item, const QJsonObject &o)
{
    const QString &path = item.path;
    const QString &linkId = item.linkId;
    const bool display = item.type == ItemType::Display;
    const bool group = item.type == ItemType::Group;
    auto has = [&](const char *name) { return o.contains(QLatin1String(name)); };
    if (display && has("code"))
        error(elementPath(path, QStringLiteral("code")), linkId,
              Text::tr("que-3: een display-item kan geen code hebben."));
    if (has("answerOption") && has("answerValueSet"))
        error(path, linkId, Text::tr("que-4: een vraag kan niet zowel answerOption als answerValueSet hebben."));
    // que-5 as R4 states its expression: answer lists only on these types.
    static const QList<ItemType> listTypes{ItemType::Choice,  ItemType::OpenChoice, ItemType::Decimal,
                                           ItemType::Integer, ItemType::Date,       ItemType::DateTime,
                                           ItemType::Time,    ItemType::String,     ItemType::Quantity};
    if ((has("answerOption") || has("answerValueSet")) && !listTypes.contains(item.type))
        error(path, linkId,
              Text::tr("que-5: answerOption en answerValueSet passen niet bij een item van het type %1.")
                  .arg(itemTypeCode(item.type)));
    if (display && (has("required") || has("repeats")))
        error(path, linkId, Text::tr("que-6: een display-item kan niet required of repeats zijn."));
    if ((group || display) && has("initial"))
        error(elementPath(path, QStringLiteral("initial")), linkId,
              Text::tr("que-8: een groep of display-item kan geen beginwaarde hebben."));
    if (display && has("readOnly"))
        error(elementPath(path, QStringLiteral("readOnly")), linkId,
              Text::tr("que-9: een display-item kan niet readOnly zijn."));
    static const QList<ItemType> lengthTypes{ItemType::Boolean,   ItemType::Decimal, ItemType::Integer,
                                             ItemType::String,    ItemType::Text,    ItemType::Url,
                                             ItemType::OpenChoice};
    if (has("maxLength") && !lengthTypes.contains(item.type))
        error(elementPath(path, QStringLiteral("maxLength")), linkId,
              Text::tr("que-10: maxLength kan niet bij een item van het type %1.").arg(itemTypeCode(item.type)));
    if (has("answerOption") && has("initial"))
        error(path, linkId,
              Text::tr("que-11: met answerOption hoort de beginwaarde als answerOption.initialSelected te staan, "
                       "niet als initial."));
    // que-12: R4 says "more than one" in words but its expression reads `count() > 2`. A file with exactly two
    // conditions and no enableBehavior is valid by the expression, so it loads (behaviour "all") with a warning.
    if (item.enableWhen.size() > 2 && !has("enableBehavior"))
        error(elementPath(path, QStringLiteral("enableWhen")), linkId,
              Text::tr("que-12: bij meer dan één enableWhen is enableBehavior (all of any) verplicht."));
    else if (item.enableWhen.size() == 2 && !has("enableBehavior"))
        warning(elementPath(path, QStringLiteral("enableWhen")), linkId,
                Text::tr("que-12: bij twee enableWhen-voorwaarden hoort enableBehavior; gebruikt wordt \"all\"."));
    if (!item.repeats && item.initial.size() > 1)
        error(elementPath(path, QStringLiteral("initial")), linkId,
              Text::tr("que-13: alleen een herhalende vraag kan meer dan één beginwaarde hebben."));
    if (!item.repeats && (item.type == ItemType::Choice || item.type == ItemType::OpenChoice)) {
        int selected = 0;
        for (const auto &option : item.options)
            selected += option.initialSelected ? 1 : 0;
        if (selected > 1)
            error(elementPath(path, QStringLiteral("answerOption")), linkId,
                  Text::tr("Een niet-herhalende vraag kan maar één vooraf gekozen antwoordoptie hebben."));
    }
    if (item.minValue && item.maxValue) {
        const auto order = item.minValue->compare(*item.maxValue);
        if (order && *order > 0)
            error(path, linkId, Text::tr("minValue is groter dan maxValue."));
    }
    if (item.minLength && item.maxLength && *item.minLength > *item.maxLength)
        error(path, linkId, Text::tr("minLength is groter dan maxLength."));
}

} // namespace detail

namespace {

// Which operators make sense for which question type, and which answer type fits.
QString conditionProblem(const Item &question, const EnableWhen &condition)
{
    if (condition.op == Operator::Exists)
        return {};
    const auto type = condition.answer.type();
    // A number compares with a number: `integer question < 9.5` is meaningful although an answer could not be 9.5.
    const bool numeric = type == Value::Type::Decimal
                         && (question.type == ItemType::Integer || question.type == ItemType::Choice
                             || question.type == ItemType::OpenChoice);
    if (!answerFits(question.type, type) && !numeric)
        return Text::tr("Een answer%1 past niet bij de vraag \"%2\" van het type %3.")
            .arg(Value::typeSuffix(type), question.linkId, itemTypeCode(question.type));
    const bool ordered = condition.op == Operator::Greater || condition.op == Operator::Less
                         || condition.op == Operator::GreaterOrEqual || condition.op == Operator::LessOrEqual;
    if (ordered
        && (type == Value::Type::Boolean || type == Value::Type::Coding || type == Value::Type::Reference
            || type == Value::Type::Attachment))
        return Text::tr("Antwoorden van het type %1 hebben geen volgorde; gebruik = of !=.")
            .arg(Value::typeSuffix(type));
    return {};
}

} // namespace

namespace detail {

void ReaderImpl::resolveEnableWhen()
{
    auto &items = m_q->m_items;
    for (auto &item : items) {
        for (qsizetype i = 0; i < item.enableWhen.size(); ++i) {
            auto &condition = item.enableWhen[i];
            if (condition.question.isEmpty())
                continue; // already reported
            const QString at =
                indexPath(elementPath(item.path, QStringLiteral("enableWhen")), i) + QStringLiteral(".question");
            const int target = m_q->indexOf(condition.question);
            if (target < 0) {
                error(at, item.linkId,
                      Text::tr("enableWhen verwijst naar \"%1\", maar zo'n linkId bestaat niet.")
                          .arg(condition.question));
                continue;
            }
            if (m_duplicateLinkIds.contains(condition.question))
                continue; // ambiguous; que-2 already reported
            const Item &question = items.at(target);
            if (!question.isQuestion()) {
                error(at, item.linkId,
                      Text::tr("enableWhen verwijst naar \"%1\", een %2-item zonder antwoord; alleen vragen kunnen.")
                          .arg(condition.question, itemTypeCode(question.type)));
                continue;
            }
            const QString problem = conditionProblem(question, condition);
            if (!problem.isEmpty()) {
                error(at, item.linkId, problem);
                continue;
            }
            condition.questionIndex = target;
        }
    }
}

// An item whose enablement depends, through enableWhen and through its ancestors, on itself can never be decided.
void ReaderImpl::checkCycles()
{
    const auto &items = m_q->m_items;
    const int n = static_cast<int>(items.size());
    // Edges: item → each enableWhen question, and item → its parent (a disabled parent disables the child).
    enum Mark : quint8 { White, Grey, Black };
    QList<Mark> mark(n, White);
    for (int start = 0; start < n; ++start) {
        if (mark[start] != White)
            continue;
        // Iterative depth-first search: the file decides the depth.
        QList<std::pair<int, int>> stack{{start, 0}};
        mark[start] = Grey;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            const Item &item = items.at(node);
            const int edges = static_cast<int>(item.enableWhen.size()) + (item.parent >= 0 ? 1 : 0);
            if (next >= edges) {
                mark[node] = Black;
                stack.removeLast();
                continue;
            }
            const int edge = next++;
            const int target = edge < item.enableWhen.size() ? item.enableWhen.at(edge).questionIndex : item.parent;
            if (target < 0)
                continue;
            if (mark[target] == Grey) {
                const Item &from = items.at(node);
                error(elementPath(from.path, QStringLiteral("enableWhen")), from.linkId,
                      Text::tr("enableWhen vormt een kring: \"%1\" hangt via zijn voorwaarden van zichzelf af.")
                          .arg(items.at(target).linkId));
                // Mark the rest as done so one cycle is reported once.
                for (const auto &[m, unused] : stack)
                    mark[m] = Black;
                stack.clear();
                break;
            }
            if (mark[target] == White) {
                mark[target] = Grey;
                stack.append({target, 0});
            }
        }
    }
}

// A display child with itemControl help/flyover is its parent's help text, not a row of its own.
void ReaderImpl::resolveHelp()
{
    for (auto &item : m_q->m_items) {
        if (item.type == ItemType::Display && item.control == Control::Help && item.parent >= 0) {
            auto &parent = m_q->m_items[item.parent];
            parent.help = parent.help.isEmpty() ? item.text : parent.help + QLatin1Char('\n') + item.text;
        }
    }
}

void ReaderImpl::compileExpressions()
{
    ExpressionCompiler compiler(*m_q, m_problems);
    for (auto &v : m_q->m_variables)
        compiler.compile(v, {});
    for (auto &item : m_q->m_items) {
        for (auto &v : item.variables)
            compiler.compile(v, item.linkId);
        for (auto *e :
             {&item.calculated, &item.enableWhenExpression, &item.initialExpression, &item.answerExpression}) {
            if (*e)
                compiler.compile(**e, item.linkId);
        }
    }
    compiler.checkVariables();
}

} // namespace detail

std::shared_ptr<const Questionnaire> QuestionnaireReader::read(const QByteArray &bytes, Problems &problems)
{
    const auto json = JsonReader::readObject(bytes, problems);
    if (!json)
        return nullptr;
    return read(*json, problems);
}

std::shared_ptr<const Questionnaire> QuestionnaireReader::read(const QJsonObject &json, Problems &problems)
{
    detail::ReaderImpl reader(problems);
    return reader.read(json);
}

} // namespace veldwerk::forms
