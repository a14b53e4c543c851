#pragma once

// Shared helpers for the FHIRPath unit tests: evaluate an expression and show the result compactly as FHIRPath
// literals ("[1, 'a', @2020-01]") or as "Error:<Code>", so expectations read like the specification's examples.

#include "app/forms/fhirpath/FhirPath.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <string>

namespace fhirpath_test {

using namespace veldwerk::fhirpath;

inline QString literal(const Item &item)
{
    const Item v = item.systemValue();
    switch (v.kind()) {
    case Item::Kind::String:
        return u'\'' + v.asString() + u'\'';
    case Item::Kind::Date:
    case Item::Kind::DateTime:
    case Item::Kind::Time:
        return v.asTemporal().toLiteral();
    case Item::Kind::Node:
        return u'<' + (v.asNode()->typeName().isEmpty() ? QStringLiteral("?") : v.asNode()->typeName()) + u'>';
    default:
        return toText(v);
    }
}

inline std::string show(const Result<Collection> &r)
{
    if (!r)
        return std::string("Error:") + errorCodeName(r.error().code);
    QStringList parts;
    for (const Item &i : *r)
        parts << literal(i);
    return (u'[' + parts.join(QStringLiteral(", ")) + u']').toStdString();
}

inline Result<Collection> evaluate(const QString &expression, const NodePtr &focus = nullptr,
                                   const Environment &env = Environment())
{
    auto e = Expression::parse(expression);
    if (!e)
        return veldwerk::fail(e.error());
    Collection c;
    if (focus)
        c.push_back(Item::node(focus));
    return e->evaluate(c, env);
}

// Evaluates with focus and %resource set to `focus`.
inline std::string run(const char *expression, const NodePtr &focus = nullptr, Environment env = Environment())
{
    if (focus) {
        env.setVariable(QStringLiteral("resource"), {Item::node(focus)});
        env.setVariable(QStringLiteral("context"), {Item::node(focus)});
    }
    return show(evaluate(QString::fromUtf8(expression), focus, env));
}

inline NodePtr json(const char *text)
{
    auto n = Node::parseJson(QByteArray(text));
    return n ? *n : nullptr;
}

// The error code of a failed parse, or empty when the expression parses.
inline std::optional<ErrorCode> parseError(const QString &expression, const ParseOptions &options = {})
{
    auto e = Expression::parse(expression, options);
    if (e)
        return std::nullopt;
    return e.error().code;
}

} // namespace fhirpath_test
