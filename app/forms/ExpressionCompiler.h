#pragma once

#include "app/forms/Problem.h"
#include "app/forms/Questionnaire.h"

namespace veldwerk::fhirpath {
class FunctionRegistry;
}

namespace veldwerk::forms {

// Parses the FHIRPath of a Questionnaire's SDC expressions once, when the file is read, and checks what can be
// checked before any answer exists: the syntax (an error with the expression's JSON path and the position),
// functions outside the supported subset and variables nobody defines (warnings: that expression cannot be
// computed), and variables that depend on themselves (an error).
class ExpressionCompiler {
public:
    ExpressionCompiler(const Questionnaire &questionnaire, Problems &problems);

    // False when the expression will not be evaluated (another language, no text, unsupported, a syntax error).
    bool compile(FormExpression &expression, const QString &linkId);
    // After all are compiled: every %name refers to a variable in scope, and no variable refers to itself.
    void checkVariables();

    // The SDC functions the engine provides (answers(), ordinal(), weight()), for parsing; the engine registers
    // the implementations with the same names and argument counts.
    static const fhirpath::FunctionRegistry &sdcFunctionNames();
    // The variables every expression has (%resource, %questionnaire, %context, …).
    static const QStringList &environmentVariables();

private:
    const Questionnaire &m_q;
    Problems &m_problems;
};

} // namespace veldwerk::forms
