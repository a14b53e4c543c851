#include "app/forms/Questionnaire.h"

#include <array>

namespace veldwerk::forms {

namespace {

struct TypeCode {
    ItemType type;
    const char *code;
};

// FHIR R4 item-type codes (http://hl7.org/fhir/item-type), without the abstract "question".
constexpr std::array<TypeCode, 16> TypeCodes{{
    {ItemType::Group, "group"},
    {ItemType::Display, "display"},
    {ItemType::Boolean, "boolean"},
    {ItemType::Decimal, "decimal"},
    {ItemType::Integer, "integer"},
    {ItemType::Date, "date"},
    {ItemType::DateTime, "dateTime"},
    {ItemType::Time, "time"},
    {ItemType::String, "string"},
    {ItemType::Text, "text"},
    {ItemType::Url, "url"},
    {ItemType::Choice, "choice"},
    {ItemType::OpenChoice, "open-choice"},
    {ItemType::Attachment, "attachment"},
    {ItemType::Reference, "reference"},
    {ItemType::Quantity, "quantity"},
}};

} // namespace

QString itemTypeCode(ItemType type)
{
    for (const auto &t : TypeCodes) {
        if (t.type == type)
            return QString::fromLatin1(t.code);
    }
    return {};
}

std::optional<ItemType> itemTypeFromCode(QStringView code)
{
    for (const auto &t : TypeCodes) {
        if (code == QLatin1String(t.code))
            return t.type;
    }
    return std::nullopt;
}

std::optional<Value::Type> answerTypeOf(ItemType type)
{
    switch (type) {
    case ItemType::Group:
    case ItemType::Display:
        return std::nullopt;
    case ItemType::Boolean:
        return Value::Type::Boolean;
    case ItemType::Decimal:
        return Value::Type::Decimal;
    case ItemType::Integer:
        return Value::Type::Integer;
    case ItemType::Date:
        return Value::Type::Date;
    case ItemType::DateTime:
        return Value::Type::DateTime;
    case ItemType::Time:
        return Value::Type::Time;
    case ItemType::String:
    case ItemType::Text:
        return Value::Type::String;
    case ItemType::Url:
        return Value::Type::Uri;
    case ItemType::Choice:
    case ItemType::OpenChoice:
        return Value::Type::Coding;
    case ItemType::Attachment:
        return Value::Type::Attachment;
    case ItemType::Reference:
        return Value::Type::Reference;
    case ItemType::Quantity:
        return Value::Type::Quantity;
    }
    return std::nullopt;
}

bool answerFits(ItemType item, Value::Type value)
{
    switch (item) {
    case ItemType::Boolean:
        return value == Value::Type::Boolean;
    case ItemType::Decimal:
        return value == Value::Type::Decimal || value == Value::Type::Integer;
    case ItemType::Integer:
        return value == Value::Type::Integer;
    case ItemType::Date:
        return value == Value::Type::Date;
    case ItemType::DateTime:
        return value == Value::Type::DateTime || value == Value::Type::Date;
    case ItemType::Time:
        return value == Value::Type::Time;
    case ItemType::String:
    case ItemType::Text:
        return value == Value::Type::String;
    case ItemType::Url:
        return value == Value::Type::Uri || value == Value::Type::String;
    case ItemType::Choice:
        return value == Value::Type::Coding || value == Value::Type::String || value == Value::Type::Integer
               || value == Value::Type::Date || value == Value::Type::Time;
    case ItemType::OpenChoice:
        return value == Value::Type::Coding || value == Value::Type::String || value == Value::Type::Integer
               || value == Value::Type::Date || value == Value::Type::Time;
    case ItemType::Attachment:
        return value == Value::Type::Attachment;
    case ItemType::Reference:
        return value == Value::Type::Reference;
    case ItemType::Quantity:
        return value == Value::Type::Quantity;
    case ItemType::Group:
    case ItemType::Display:
        return false;
    }
    return false;
}

bool Questionnaire::isAncestorOrSelf(int ancestor, int index) const
{
    for (int i = index; i >= 0; i = m_items.at(i).parent) {
        if (i == ancestor)
            return true;
    }
    return false;
}

} // namespace veldwerk::forms
