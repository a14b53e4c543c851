// The data model: items, the immutable FHIR element tree, building it from R4 JSON, and writing JSON back.
#include "app/forms/fhirpath/Json.h"
#include "app/forms/fhirpath/Model.h"
#include "app/forms/fhirpath/Values.h"

#include <cassert>

namespace veldwerk::fhirpath {

// ---- Item ---------------------------------------------------------------------------------------------------------

Item Item::boolean(bool value)
{
    Item i;
    i.m_kind = Kind::Boolean;
    i.m_value = value;
    return i;
}

Item Item::integer(std::int64_t value)
{
    Item i;
    i.m_kind = Kind::Integer;
    i.m_value = value;
    return i;
}

Item Item::decimal(Decimal value)
{
    Item i;
    i.m_kind = Kind::Decimal;
    i.m_value = value;
    return i;
}

Item Item::string(QString value)
{
    Item i;
    i.m_kind = Kind::String;
    i.m_value = std::move(value);
    return i;
}

Item Item::temporal(Temporal value)
{
    Item i;
    switch (value.kind) {
    case Temporal::Kind::Date:
        i.m_kind = Kind::Date;
        break;
    case Temporal::Kind::DateTime:
        i.m_kind = Kind::DateTime;
        break;
    case Temporal::Kind::Time:
        i.m_kind = Kind::Time;
        break;
    }
    i.m_value = value;
    return i;
}

Item Item::quantity(Quantity value)
{
    Item i;
    i.m_kind = Kind::Quantity;
    i.m_value = std::make_shared<const Quantity>(std::move(value));
    return i;
}

Item Item::node(NodePtr node)
{
    Item i;
    i.m_kind = Kind::Node;
    i.m_value = std::move(node);
    return i;
}

bool Item::asBoolean() const
{
    assert(m_kind == Kind::Boolean);
    return std::get<bool>(m_value);
}

std::int64_t Item::asInteger() const
{
    assert(m_kind == Kind::Integer);
    return std::get<std::int64_t>(m_value);
}

const Decimal &Item::asDecimal() const
{
    assert(m_kind == Kind::Decimal);
    return std::get<Decimal>(m_value);
}

const QString &Item::asString() const
{
    assert(m_kind == Kind::String);
    return std::get<QString>(m_value);
}

const Temporal &Item::asTemporal() const
{
    assert(m_kind == Kind::Date || m_kind == Kind::DateTime || m_kind == Kind::Time);
    return std::get<Temporal>(m_value);
}

const Quantity &Item::asQuantity() const
{
    assert(m_kind == Kind::Quantity);
    return *std::get<std::shared_ptr<const Quantity>>(m_value);
}

const NodePtr &Item::asNode() const
{
    assert(m_kind == Kind::Node);
    return std::get<NodePtr>(m_value);
}

namespace detail {

// FHIR Quantity (and its profiles Age, Duration, ...) as a System Quantity: the UCUM code when there is one,
// else the human unit text (FHIRPath §2.1.20.5 on FHIR Quantity).
std::optional<Quantity> quantityOfNode(const Node &node)
{
    const NodePtr value = node.firstChild(u"value");
    if (!value || !value->value())
        return std::nullopt;
    Quantity q;
    const Item &v = *value->value();
    if (v.kind() == Item::Kind::Decimal)
        q.value = v.asDecimal();
    else if (v.kind() == Item::Kind::Integer)
        q.value = Decimal::fromInteger(v.asInteger());
    else
        return std::nullopt;
    const NodePtr code = node.firstChild(u"code");
    const NodePtr unit = node.firstChild(u"unit");
    if (code && code->value() && code->value()->kind() == Item::Kind::String)
        q.unit = code->value()->asString();
    else if (unit && unit->value() && unit->value()->kind() == Item::Kind::String)
        q.unit = unit->value()->asString();
    return q;
}

} // namespace detail

Item Item::systemValue() const
{
    if (m_kind != Kind::Node)
        return *this;
    const NodePtr &n = asNode();
    if (n->value())
        return *n->value();
    if (detail::isQuantityType(n->typeName())) {
        if (auto q = detail::quantityOfNode(*n))
            return Item::quantity(std::move(*q));
    }
    return *this;
}

// ---- Node ---------------------------------------------------------------------------------------------------------

std::vector<NodePtr> Node::children(QStringView name) const
{
    std::vector<NodePtr> out;
    for (const Child &c : m_children) {
        if (c.name == name)
            out.push_back(c.node);
    }
    return out;
}

NodePtr Node::firstChild(QStringView name) const
{
    for (const Child &c : m_children) {
        if (c.name == name)
            return c.node;
    }
    return nullptr;
}

NodePtr Node::primitive(Item value, QString fhirType)
{
    assert(!value.isNode());
    if (fhirType.isEmpty()) {
        switch (value.kind()) {
        case Item::Kind::Boolean:
            fhirType = QStringLiteral("boolean");
            break;
        case Item::Kind::Integer:
            fhirType = QStringLiteral("integer");
            break;
        case Item::Kind::Decimal:
            fhirType = QStringLiteral("decimal");
            break;
        case Item::Kind::String:
            fhirType = QStringLiteral("string");
            break;
        case Item::Kind::Date:
            fhirType = QStringLiteral("date");
            break;
        case Item::Kind::DateTime:
            fhirType = QStringLiteral("dateTime");
            break;
        case Item::Kind::Time:
            fhirType = QStringLiteral("time");
            break;
        case Item::Kind::Quantity:
        case Item::Kind::Node:
            break;
        }
    }
    return NodeBuilder(std::move(fhirType)).setValue(std::move(value)).build();
}

// ---- Building from JSON -------------------------------------------------------------------------------------------

namespace {

// A System value for a JSON primitive of FHIR type `type` (empty: unknown, typed by the JSON value).
struct Primitive {
    std::optional<Item> value;
    QString type;
};

Primitive primitiveFromText(const QString &type, bool isString, bool isBool, bool boolean, const QString &text)
{
    Primitive p;
    p.type = type;
    if (isBool) {
        p.value = Item::boolean(boolean);
        if (p.type.isEmpty())
            p.type = QStringLiteral("boolean");
        return p;
    }
    if (!isString) { // a number
        const bool wantsDecimal = type == u"decimal";
        if (!wantsDecimal && !text.contains(u'.') && !text.contains(u'e') && !text.contains(u'E')) {
            if (const auto i = detail::parseInteger(text)) {
                p.value = Item::integer(*i);
                if (p.type.isEmpty())
                    p.type = QStringLiteral("integer");
                return p;
            }
        }
        if (const auto d = Decimal::parse(text)) {
            p.value = Item::decimal(*d);
            if (p.type.isEmpty() || p.type == u"integer")
                p.type = QStringLiteral("decimal");
            return p;
        }
        p.value = Item::string(text);
        return p;
    }
    if (type == u"date" || type == u"dateTime" || type == u"instant" || type == u"time") {
        const Temporal::Kind kind = type == u"date"   ? Temporal::Kind::Date
                                    : type == u"time" ? Temporal::Kind::Time
                                                      : Temporal::Kind::DateTime;
        if (auto t = Temporal::parse(kind, text)) {
            p.value = Item::temporal(*t);
            return p;
        }
    }
    p.value = Item::string(text);
    if (p.type.isEmpty())
        p.type = QStringLiteral("string");
    return p;
}

// Adapters over the two JSON sources, so one builder serves both.
struct QtJson {
    using Value = QJsonValue;
    static bool isObject(const Value &v) { return v.isObject(); }
    static bool isArray(const Value &v) { return v.isArray(); }
    static bool isNull(const Value &v) { return v.isNull() || v.isUndefined(); }
    static Primitive primitive(const Value &v, const QString &type)
    {
        if (v.isDouble()) {
            // Qt keeps integers exactly (qint64) and other numbers as doubles; the shortest text that reads back
            // as the same double is the best guess at what was written.
            const QVariant var = v.toVariant();
            const QString text = var.typeId() == QMetaType::LongLong
                                     ? QString::number(var.toLongLong())
                                     : QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
            return primitiveFromText(type, false, false, false, text);
        }
        return primitiveFromText(type, v.isString(), v.isBool(), v.toBool(), v.toString());
    }
    template <typename F>
    static void forEachMember(const Value &obj, F &&f)
    {
        const QJsonObject o = obj.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            f(it.key(), it.value());
    }
    static std::optional<Value> member(const Value &obj, const QString &key)
    {
        const QJsonObject o = obj.toObject();
        const auto it = o.constFind(key);
        if (it == o.constEnd())
            return std::nullopt;
        return it.value();
    }
    static std::vector<Value> items(const Value &v)
    {
        const QJsonArray a = v.toArray();
        return std::vector<Value>(a.begin(), a.end());
    }
    static QString string(const Value &v) { return v.toString(); }
    static bool isString(const Value &v) { return v.isString(); }
};

struct OwnJson {
    using Value = detail::JsonValue;
    using K = detail::JsonValue::Kind;
    static bool isObject(const Value &v) { return v.kind == K::Object; }
    static bool isArray(const Value &v) { return v.kind == K::Array; }
    static bool isNull(const Value &v) { return v.kind == K::Null; }
    static Primitive primitive(const Value &v, const QString &type)
    {
        return primitiveFromText(type, v.kind == K::String, v.kind == K::Bool, v.boolean, v.text);
    }
    template <typename F>
    static void forEachMember(const Value &obj, F &&f)
    {
        for (const auto &m : obj.members)
            f(m.first, m.second);
    }
    static std::optional<std::reference_wrapper<const Value>> member(const Value &obj, const QString &key)
    {
        if (const Value *v = obj.member(key))
            return std::cref(*v);
        return std::nullopt;
    }
    static const std::vector<Value> &items(const Value &v) { return v.items; }
    static QString string(const Value &v) { return v.text; }
    static bool isString(const Value &v) { return v.kind == K::String; }
};

template <typename J>
class TreeBuilder {
public:
    using Value = typename J::Value;

