#include "app/forms/Value.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace veldwerk::forms {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Veldwerk)
};

struct TypeName {
    Value::Type type;
    const char *suffix;
};

// The value[x] types a Questionnaire or QuestionnaireResponse can carry in R4.
constexpr std::array<TypeName, 12> TypeNames{{
    {Value::Type::Boolean, "Boolean"},
    {Value::Type::Decimal, "Decimal"},
    {Value::Type::Integer, "Integer"},
    {Value::Type::Date, "Date"},
    {Value::Type::DateTime, "DateTime"},
    {Value::Type::Time, "Time"},
    {Value::Type::String, "String"},
    {Value::Type::Uri, "Uri"},
    {Value::Type::Coding, "Coding"},
    {Value::Type::Quantity, "Quantity"},
    {Value::Type::Attachment, "Attachment"},
    {Value::Type::Reference, "Reference"},
}};

// Other FHIR data types: a `valueXyz` with one of these is a real FHIR type that the forms do not use.
bool isOtherFhirType(QStringView suffix)
{
    static const QStringList others{
        QStringLiteral("Base64Binary"),
        QStringLiteral("Canonical"),
        QStringLiteral("Code"),
        QStringLiteral("Id"),
        QStringLiteral("Instant"),
        QStringLiteral("Markdown"),
        QStringLiteral("Oid"),
        QStringLiteral("PositiveInt"),
        QStringLiteral("UnsignedInt"),
        QStringLiteral("Url"),
        QStringLiteral("Uuid"),
        QStringLiteral("Address"),
        QStringLiteral("Age"),
        QStringLiteral("Annotation"),
        QStringLiteral("CodeableConcept"),
        QStringLiteral("ContactPoint"),
        QStringLiteral("Count"),
        QStringLiteral("Distance"),
        QStringLiteral("Duration"),
        QStringLiteral("HumanName"),
        QStringLiteral("Identifier"),
        QStringLiteral("Money"),
        QStringLiteral("Period"),
        QStringLiteral("Range"),
        QStringLiteral("Ratio"),
        QStringLiteral("SampledData"),
        QStringLiteral("Signature"),
        QStringLiteral("Timing"),
        QStringLiteral("ContactDetail"),
        QStringLiteral("Contributor"),
        QStringLiteral("DataRequirement"),
        QStringLiteral("Expression"),
        QStringLiteral("ParameterDefinition"),
        QStringLiteral("RelatedArtifact"),
        QStringLiteral("TriggerDefinition"),
        QStringLiteral("UsageContext"),
        QStringLiteral("Dosage"),
        QStringLiteral("Meta"),
    };
    return others.contains(suffix.toString());
}

QString trimmedNumber(double d)
{
    return QLocale::c().toString(d, 'g', QLocale::FloatingPointShortest);
}

// Precision of a FHIR date/dateTime: 1 year, 2 month, 3 day, 4 minutes/seconds with time.
int datePrecision(const QString &s)
{
    if (s.contains(QLatin1Char('T')))
        return 4;
    return static_cast<int>(s.count(QLatin1Char('-'))) + 1;
}

std::optional<int> compareDates(const QString &a, const QString &b)
{
    const int pa = datePrecision(a);
    const int pb = datePrecision(b);
    if (pa != pb)
        return std::nullopt;
    if (pa < 4)
        return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
    auto ta = QDateTime::fromString(a, Qt::ISODateWithMs);
    auto tb = QDateTime::fromString(b, Qt::ISODateWithMs);
    if (!ta.isValid() || !tb.isValid())
        return std::nullopt;
    // Without a zone FHIR means local time; two such stamps compare as they are.
    ta = ta.toUTC();
    tb = tb.toUTC();
    return ta < tb ? -1 : (ta == tb ? 0 : 1);
}

int sign(double d)
{
    return d < 0 ? -1 : (d > 0 ? 1 : 0);
}

QString checkObject(const QJsonValue &json, std::initializer_list<std::pair<const char *, const char *>> fields)
{
    if (!json.isObject())
        return Text::tr("moet een object zijn");
    const auto o = json.toObject();
    if (o.isEmpty())
        return Text::tr("is leeg");
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("id") || key == QLatin1String("extension"))
            continue;
        const char *kind = nullptr;
        for (const auto &[name, k] : fields) {
            if (key == QLatin1String(name))
                kind = k;
        }
        if (!kind)
            return Text::tr("heeft een onbekende eigenschap \"%1\"").arg(key);
        const QString k = QString::fromLatin1(kind);
        const auto v = it.value();
        bool ok = true;
        if (k == QLatin1String("string"))
            ok = v.isString() && !v.toString().isEmpty();
        else if (k == QLatin1String("uri"))
            ok = v.isString() && fhir::isUri(v.toString());
        else if (k == QLatin1String("code"))
            ok = v.isString() && fhir::isCode(v.toString());
        else if (k == QLatin1String("boolean"))
            ok = v.isBool();
        else if (k == QLatin1String("decimal"))
            ok = v.isDouble();
        else if (k == QLatin1String("unsignedInt"))
            ok = fhir::isInteger(v) && v.toDouble() >= 0;
        else if (k == QLatin1String("dateTime"))
            ok = v.isString() && fhir::isDateTime(v.toString());
        else if (k == QLatin1String("object"))
            ok = v.isObject();
        if (!ok)
            return Text::tr("heeft een ongeldige waarde bij \"%1\"").arg(key);
    }
    return {};
}

} // namespace

