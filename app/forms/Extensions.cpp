#include "app/forms/Extensions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace veldwerk::forms {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Veldwerk)
};

constexpr auto ItemControlSystem = "http://hl7.org/fhir/questionnaire-item-control";

class Applier {
public:
    Applier(const QJsonObject &ext, const ExtensionContext &c)
        : m_ext(ext)
        , m_c(c)
    {
    }

    Problems problems;

    void error(const QString &message, const QString &sub = {})
    {
        problems.append({Problem::Severity::Error, sub.isEmpty() ? m_c.path : m_c.path + QLatin1Char('.') + sub,
                         m_c.linkId, message});
    }
    void warning(const QString &message)
    {
        problems.append({Problem::Severity::Warning, m_c.path, m_c.linkId, message});
    }

    // The one value[x] of the extension, checked to be one of `types`.
    std::optional<Value> value(std::initializer_list<Value::Type> types)
    {
        const auto choice = Value::findChoice(m_ext, u"value");
        if (!choice.value || choice.found != 1) {
            error(Text::tr("Deze extensie heeft een value[x] nodig van het type %1.").arg(typeList(types)));
            return std::nullopt;
        }
        bool fits = false;
        for (auto t : types)
            fits = fits || t == choice.value->type();
        if (!fits) {
            error(Text::tr("%1 past niet bij deze extensie (verwacht: %2).").arg(choice.key, typeList(types)),
                  choice.key);
            return std::nullopt;
        }
        const QString problem = Value::formatProblem(choice.value->type(), choice.value->json());
        if (!problem.isEmpty()) {
            error(choice.key + QLatin1Char(' ') + problem, choice.key);
            return std::nullopt;
        }
        return choice.value;
    }

    static QString typeList(std::initializer_list<Value::Type> types)
    {
        QStringList names;
        for (auto t : types)
            names << QStringLiteral("value") + Value::typeSuffix(t);
        return names.join(QStringLiteral(" of "));
    }

