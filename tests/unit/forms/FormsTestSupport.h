#pragma once

#include "app/forms/Problem.h"
#include "app/forms/Questionnaire.h"
#include "app/forms/QuestionnaireReader.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

#include <ostream>

namespace veldwerk::forms::test {

struct ReadResult {
    std::shared_ptr<const Questionnaire> questionnaire;
    Problems problems;
};

inline ReadResult readQuestionnaire(const QByteArray &json)
{
    ReadResult r;
    r.questionnaire = QuestionnaireReader::read(json, r.problems);
    return r;
}

// A Questionnaire around the given items (a JSON array's content).
inline QByteArray withItems(const QByteArray &items, const QByteArray &extra = {})
{
    return R"({"resourceType": "Questionnaire", "status": "active", )" + extra + R"("item": [)" + items + "]}";
}

inline QString describe(const Problems &problems)
{
    QString s;
    for (const auto &p : problems)
        s += (p.isError() ? QStringLiteral("error ") : QStringLiteral("warning ")) + p.path + QStringLiteral(" [")
             + p.linkId + QStringLiteral("] ") + p.message + QLatin1Char('\n');
    return s;
}

// True when a problem of this severity sits at exactly `path` and its message contains `text`.
inline bool has(const Problems &problems, Problem::Severity severity, const QString &path, const QString &text = {})
{
    for (const auto &p : problems) {
        if (p.severity == severity && p.path == path && p.message.contains(text))
            return true;
    }
    return false;
}

inline int count(const Problems &problems, Problem::Severity severity)
{
    int n = 0;
    for (const auto &p : problems)
        n += p.severity == severity ? 1 : 0;
    return n;
}

} // namespace veldwerk::forms::test

#define REQUIRE_PROBLEM(result, severity, path, text)                                                                  \
    do {                                                                                                               \
        INFO(veldwerk::forms::test::describe((result).problems).toStdString());                                        \
        REQUIRE(veldwerk::forms::test::has((result).problems, veldwerk::forms::Problem::Severity::severity,            \
                                           QStringLiteral(path), QStringLiteral(text)));                               \
    } while (false)

#define REQUIRE_NO_ERRORS(result)                                                                                      \
    do {                                                                                                               \
        INFO(veldwerk::forms::test::describe((result).problems).toStdString());                                        \
        REQUIRE(veldwerk::forms::test::count((result).problems, veldwerk::forms::Problem::Severity::Error) == 0);      \
        REQUIRE((result).questionnaire);                                                                               \
    } while (false)