namespace fhir {

bool isDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$"));
    return re.match(s).hasMatch();
}

bool isDateTime(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])"
        "(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|"
        "14:00)))?)?)?$"));
    return re.match(s).hasMatch();
}

bool isTime(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?$"));
    return re.match(s).hasMatch();
}

bool isInstant(const QString &s)
{
    return isDateTime(s) && s.contains(QLatin1Char('T'));
}

bool isId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9\\-\\.]{1,64}$"));
    return re.match(s).hasMatch();
}

bool isCode(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[^\\s]+(\\s[^\\s]+)*$"));
    return re.match(s).hasMatch();
}

bool isUri(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\S+$"));
    return re.match(s).hasMatch();
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && d >= -2147483648.0 && d <= 2147483647.0;
}

} // namespace fhir

Value Value::coding(const QString &system, const QString &code, const QString &display)
{
    QJsonObject o;
    if (!system.isEmpty())
        o.insert(QLatin1String("system"), system);
    if (!code.isEmpty())
        o.insert(QLatin1String("code"), code);
    if (!display.isEmpty())
        o.insert(QLatin1String("display"), display);
    return {Type::Coding, o};
}

double Value::toNumber() const
{
    if (m_type == Type::Quantity)
        return m_json.toObject().value(QLatin1String("value")).toDouble();
    return m_json.toDouble();
}

QString Value::displayText() const
{
    switch (m_type) {
    case Type::Boolean:
        return m_json.toBool() ? Text::tr("Ja") : Text::tr("Nee");
    case Type::Decimal:
    case Type::Integer:
        return trimmedNumber(m_json.toDouble());
    case Type::Coding: {
        const auto d = display();
        return d.isEmpty() ? code() : d;
    }
    case Type::Quantity: {
        const auto o = m_json.toObject();
        const auto unit = o.value(QLatin1String("unit")).toString();
        const auto number = trimmedNumber(o.value(QLatin1String("value")).toDouble());
        return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
    }
    case Type::Attachment: {
        const auto o = m_json.toObject();
        const auto title = o.value(QLatin1String("title")).toString();
        return title.isEmpty() ? o.value(QLatin1String("url")).toString() : title;
    }
    case Type::Reference: {
        const auto o = m_json.toObject();
        const auto d = o.value(QLatin1String("display")).toString();
        return d.isEmpty() ? o.value(QLatin1String("reference")).toString() : d;
    }
    default:
        return m_json.toString();
    }
}

QJsonObject Value::toChoice(const QString &base) const
{
    QJsonObject o;
    o.insert(base + typeSuffix(m_type), m_json);
    return o;
}

bool Value::sameAs(const Value &other) const
{
    const bool numeric = (m_type == Type::Integer || m_type == Type::Decimal);
    const bool otherNumeric = (other.m_type == Type::Integer || other.m_type == Type::Decimal);
    if (numeric && otherNumeric)
        return toNumber() == other.toNumber();
    if (m_type != other.m_type) {
        // A string answer of an open-choice against a coding's display or code: R4 allows answerString there.
        return false;
    }
    switch (m_type) {
    case Type::Coding: {
        if (code() != other.code())
            return false;
        const auto a = system();
        const auto b = other.system();
        return a.isEmpty() || b.isEmpty() || a == b;
    }
    case Type::Quantity: {
        const auto a = m_json.toObject();
        const auto b = other.m_json.toObject();
        const auto unitA = a.value(QLatin1String("code")).toString(a.value(QLatin1String("unit")).toString());
        const auto unitB = b.value(QLatin1String("code")).toString(b.value(QLatin1String("unit")).toString());
        return unitA == unitB && toNumber() == other.toNumber();
    }
    case Type::Reference:
        return m_json.toObject().value(QLatin1String("reference"))
               == other.m_json.toObject().value(QLatin1String("reference"));
    case Type::Date:
    case Type::DateTime: {
        const auto c = compare(other);
        return c && *c == 0;
    }
    default:
        return m_json == other.m_json;
    }
}