    NodePtr object(const Value &obj, const QString &typeKey, int depth)
    {
        NodeBuilder b;
        QString key = typeKey;
        bool resource = false;
        if (const auto rt = J::member(obj, QStringLiteral("resourceType")); rt && J::isString(*rt)) {
            key = J::string(*rt);
            resource = true;
        }
        b.setTypeName(detail::publicTypeName(key));
        b.setResource(resource);
        if (depth > detail::kMaxJsonDepth)
            return b.build();
        J::forEachMember(obj, [&](const QString &name, const Value &v) {
            if (name == u"resourceType")
                return;
            if (name.startsWith(u'_')) {
                // A companion without its value ("_birthDate" alone): the element exists with only id/extension.
                const QString base = name.mid(1);
                if (!J::member(obj, base))
                    member(b, base, key, resource, nullptr, &v, depth);
                return;
            }
            const auto companion = J::member(obj, u'_' + name);
            member(b, name, key, resource, &v, companion ? &static_cast<const Value &>(*companion) : nullptr, depth);
        });
        return b.build();
    }

private:
    // One JSON member (value and/or "_" companion) as children of b.
    void member(NodeBuilder &b, const QString &jsonName, const QString &parentKey, bool parentIsResource,
                const Value *value, const Value *companion, int depth)
    {
        QString name = jsonName;
        QString type;
        bool choice = false;
        QString base;
        QString choiceType;
        if (detail::splitChoice(jsonName, base, choiceType)) {
            name = base;
            type = choiceType;
            choice = true;
        } else {
            type = detail::elementType(parentKey, jsonName, parentIsResource);
        }
        if (value && J::isArray(*value)) {
            const auto &values = J::items(*value);
            auto each = [&](const auto &companions) {
                for (std::size_t i = 0; i < values.size(); ++i) {
                    const Value *c = i < companions.size() ? &companions[i] : nullptr;
                    if (NodePtr n = element(values[i], c, type, depth))
                        add(b, name, std::move(n), choice, true);
                }
            };
            if (companion && J::isArray(*companion)) {
                const auto &companions = J::items(*companion);
                each(companions);
            } else {
                each(std::vector<Value>());
            }
            return;
        }
        if (!value && companion && J::isArray(*companion)) {
            for (const Value &c : J::items(*companion)) {
                if (NodePtr n = element(std::nullopt, &c, type, depth))
                    add(b, name, std::move(n), choice, true);
            }
            return;
        }
        NodePtr n = value ? element(*value, companion, type, depth) : element(std::nullopt, companion, type, depth);
        if (n)
            add(b, name, std::move(n), choice, false);
    }

