#include "app/store/ResponseRepository.h"

#include "app/store/VisitRepository.h"

#include <QCoreApplication>
#include <QUuid>

namespace veldwerk::store {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

constexpr const char *Columns =
    "r.id, r.visit_id, r.family_id, r.questionnaire_url, r.questionnaire_version, r.title, r.status, r.authored,"
    " (SELECT count(*) FROM response_answer a WHERE a.response_id = r.id AND a.deleted = 0 AND a.answers <> '[]')";

StoredResponse readResponse(const Statement &s)
{
    StoredResponse r;
    r.id = textAt(s, 0);
    r.visitId = textAt(s, 1);
    r.familyId = textAt(s, 2);
    r.questionnaireUrl = textAt(s, 3);
    r.questionnaireVersion = textAt(s, 4);
    r.title = textAt(s, 5);
    r.status = textAt(s, 6);
    r.authored = instantFrom(textAt(s, 7));
    r.answered = static_cast<int>(s.int64(8));
    return r;
}

bool validStatus(const QString &status)
{
    return status == QLatin1String("in-progress") || status == QLatin1String("completed")
           || status == QLatin1String("amended");
}

// Answer rows have ids derived from the response and the path, so two devices filling the same question of the
// same response write the same row (and sync merges it) instead of two.
QString answerId(const QString &responseId, const QString &path)
{
    return responseId + QLatin1Char('/') + path;
}

} // namespace

Result<QString, CaseError> ResponseRepository::create(const QString &visitId, const QString &url,
                                                      const QString &version, const QString &title)
{
    if (url.isEmpty())
        return fail(CaseError::invalid(QStringLiteral("questionnaireUrl"),
                                       Text::tr("Een formulier heeft een instrument (url) nodig.")));
    auto visit = VisitRepository(m_c).get(visitId);
    if (!visit)
        return fail(visit.error());
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = inTransaction(m_c.db, [&] {
        return m_c.writer.insert(Table, id, visit->familyId,
                                 {{QStringLiteral("visit_id"), visitId},
                                  {QStringLiteral("family_id"), visit->familyId},
                                  {QStringLiteral("questionnaire_url"), url},
                                  {QStringLiteral("questionnaire_version"), version},
                                  {QStringLiteral("title"), title},
                                  {QStringLiteral("status"), QStringLiteral("in-progress")},
                                  {QStringLiteral("authored"), instantText(QDateTime::currentDateTimeUtc())}});
    });
    if (!r)
        return fail(r.error());
    return id;
}

Result<void, CaseError> ResponseRepository::saveAnswers(const QString &responseId, const QList<StoredAnswer> &answers)
{
    auto response = get(responseId);
    if (!response)
        return fail(response.error());
    const QString familyId = response->familyId;
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        bool changed = false;
        for (const auto &a : answers) {
            const QString id = answerId(responseId, a.path);
            auto exists = m_c.db.prepare("SELECT 1 FROM response_answer WHERE id = ?1");
            if (!exists)
                return fail(exists.error());
            exists->bind(1, id.toStdString());
            auto row = exists->step();
            if (!row)
                return fail(row.error());
            if (*row) {
                auto r = m_c.writer.update(AnswerTable, id, familyId, {{QStringLiteral("answers"), a.answers}});
                if (!r)
                    return fail(r.error());
                changed = changed || !r->isEmpty();
            } else {
                if (a.answers == QLatin1String("[]"))
                    continue;
                auto r = m_c.writer.insert(AnswerTable, id, familyId,
                                           {{QStringLiteral("response_id"), responseId},
                                            {QStringLiteral("family_id"), familyId},
                                            {QStringLiteral("path"), a.path},
                                            {QStringLiteral("answers"), a.answers}});
                if (!r)
                    return fail(r.error());
                changed = true;
            }
        }
        if (changed) {
            auto r = m_c.writer.update(Table, responseId, familyId,
                                       {{QStringLiteral("authored"), instantText(QDateTime::currentDateTimeUtc())}});
            if (!r)
                return fail(r.error());
        }
        return {};
    });
}

Result<void, CaseError> ResponseRepository::setStatus(const QString &responseId, const QString &status)
{
    if (!validStatus(status))
        return fail(CaseError::invalid(QStringLiteral("status"), Text::tr("Onbekende status van een formulier.")));
    auto response = get(responseId);
    if (!response)
        return fail(response.error());
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        auto r = m_c.writer.update(Table, responseId, response->familyId,
                                   {{QStringLiteral("status"), status},
                                    {QStringLiteral("authored"), instantText(QDateTime::currentDateTimeUtc())}});
        if (!r)
            return fail(r.error());
        return {};
    });
}

Result<void, CaseError> ResponseRepository::remove(const QString &responseId)
{
    auto response = get(responseId);
    if (!response)
        return fail(response.error());
    return inTransaction(m_c.db, [&]() -> Result<void, StoreError> {
        // The answers go first (their texts emptied), so nothing of the content outlives the response.
        auto paths = answers(responseId);
        if (!paths)
            return fail(paths.error().store.value_or(StoreError::make(StoreError::Code::Io, "answers")));
        for (const auto &a : *paths) {
            auto r = m_c.writer.update(AnswerTable, answerId(responseId, a.path), response->familyId,
                                       {{QStringLiteral("answers"), QStringLiteral("[]")}});
            if (!r)
                return fail(r.error());
        }
        return m_c.writer.remove(Table, responseId, response->familyId);
    });
}

Result<StoredResponse, CaseError> ResponseRepository::get(const QString &responseId)
{
    auto s = m_c.db.prepare(std::string("SELECT ") + Columns
                            + " FROM questionnaire_response r WHERE r.id = ?1 AND r.deleted = 0");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, responseId.toStdString());
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    if (!*row)
        return fail(CaseError::from(StoreError::make(StoreError::Code::NotFound, "response not found")));
    return readResponse(*s);
}

Result<QList<StoredResponse>, CaseError> ResponseRepository::list(const char *where, const QString &key)
{
    auto s = m_c.db.prepare(std::string("SELECT ") + Columns + " FROM questionnaire_response r WHERE " + where
                            + " AND r.deleted = 0 ORDER BY r.created_at, r.id");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, key.toStdString());
    return readAll<StoredResponse>(*s, readResponse);
}

Result<QList<StoredResponse>, CaseError> ResponseRepository::forVisit(const QString &visitId)
{
    return list("r.visit_id = ?1", visitId);
}

Result<QList<StoredResponse>, CaseError> ResponseRepository::forFamily(const QString &familyId)
{
    return list("r.family_id = ?1", familyId);
}

Result<QList<StoredAnswer>, CaseError> ResponseRepository::answers(const QString &responseId, bool cleared)
{
    auto s = m_c.db.prepare(cleared ? "SELECT path, answers FROM response_answer WHERE response_id = ?1 AND deleted = 0"
                                      " ORDER BY path"
                                    : "SELECT path, answers FROM response_answer WHERE response_id = ?1 AND deleted = 0"
                                      " AND answers <> '[]' ORDER BY path");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, responseId.toStdString());
    return readAll<StoredAnswer>(*s, [](const Statement &st) { return StoredAnswer{textAt(st, 0), textAt(st, 1)}; });
}

} // namespace veldwerk::store
