#pragma once

#include "app/store/CaseContext.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace veldwerk::store {

// A filled instrument form of a visit: which instrument (url and the exact version it was filled against), its
// status (FHIR QuestionnaireResponse.status: in-progress, completed, amended) and when it was last changed.
struct StoredResponse {
    QString id;
    QString visitId;
    QString familyId;
    QString questionnaireUrl;
    QString questionnaireVersion;
    QString title;
    QString status;
    QDateTime authored;
    int answered = 0; // questions with an answer
};

// The answers of one question occurrence, by its path in the form (ResponseEngine::pathOf), as a JSON array of
// FHIR answer objects ({"valueString": …}). "[]" is a cleared answer.
struct StoredAnswer {
    QString path;
    QString answers;
};

// Responses and their answers. Autosave writes only the answers that changed, in one transaction per user edit.
class ResponseRepository {
public:
    static constexpr RecordTable Table{"questionnaire_response", "questionnaire_response"};
    static constexpr RecordTable AnswerTable{"response_answer", "response_answer"};

    explicit ResponseRepository(CaseContext context)
        : m_c(std::move(context))
    {
    }

    Result<QString, CaseError> create(const QString &visitId, const QString &url, const QString &version,
                                      const QString &title);
    // Writes the changed answers (and the response's authored time) in one transaction.
    Result<void, CaseError> saveAnswers(const QString &responseId, const QList<StoredAnswer> &answers);
    Result<void, CaseError> setStatus(const QString &responseId, const QString &status);
    Result<void, CaseError> remove(const QString &responseId);

    Result<StoredResponse, CaseError> get(const QString &responseId);
    // Oldest first.
    Result<QList<StoredResponse>, CaseError> forVisit(const QString &visitId);
    Result<QList<StoredResponse>, CaseError> forFamily(const QString &familyId);
    // Answered paths in path order; with `cleared`, also the questions whose answer was taken away ("[]"), so that an
    // initial value does not come back on its own when the form is opened again.
    Result<QList<StoredAnswer>, CaseError> answers(const QString &responseId, bool cleared = false);

private:
    Result<QList<StoredResponse>, CaseError> list(const char *where, const QString &key);
    CaseContext m_c;
};

} // namespace veldwerk::store
