#include "app/forms/ExpressionCompiler.h"

#include "app/forms/fhirpath/FhirPath.h"

#include <QCoreApplication>
#include <QSet>

namespace veldwerk::forms {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Veldwerk)
};

QString describe(const fhirpath::Error &e)
{
    using fhirpath::ErrorCode;
    switch (e.code) {
    case ErrorCode::Syntax:
        return Text::tr("geen geldige FHIRPath (%1)").arg(e.detail);
    case ErrorCode::TooDeep:
        return Text::tr("te diep genest");
    case ErrorCode::TooLong:
        return Text::tr("te lang");
    case ErrorCode::UnknownFunction:
        return Text::tr("de functie %1() wordt niet ondersteund").arg(e.detail);
    case ErrorCode::UnknownType:
        return Text::tr("het type %1 is onbekend").arg(e.detail);
    case ErrorCode::WrongArgumentCount:
        return Text::tr("een functie krijgt het verkeerde aantal argumenten (%1)").arg(e.detail);
    case ErrorCode::Unsupported:
        return Text::tr("%1 wordt niet ondersteund").arg(e.detail);
    default:
        return Text::tr("%1 (%2)").arg(QString::fromLatin1(fhirpath::errorCodeName(e.code)), e.detail);
    }
}

// Variables in scope for expressions on an item: the form's and those of the item and its ancestors.
QSet<QString> scopeOf(const Questionnaire &q, int index)
{
    QSet<QString> names;
    for (const auto &v : q.variables())
        names.insert(v.name);
    for (int i = index; i >= 0; i = q.item(i).parent) {
        for (const auto &v : q.item(i).variables)
            names.insert(v.name);
    }
    return names;
}

} // namespace

ExpressionCompiler::ExpressionCompiler(const Questionnaire &questionnaire, Problems &problems)
    : m_q(questionnaire)
    , m_problems(problems)
{
}

const fhirpath::FunctionRegistry &ExpressionCompiler::sdcFunctionNames()
{
    static const fhirpath::FunctionRegistry registry = [] {
        fhirpath::FunctionRegistry r;
        const fhirpath::HostFunction none = [](const fhirpath::Collection &, const std::vector<fhirpath::Collection> &)
            -> fhirpath::Result<fhirpath::Collection> { return fhirpath::Collection{}; };
        r.add(QStringLiteral("answers"), 0, 0, none);
        r.add(QStringLiteral("ordinal"), 0, 0, none);
        r.add(QStringLiteral("weight"), 0, 0, none);
        return r;
    }();
    return registry;
}

const QStringList &ExpressionCompiler::environmentVariables()
{
    static const QStringList names{
        QStringLiteral("resource"),      QStringLiteral("rootResource"), QStringLiteral("context"),
        QStringLiteral("questionnaire"), QStringLiteral("qItem"),        QStringLiteral("ucum"),
        QStringLiteral("sct"),           QStringLiteral("loinc"),        QStringLiteral("factory")};
    return names;
}

bool ExpressionCompiler::compile(FormExpression &expression, const QString &linkId)
{
    if (expression.language != QLatin1String("text/fhirpath") || expression.text.isEmpty())
        return false;
    fhirpath::ParseOptions options;
    options.functions = &sdcFunctionNames();
    auto parsed = fhirpath::Expression::parse(expression.text, options);
    if (!parsed) {
        const auto &e = parsed.error();
        const QString where = e.position >= 0 ? Text::tr(" bij teken %1").arg(e.position + 1) : QString();
        const bool unsupported =
            e.code == fhirpath::ErrorCode::UnknownFunction || e.code == fhirpath::ErrorCode::Unsupported;
        m_problems.append({unsupported ? Problem::Severity::Warning : Problem::Severity::Error, expression.path, linkId,
                           unsupported
                               ? Text::tr("Deze expressie kan niet worden berekend: %1%2.").arg(describe(e), where)
                               : Text::tr("Ongeldige expressie: %1%2.").arg(describe(e), where)});
        return false;
    }
    expression.compiled = std::make_shared<const fhirpath::Expression>(std::move(*parsed));
    return true;
}

void ExpressionCompiler::checkVariables()
{
    const auto &builtIn = environmentVariables();
    auto checkNames = [&](const FormExpression &e, const QSet<QString> &scope, const QString &linkId) {
        if (!e.compiled)
            return;
        for (const auto &name : e.compiled->variableNames()) {
            if (!scope.contains(name) && !builtIn.contains(name))
                m_problems.append({Problem::Severity::Warning, e.path, linkId,
                                   Text::tr("De variabele %%1 is niet gedefinieerd (launchContext en andere bronnen "
                                            "worden niet ondersteund); deze expressie kan niet worden berekend.")
                                       .arg(name)});
        }
    };
    // A variable may use variables of the same scope; a ring of them can never be computed.
    auto checkCycles = [&](const QList<FormExpression> &variables, const QString &linkId) {
        QHash<QString, QStringList> uses;
        for (const auto &v : variables) {
            if (v.compiled)
                uses.insert(v.name, v.compiled->variableNames());
        }
        for (const auto &v : variables) {
            QSet<QString> seen;
            QStringList todo = uses.value(v.name);
            while (!todo.isEmpty()) {
                const QString next = todo.takeLast();
                if (next == v.name) {
                    m_problems.append({Problem::Severity::Error, v.path, linkId,
                                       Text::tr("De variabele %%1 hangt van zichzelf af.").arg(v.name)});
                    break;
                }
                if (!seen.contains(next)) {
                    seen.insert(next);
                    todo << uses.value(next);
                }
            }
        }
        QSet<QString> names;
        for (const auto &v : variables) {
            if (names.contains(v.name))
                m_problems.append({Problem::Severity::Error, v.path, linkId,
                                   Text::tr("De variabele %%1 is hier twee keer gedefinieerd.").arg(v.name)});
            names.insert(v.name);
        }
    };

    checkCycles(m_q.variables(), {});
    const QSet<QString> formScope = scopeOf(m_q, -1);
    for (const auto &v : m_q.variables())
        checkNames(v, formScope, {});
    for (const auto &item : m_q.items()) {
        checkCycles(item.variables, item.linkId);
        const QSet<QString> scope = scopeOf(m_q, item.index);
        for (const auto &v : item.variables)
            checkNames(v, scope, item.linkId);
        for (const auto *e :
             {&item.calculated, &item.enableWhenExpression, &item.initialExpression, &item.answerExpression}) {
            if (*e)
                checkNames(**e, scope, item.linkId);
        }
    }
}

} // namespace veldwerk::forms
