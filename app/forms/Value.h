#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace veldwerk::forms {

struct ValueChoice;

// A FHIR `value[x]` as Questionnaire and QuestionnaireResponse carry it: an answer, an enableWhen answer, an initial
// value, an answer option, a minimum. Kept as its FHIR JSON, so that what an author or a device wrote goes through
// the engine unchanged.
class Value {
public:
    enum class Type : quint8 {
        Boolean,
        Decimal,
        Integer,
        Date,
        DateTime,
        Time,
        String,
        Uri,
        Coding,
        Quantity,
        Attachment,
        Reference,
    };

    Value() = default;
    Value(Type type, QJsonValue json)
        : m_type(type)
        , m_json(std::move(json))
        , m_valid(true)
    {
    }
    static Value boolean(bool b) { return {Type::Boolean, b}; }
    static Value integer(qint64 i) { return {Type::Integer, static_cast<double>(i)}; }
    static Value decimal(double d) { return {Type::Decimal, d}; }
    static Value string(const QString &s) { return {Type::String, s}; }
    static Value coding(const QString &system, const QString &code, const QString &display = {});

    bool isValid() const { return m_valid; }
    Type type() const { return m_type; }
    const QJsonValue &json() const { return m_json; }

    bool toBool() const { return m_json.toBool(); }
    double toNumber() const;
    QString toString() const { return m_json.toString(); }
    QString code() const { return m_json.toObject().value(QLatin1String("code")).toString(); }
    QString system() const { return m_json.toObject().value(QLatin1String("system")).toString(); }
    QString display() const { return m_json.toObject().value(QLatin1String("display")).toString(); }
    // What a person reads: the display of a coding, a number without trailing zeros, a date as written.
    QString displayText() const;

    // `{ "<base><Type>": json }`, e.g. toChoice("value") → {"valueCoding": {...}}.
    QJsonObject toChoice(const QString &base) const;

    // Equality as FHIR's enableWhen and answerOption matching mean it: codings by system and code (a missing system
    // matches any), quantities by value and unit, numbers by value whatever their type.
    bool sameAs(const Value &other) const;
    // Order of two values of comparable types: <0, 0, >0, or nothing when they cannot be ordered (a coding, two
    // dates of different precision, quantities in different units).
    std::optional<int> compare(const Value &other) const;

    static QString typeSuffix(Type type);
    static std::optional<Type> typeFromSuffix(QStringView suffix);

    // The `<base>[x]` property of a FHIR object (see ValueChoice).
    static ValueChoice findChoice(const QJsonObject &object, QStringView base);

    // Checks that `json` is a valid FHIR R4 primitive or complex value of `type`. Returns an empty string when it is,
    // else a Dutch description of what is wrong.
    static QString formatProblem(Type type, const QJsonValue &json);

private:
    Type m_type = Type::String;
    QJsonValue m_json;
    bool m_valid = false;
};

// The `<base>[x]` property of a FHIR object. `found` counts the properties that start with `base` followed by a
// type name, so callers can report two of them; `key` is the one found; `unknownKey` a `<base>Xyz` property
// whose type is not a FHIR value type.
struct ValueChoice {
    std::optional<Value> value;
    QString key;
    int found = 0;
    QString unknownKey;
};

// FHIR R4 primitive checks shared by the reader and the engine (the regular expressions of the R4 datatypes page).
namespace fhir {
bool isDate(const QString &s);
bool isDateTime(const QString &s);
bool isTime(const QString &s);
bool isInstant(const QString &s);
bool isId(const QString &s);
bool isCode(const QString &s);
bool isUri(const QString &s);
bool isInteger(const QJsonValue &v);
} // namespace fhir

} // namespace veldwerk::forms