std::optional<int> Value::compare(const Value &other) const
{
    const bool numeric = (m_type == Type::Integer || m_type == Type::Decimal);
    const bool otherNumeric = (other.m_type == Type::Integer || other.m_type == Type::Decimal);
    if (numeric && otherNumeric)
        return sign(toNumber() - other.toNumber());
    const bool dateLike = (m_type == Type::Date || m_type == Type::DateTime);
    const bool otherDateLike = (other.m_type == Type::Date || other.m_type == Type::DateTime);
    if (dateLike && otherDateLike)
        return compareDates(toString(), other.toString());
    if (m_type != other.m_type)
        return std::nullopt;
    switch (m_type) {
    case Type::Time:
    case Type::String:
    case Type::Uri: {
        const int c = toString().compare(other.toString());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case Type::Quantity: {
        const auto a = m_json.toObject();
        const auto b = other.m_json.toObject();
        const auto unitA = a.value(QLatin1String("code")).toString(a.value(QLatin1String("unit")).toString());
        const auto unitB = b.value(QLatin1String("code")).toString(b.value(QLatin1String("unit")).toString());
        if (unitA != unitB)
            return std::nullopt;
        return sign(toNumber() - other.toNumber());
    }
    default:
        return std::nullopt;
    }
}

QString Value::typeSuffix(Type type)
{
    for (const auto &t : TypeNames) {
        if (t.type == type)
            return QString::fromLatin1(t.suffix);
    }
    return {};
}

std::optional<Value::Type> Value::typeFromSuffix(QStringView suffix)
{
    for (const auto &t : TypeNames) {
        if (suffix == QLatin1String(t.suffix))
            return t.type;
    }
    return std::nullopt;
}

ValueChoice Value::findChoice(const QJsonObject &object, QStringView base)
{
    ValueChoice choice;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key.size() <= base.size() || !key.startsWith(base))
            continue;
        const QStringView suffix = QStringView(key).mid(base.size());
        if (!suffix.front().isUpper())
            continue;
        if (const auto type = typeFromSuffix(suffix)) {
            ++choice.found;
            choice.key = key;
            choice.value = Value(*type, it.value());
        } else if (isOtherFhirType(suffix)) {
            ++choice.found;
            choice.unknownKey = key;
        }
    }
    return choice;
}

QString Value::formatProblem(Type type, const QJsonValue &json)
{
    switch (type) {
    case Type::Boolean:
        return json.isBool() ? QString() : Text::tr("moet true of false zijn");
    case Type::Decimal:
        return json.isDouble() && std::isfinite(json.toDouble()) ? QString() : Text::tr("moet een getal zijn");
    case Type::Integer:
        return fhir::isInteger(json) ? QString() : Text::tr("moet een geheel getal zijn");
    case Type::Date:
        return json.isString() && fhir::isDate(json.toString()) ? QString()
                                                                : Text::tr("moet een datum zijn (JJJJ-MM-DD)");
    case Type::DateTime:
        return json.isString() && fhir::isDateTime(json.toString())
                   ? QString()
                   : Text::tr("moet een datum met tijd zijn (JJJJ-MM-DDTuu:mm:ss+01:00)");
    case Type::Time:
        return json.isString() && fhir::isTime(json.toString()) ? QString() : Text::tr("moet een tijd zijn (uu:mm:ss)");
    case Type::String:
        return json.isString() && !json.toString().isEmpty() ? QString() : Text::tr("moet een niet-lege tekst zijn");
    case Type::Uri:
        return json.isString() && fhir::isUri(json.toString()) ? QString() : Text::tr("moet een URI zijn");
    case Type::Coding:
        return checkObject(json, {{"system", "uri"},
                                  {"version", "string"},
                                  {"code", "code"},
                                  {"display", "string"},
                                  {"userSelected", "boolean"}});
    case Type::Quantity:
        return checkObject(
            json,
            {{"value", "decimal"}, {"comparator", "code"}, {"unit", "string"}, {"system", "uri"}, {"code", "code"}});
    case Type::Attachment:
        return checkObject(json, {{"contentType", "code"},
                                  {"language", "code"},
                                  {"data", "string"},
                                  {"url", "uri"},
                                  {"size", "unsignedInt"},
                                  {"hash", "string"},
                                  {"title", "string"},
                                  {"creation", "dateTime"}});
    case Type::Reference:
        return checkObject(json,
                           {{"reference", "string"}, {"type", "uri"}, {"identifier", "object"}, {"display", "string"}});
    }
    return {};
}

} // namespace veldwerk::forms
