#pragma once

#include <QList>
#include <QString>

namespace veldwerk::forms {

// One finding about a Questionnaire file or a response: where (a JSON path such as `$.item[2].enableWhen[0].question`
// and, when known, the item's linkId), how bad, and a Dutch sentence for the author or the professional.
// An error means the file cannot be used; a warning means it can, and says what will not work as written.
struct Problem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString path;
    QString linkId;
    QString message;

    bool isError() const { return severity == Severity::Error; }
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems &problems)
{
    for (const auto &p : problems) {
        if (p.isError())
            return true;
    }
    return false;
}

} // namespace veldwerk::forms
