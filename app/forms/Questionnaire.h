#pragma once

#include "app/forms/Value.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace veldwerk::fhirpath {
class Expression;
}

namespace veldwerk::forms {

namespace detail {
class ReaderImpl;
}

// FHIR R4 Questionnaire.item.type.
enum class ItemType : quint8 {
    Group,
    Display,
    Boolean,
    Decimal,
    Integer,
    Date,
    DateTime,
    Time,
    String,
    Text,
    Url,
    Choice,
    OpenChoice,
    Attachment,
    Reference,
    Quantity,
};

QString itemTypeCode(ItemType type);
std::optional<ItemType> itemTypeFromCode(QStringView code);
// The value type an answer to an item of `type` has (`valueCoding` for choice, …); nothing for group and display.
std::optional<Value::Type> answerTypeOf(ItemType type);
// Whether an answer (or initial value, or enableWhen answer) of type `value` fits a question of type `item`. A
// decimal question takes an integer answer too (a number is a number to a person filling a form), a dateTime
// question a date, and a choice question the types its options may have.
bool answerFits(ItemType item, Value::Type value);

// Questionnaire.item.enableWhen.operator.
enum class Operator : quint8 { Exists, Equal, NotEqual, Greater, Less, GreaterOrEqual, LessOrEqual };

// SDC questionnaire-item-control codes the renderer has a delegate for.
enum class Control : quint8 { Default, Radio, DropDown, CheckBox, Slider, Help };

// A FHIRPath expression of the SDC extensions, parsed once when the Questionnaire is read.
struct FormExpression {
    QString name;     // for `variable`; empty otherwise
    QString language; // text/fhirpath is the one the engine evaluates
    QString text;
    QString path; // JSON path of the expression string, for messages
    std::shared_ptr<const fhirpath::Expression> compiled;
};

struct AnswerOption {
    Value value;
    bool initialSelected = false;
    std::optional<double> weight; // ordinalValue / itemWeight
};

struct EnableWhen {
    QString question; // linkId
    int questionIndex = -1;
    Operator op = Operator::Exists;
    Value answer;
};

// One item of the definition. Items are kept in document order (pre-order) in Questionnaire::items(); `parent` and
// `children` are indices into that list.
struct Item {
    int index = -1;
    int parent = -1;
    int depth = 0;
    QList<int> children;
    QString path; // JSON path, e.g. $.item[3].item[0]

    QString linkId;
    QString text;
    QString prefix;
    ItemType type = ItemType::Display;
    bool required = false;
    bool repeats = false;
    bool readOnly = false;
    bool hidden = false;
    bool supported = true; // false: the engine cannot let anyone fill it (a warning said why)
    std::optional<int> maxLength;
    std::optional<int> minLength;
    QString regex;
    QString entryFormat;
    QString unit; // questionnaire-unit display, for decimal/integer items
    QString help; // text of a child display item with itemControl help/flyover
    Control control = Control::Default;
    std::optional<Value> minValue;
    std::optional<Value> maxValue;
    std::optional<double> sliderStep;
    std::optional<int> maxDecimalPlaces;

    QList<AnswerOption> options;
    QList<Value> initial;
    QList<EnableWhen> enableWhen;
    bool enableAny = false; // enableBehavior = any

    std::optional<FormExpression> calculated;
    std::optional<FormExpression> enableWhenExpression;
    std::optional<FormExpression> initialExpression;
    std::optional<FormExpression> answerExpression;
    QList<FormExpression> variables;

    bool isQuestion() const { return type != ItemType::Group && type != ItemType::Display; }
};

// An immutable, checked Questionnaire: what QuestionnaireReader builds from a valid file.
class Questionnaire {
public:
    QString url;
    QString version;
    QString name;
    QString title;
    QString status;
    QString description;
    QString language;
    QJsonObject json; // the file as read, for export and for %questionnaire

    const QList<Item> &items() const { return m_items; }
    const Item &item(int index) const { return m_items.at(index); }
    const QList<int> &roots() const { return m_roots; }
    const QList<FormExpression> &variables() const { return m_variables; }
    // -1 when no item has this linkId.
    int indexOf(const QString &linkId) const { return m_byLinkId.value(linkId, -1); }
    // `url|version`, the canonical a response records.
    QString canonical() const { return version.isEmpty() ? url : url + QLatin1Char('|') + version; }
    // True when `ancestor` is `index` or one of its ancestors.
    bool isAncestorOrSelf(int ancestor, int index) const;

private:
    friend class detail::ReaderImpl;
    QList<Item> m_items;
    QList<int> m_roots;
    QList<FormExpression> m_variables;
    QHash<QString, int> m_byLinkId;
};

} // namespace veldwerk::forms