    std::optional<int> nonNegativeInteger()
    {
        const auto v = value({Value::Type::Integer});
        if (!v)
            return std::nullopt;
        const double d = v->toNumber();
        if (d < 0 || d > 1'000'000) {
            error(Text::tr("moet een geheel getal van 0 tot 1000000 zijn."), QStringLiteral("valueInteger"));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    std::optional<FormExpression> expression(bool needsName)
    {
        const auto json = m_ext.value(QLatin1String("valueExpression"));
        if (!json.isObject()) {
            error(Text::tr("Deze extensie heeft een valueExpression nodig."));
            return std::nullopt;
        }
        const auto o = json.toObject();
        const QString sub = QStringLiteral("valueExpression");
        for (auto it = o.begin(); it != o.end(); ++it) {
            static const QStringList known{QStringLiteral("id"),          QStringLiteral("extension"),
                                           QStringLiteral("description"), QStringLiteral("name"),
                                           QStringLiteral("language"),    QStringLiteral("expression"),
                                           QStringLiteral("reference")};
            if (!known.contains(it.key()))
                error(Text::tr("\"%1\" is geen element van Expression.").arg(it.key()),
                      sub + QLatin1Char('.') + it.key());
            else if (it.key() != QLatin1String("extension") && !it.value().isString())
                error(Text::tr("moet een tekst zijn."), sub + QLatin1Char('.') + it.key());
        }
        FormExpression e;
        e.language = o.value(QLatin1String("language")).toString();
        e.text = o.value(QLatin1String("expression")).toString();
        e.name = o.value(QLatin1String("name")).toString();
        e.path = m_c.path + QStringLiteral(".valueExpression.expression");
        if (e.language.isEmpty()) {
            error(Text::tr("valueExpression.language ontbreekt (verplicht; voor FHIRPath: text/fhirpath)."), sub);
            return std::nullopt;
        }
        if (e.text.isEmpty()) {
            // An expression given only by reference points outside the file; it cannot be evaluated offline.
            warning(Text::tr("Deze expressie heeft geen tekst (alleen een verwijzing) en kan niet worden berekend."));
            return e;
        }
        static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
        if (needsName && !namePattern.match(e.name).hasMatch()) {
            error(Text::tr("Een variable heeft een naam nodig (letters, cijfers en _, beginnend met een letter)."),
                  sub + QStringLiteral(".name"));
            return std::nullopt;
        }
        if (e.language != QLatin1String("text/fhirpath"))
            warning(Text::tr("Expressies in %1 worden niet ondersteund (alleen text/fhirpath); deze kan niet worden "
                             "berekend.")
                        .arg(e.language));
        return e;
    }

    void itemControl(Item &item)
    {
        const auto codeable = m_ext.value(QLatin1String("valueCodeableConcept")).toObject();
        const auto codings = codeable.value(QLatin1String("coding")).toArray();
        QString code;
        for (const auto &c : codings) {
            const auto coding = c.toObject();
            const QString system = coding.value(QLatin1String("system")).toString();
            if (system.isEmpty() || system == QLatin1String(ItemControlSystem))
                code = coding.value(QLatin1String("code")).toString();
        }
        if (code.isEmpty()) {
            error(Text::tr("itemControl heeft een valueCodeableConcept nodig met een code uit %1.")
                      .arg(QLatin1String(ItemControlSystem)));
            return;
        }
        const bool choice = item.type == ItemType::Choice || item.type == ItemType::OpenChoice;
        if (code == QLatin1String("radio-button") && choice)
            item.control = Control::Radio;
        else if (code == QLatin1String("drop-down") && choice)
            item.control = Control::DropDown;
        else if (code == QLatin1String("check-box") && (choice || item.type == ItemType::Boolean))
            item.control = Control::CheckBox;
        else if (code == QLatin1String("slider")
                 && (item.type == ItemType::Integer || item.type == ItemType::Decimal || choice))
            item.control = Control::Slider;
        else if ((code == QLatin1String("help") || code == QLatin1String("flyover")) && item.type == ItemType::Display)
            item.control = Control::Help;
        else if ((code == QLatin1String("autocomplete") || code == QLatin1String("lookup")) && choice) {
            item.control = Control::DropDown;
            warning(Text::tr("itemControl \"%1\" wordt getoond als keuzelijst.").arg(code));
        } else if (code == QLatin1String("text-box") || code == QLatin1String("list")) {
            // The default rendering of string/text and of choices already is a text box or a list.
        } else
            warning(Text::tr("itemControl \"%1\" wordt niet ondersteund bij een item van het type %2; de gewone "
                             "weergave wordt gebruikt.")
                        .arg(code, itemTypeCode(item.type)));
    }

    void bound(Item &item, bool isMin)
    {
        std::optional<Value> v;
        switch (item.type) {
        case ItemType::Integer:
            v = value({Value::Type::Integer});
            break;
        case ItemType::Decimal:
            v = value({Value::Type::Decimal, Value::Type::Integer});
            break;
        case ItemType::Date:
            v = value({Value::Type::Date});
            break;
        case ItemType::DateTime:
            v = value({Value::Type::DateTime, Value::Type::Date});
            break;
        case ItemType::Time:
            v = value({Value::Type::Time});
            break;
        case ItemType::Quantity:
            v = value({Value::Type::Quantity});
            break;
        default:
            warning(Text::tr("%1 heeft geen betekenis bij een item van het type %2.")
                        .arg(isMin ? QStringLiteral("minValue") : QStringLiteral("maxValue"), itemTypeCode(item.type)));
            return;
        }
        if (v)
            (isMin ? item.minValue : item.maxValue) = *v;
    }

    void weight(AnswerOption &option)
    {
        const auto v = value({Value::Type::Decimal, Value::Type::Integer});
        if (v)
            option.weight = v->toNumber();
    }

    void misplaced(const QString &url)
    {
        warning(Text::tr("Extensie %1 heeft op deze plek geen betekenis en wordt niet toegepast.").arg(url));
    }

    void apply();

private:
    const QJsonObject &m_ext;
    const ExtensionContext &m_c;
};

void Applier::apply()
{
    const QString url = m_ext.value(QLatin1String("url")).toString();
    auto is = [&](const char *known) { return url == QLatin1String(known); };
    Item *item = m_c.item;
    const bool onItem = m_c.site == ExtensionSite::Item && item;

    if (m_c.modifier) {
        error(Text::tr("Modifier-extensie %1 wordt niet begrepen; dit element kan niet veilig worden gebruikt.")
                  .arg(url));
        return;
    }
    if (is(extension::ItemControl)) {
        onItem ? itemControl(*item) : misplaced(url);
    } else if (is(extension::MinValue) || is(extension::MaxValue)) {
        onItem ? bound(*item, is(extension::MinValue)) : misplaced(url);
    } else if (is(extension::SliderStep)) {
        if (!onItem)
            return misplaced(url);
        if (const auto v = value({Value::Type::Integer, Value::Type::Decimal})) {
            if (v->toNumber() <= 0)
                error(Text::tr("De stapgrootte moet groter dan 0 zijn."));
            else
                item->sliderStep = v->toNumber();
        }
    } else if (is(extension::EntryFormat)) {
        if (!onItem)
            return misplaced(url);
        if (const auto v = value({Value::Type::String}))
            item->entryFormat = v->toString();
    } else if (is(extension::Unit)) {
        if (!onItem)
            return misplaced(url);
        if (const auto v = value({Value::Type::Coding}))
            item->unit = v->display().isEmpty() ? v->code() : v->display();
    } else if (is(extension::Hidden)) {
        if (!onItem)
            return misplaced(url);
        if (const auto v = value({Value::Type::Boolean}))
            item->hidden = v->toBool();
    } else if (is(extension::Regex)) {
        if (!onItem)
            return misplaced(url);
        if (const auto v = value({Value::Type::String})) {
            const QRegularExpression re(v->toString());
            if (!re.isValid())
                error(Text::tr("De reguliere expressie is ongeldig: %1.").arg(re.errorString()),
                      QStringLiteral("valueString"));
            else
                item->regex = v->toString();
        }
    } else if (is(extension::MinLength)) {
        if (!onItem)
            return misplaced(url);
        if (const auto v = nonNegativeInteger())
            item->minLength = *v;
    } else if (is(extension::MaxDecimalPlaces)) {
        if (!onItem)
            return misplaced(url);
        if (const auto v = nonNegativeInteger())
            item->maxDecimalPlaces = *v;
    } else if (is(extension::OrdinalValue) || is(extension::IsoCoValue) || is(extension::ItemWeight)) {
        if ((m_c.site == ExtensionSite::AnswerOption || m_c.site == ExtensionSite::Coding) && m_c.option)
            weight(*m_c.option);
        else
            misplaced(url);
    } else if (is(extension::ChoiceOrientation)) {
        // The screen width decides how options are laid out on a tablet; the hint is read but not needed.
        if (!onItem)
            return misplaced(url);
        const QString code = m_ext.value(QLatin1String("valueCode")).toString();
        if (code != QLatin1String("horizontal") && code != QLatin1String("vertical"))
            error(Text::tr("choiceOrientation heeft valueCode horizontal of vertical nodig."));
    } else if (is(extension::Variable)) {
        if (m_c.site == ExtensionSite::Questionnaire && m_c.formVariables) {
            if (auto e = expression(true))
                m_c.formVariables->append(*e);
        } else if (onItem) {
            if (auto e = expression(true))
                item->variables.append(*e);
        } else {
            misplaced(url);
        }
    } else if (is(extension::CalculatedExpression) || is(extension::EnableWhenExpression)
               || is(extension::InitialExpression) || is(extension::AnswerExpression)) {
        if (!onItem)
            return misplaced(url);
        auto e = expression(false);
        if (!e)
            return;
        auto &slot = is(extension::CalculatedExpression)   ? item->calculated
                     : is(extension::EnableWhenExpression) ? item->enableWhenExpression
                     : is(extension::InitialExpression)    ? item->initialExpression
                                                           : item->answerExpression;
        if (slot)
            error(Text::tr("Deze extensie komt twee keer voor bij hetzelfde item."));
        else
            slot = *e;
    } else {
        warning(Text::tr("Extensie %1 wordt niet ondersteund en niet toegepast.")
                    .arg(url.isEmpty() ? QStringLiteral("(zonder url)") : url));
    }
}

// Extension: url 1..1, and either a value[x] or nested extensions (ext-1), never both.
QString shapeProblem(const QJsonObject &o)
{
    const auto url = o.value(QLatin1String("url"));
    if (!url.isString() || url.toString().isEmpty())
        return Text::tr("Een extensie heeft een url nodig.");
    int values = 0;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key.startsWith(QLatin1String("value")) && key.size() > 5 && key.at(5).isUpper())
            ++values;
        else if (key.startsWith(QLatin1String("_value")))
            continue;
        else if (key != QLatin1String("url") && key != QLatin1String("id") && key != QLatin1String("extension"))
            return Text::tr("\"%1\" is geen element van Extension.").arg(key);
    }
    if (values > 1)
        return Text::tr("Een extensie heeft hoogstens één value[x].");
    if (values == 1 && o.contains(QLatin1String("extension")))
        return Text::tr("ext-1: een extensie heeft een waarde of onderliggende extensies, niet allebei.");
    if (values == 0 && !o.contains(QLatin1String("extension")))
        return Text::tr("ext-1: een extensie heeft een waarde of onderliggende extensies nodig.");
    return {};
}

} // namespace

Problems applyExtension(const QJsonValue &extension, const ExtensionContext &context)
{
    if (!extension.isObject()) {
        return {
            {Problem::Severity::Error, context.path, context.linkId, Text::tr("Een extensie moet een object zijn.")}};
    }
    const auto o = extension.toObject();
    const QString shape = shapeProblem(o);
    if (!shape.isEmpty())
        return {{Problem::Severity::Error, context.path, context.linkId, shape}};
    Applier applier(o, context);
    applier.apply();
    return applier.problems;
}

} // namespace veldwerk::forms