    static void add(NodeBuilder &b, const QString &name, NodePtr n, bool choice, bool repeating)
    {
        if (choice)
            b.appendChoice(name, std::move(n));
        else
            b.append(name, std::move(n), repeating);
    }

    NodePtr element(std::optional<std::reference_wrapper<const Value>> value, const Value *companion,
                    const QString &type, int depth)
    {
        if (value && J::isObject(value->get()))
            return object(value->get(), type == u"Resource" ? QString() : type, depth + 1);
        if (value && J::isArray(value->get()))
            return nullptr; // arrays of arrays are not FHIR
        const bool hasValue = value && !J::isNull(value->get());
        const bool hasCompanion = companion && J::isObject(*companion);
        if (!hasValue && !hasCompanion)
            return nullptr;
        NodeBuilder b;
        if (hasValue) {
            Primitive p = J::primitive(value->get(), type);
            b.setTypeName(p.type);
            if (p.value)
                b.setValue(std::move(*p.value));
        } else {
            b.setTypeName(type);
        }
        if (hasCompanion) {
            // id and extension of a primitive (FHIR JSON §"Representing primitive elements").
            const NodePtr extra = object(*companion, QStringLiteral("Element"), depth + 1);
            for (const Node::Child &c : extra->children())
                b.append(c.name, c.node, c.repeating);
        }
        return b.build();
    }
};

} // namespace

NodePtr Node::fromJson(const QJsonObject &object, const QString &typeName)
{
    return TreeBuilder<QtJson>().object(QJsonValue(object), typeName, 0);
}

Result<NodePtr> Node::parseJson(QByteArrayView json, const QString &typeName)
{
    auto doc = detail::readJson(json);
    if (!doc)
        return fail(doc.error());
    if (doc->kind != detail::JsonValue::Kind::Object)
        return fail(Error{ErrorCode::InvalidJson, QStringLiteral("not a JSON object"), 0});
    return TreeBuilder<OwnJson>().object(*doc, typeName, 0);
}

// ---- Writing JSON -------------------------------------------------------------------------------------------------

namespace {

QJsonValue primitiveJson(const Item &v)
{
    switch (v.kind()) {
    case Item::Kind::Boolean:
        return v.asBoolean();
    case Item::Kind::Integer:
        return static_cast<qint64>(v.asInteger());
    case Item::Kind::Decimal:
        return v.asDecimal().toDouble();
    case Item::Kind::String:
        return v.asString();
    case Item::Kind::Date:
    case Item::Kind::DateTime:
    case Item::Kind::Time:
        return v.asTemporal().toString();
    case Item::Kind::Quantity:
    case Item::Kind::Node:
        break;
    }
    return {};
}

QJsonObject companionJson(const Node &n)
{
    QJsonObject o;
    for (const Node::Child &c : n.children()) {
        if (o.contains(c.name))
            continue;
        const auto all = n.children(c.name);
        if (all.size() == 1 && !c.repeating) {
            o.insert(c.name, all.front()->toJson());
        } else {
            QJsonArray a;
            for (const NodePtr &x : all)
                a.append(x->toJson());
            o.insert(c.name, a);
        }
    }
    return o;
}

} // namespace

QJsonValue Node::toJson() const
{
    if (m_value)
        return primitiveJson(*m_value);
    QJsonObject o;
    if (m_resource)
        o.insert(QStringLiteral("resourceType"), m_typeName);
    QSet<QString> done;
    for (const Child &c : m_children) {
        if (done.contains(c.name))
            continue;
        done.insert(c.name);
        std::vector<const Child *> group;
        for (const Child &d : m_children) {
            if (d.name == c.name)
                group.push_back(&d);
        }
        const QString key = c.choice ? c.name + detail::choiceSuffix(c.node->typeName()) : c.name;
        const bool array = group.size() > 1 || c.repeating;
        auto primitiveLike = [](const Node &n) { return n.isPrimitive() || detail::isFhirPrimitiveType(n.typeName()); };
        bool anyCompanion = false;
        for (const Child *g : group)
            anyCompanion = anyCompanion || (primitiveLike(*g->node) && !g->node->children().empty());
        if (!array) {
            const Node &n = *c.node;
            if (primitiveLike(n)) {
                if (n.isPrimitive())
                    o.insert(key, n.toJson());
                if (!n.children().empty())
                    o.insert(u'_' + key, companionJson(n));
            } else {
                o.insert(key, n.toJson());
            }
            continue;
        }
        QJsonArray values;
        QJsonArray companions;
        for (const Child *g : group) {
            const Node &n = *g->node;
            const bool primitive = primitiveLike(n);
            values.append(primitive && !n.isPrimitive() ? QJsonValue() : n.toJson());
            if (anyCompanion)
                companions.append(primitive && !n.children().empty() ? QJsonValue(companionJson(n)) : QJsonValue());
        }
        o.insert(key, values);
        if (anyCompanion)
            o.insert(u'_' + key, companions);
    }
    return o;
}

QJsonValue toJson(const Item &item)
{
    switch (item.kind()) {
    case Item::Kind::Quantity: {
        const Quantity &q = item.asQuantity();
        QJsonObject o;
        o.insert(QStringLiteral("value"), q.value.toDouble());
        o.insert(QStringLiteral("unit"), q.unit);
        if (!q.isCalendarDuration()) {
            o.insert(QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org"));
            o.insert(QStringLiteral("code"), q.unit);
        }
        return o;
    }
    case Item::Kind::Node:
        return item.asNode()->toJson();
    default:
        return primitiveJson(item);
    }
}

QJsonArray toJson(const Collection &collection)
{
    QJsonArray a;
    for (const Item &i : collection)
        a.append(toJson(i));
    return a;
}

QString toText(const Item &item)
{
    switch (item.kind()) {
    case Item::Kind::Boolean:
        return item.asBoolean() ? QStringLiteral("true") : QStringLiteral("false");
    case Item::Kind::Integer:
        return QString::number(item.asInteger());
    case Item::Kind::Decimal:
        return item.asDecimal().toString();
    case Item::Kind::String:
        return item.asString();
    case Item::Kind::Date:
    case Item::Kind::DateTime:
    case Item::Kind::Time:
        return item.asTemporal().toString();
    case Item::Kind::Quantity:
        return detail::quantityText(item.asQuantity());
    case Item::Kind::Node: {
        const Item v = item.systemValue();
        return v.isNode() ? QString() : toText(v);
    }
    }
    return {};
}

// ---- NodeBuilder --------------------------------------------------------------------------------------------------

NodeBuilder::NodeBuilder(QString typeName)
{
    m_node.m_typeName = std::move(typeName);
}

NodeBuilder::NodeBuilder(const Node &from)
    : m_node(from)
{
}

NodeBuilder &NodeBuilder::setTypeName(QString typeName)
{
    m_node.m_typeName = std::move(typeName);
    return *this;
}

NodeBuilder &NodeBuilder::setResource(bool resource)
{
    m_node.m_resource = resource;
    return *this;
}

NodeBuilder &NodeBuilder::setTag(int tag)
{
    m_node.m_tag = tag;
    return *this;
}

NodeBuilder &NodeBuilder::setValue(Item value)
{
    assert(!value.isNode());
    m_node.m_value = std::move(value);
    return *this;
}

NodeBuilder &NodeBuilder::append(QString name, NodePtr child, bool repeating)
{
    m_node.m_children.push_back(Node::Child{std::move(name), std::move(child), false, repeating});
    return *this;
}

NodeBuilder &NodeBuilder::appendChoice(QString name, NodePtr child)
{
    m_node.m_children.push_back(Node::Child{std::move(name), std::move(child), true, false});
    return *this;
}

NodeBuilder &NodeBuilder::appendValue(QString name, Item value, QString fhirType, bool repeating)
{
    return append(std::move(name), Node::primitive(std::move(value), std::move(fhirType)), repeating);
}

NodeBuilder &NodeBuilder::replaceChildren(QStringView name, std::vector<NodePtr> nodes, bool repeating, bool choice)
{
    auto &children = m_node.m_children;
    std::size_t at = children.size();
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (children[i].name == name) {
            at = i;
            break;
        }
    }
    const QString key = name.toString();
    std::erase_if(children, [&](const Node::Child &c) { return c.name == name; });
    std::vector<Node::Child> inserted;
    inserted.reserve(nodes.size());
    for (NodePtr &n : nodes)
        inserted.push_back(Node::Child{key, std::move(n), choice, repeating});
    children.insert(children.begin() + static_cast<std::ptrdiff_t>(std::min(at, children.size())),
                    std::make_move_iterator(inserted.begin()), std::make_move_iterator(inserted.end()));
    return *this;
}

NodeBuilder &NodeBuilder::replaceChild(std::size_t index, NodePtr child)
{
    if (index < m_node.m_children.size())
        m_node.m_children[index].node = std::move(child);
    return *this;
}

NodeBuilder &NodeBuilder::removeChildren(QStringView name)
{
    std::erase_if(m_node.m_children, [&](const Node::Child &c) { return c.name == name; });
    return *this;
}

NodePtr NodeBuilder::build() const
{
    return std::make_shared<const Node>(m_node);
}

// ---- Helpers ------------------------------------------------------------------------------------------------------

QString Error::toString() const
{
    QString s = QString::fromLatin1(errorCodeName(code));
    if (position >= 0)
        s += QStringLiteral(" at %1").arg(position);
    if (!detail.isEmpty())
        s += QStringLiteral(": ") + detail;
    return s;
}

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Syntax:
        return "Syntax";
    case ErrorCode::TooDeep:
        return "TooDeep";
    case ErrorCode::TooLong:
        return "TooLong";
    case ErrorCode::UnknownFunction:
        return "UnknownFunction";
    case ErrorCode::UnknownVariable:
        return "UnknownVariable";
    case ErrorCode::UnknownType:
        return "UnknownType";
    case ErrorCode::WrongArgumentCount:
        return "WrongArgumentCount";
    case ErrorCode::InvalidArgument:
        return "InvalidArgument";
    case ErrorCode::TypeMismatch:
        return "TypeMismatch";
    case ErrorCode::NotSingleton:
        return "NotSingleton";
    case ErrorCode::Overflow:
        return "Overflow";
    case ErrorCode::StepLimit:
        return "StepLimit";
    case ErrorCode::CollectionLimit:
        return "CollectionLimit";
    case ErrorCode::StringLimit:
        return "StringLimit";
    case ErrorCode::InvalidRegex:
        return "InvalidRegex";
    case ErrorCode::RegexLimit:
        return "RegexLimit";
    case ErrorCode::InvalidJson:
        return "InvalidJson";
    case ErrorCode::HostFunction:
        return "HostFunction";
    case ErrorCode::Unsupported:
        return "Unsupported";
    }
    return "Unknown";
}

} // namespace veldwerk::fhirpath
