#pragma once

#include "app/domain/Consent.h"
#include "app/store/CaseContext.h"

#include <QList>

namespace veldwerk::store {

// The consents of a family, and the questions the app asks them before it acts.
class ConsentRepository {
public:
    static constexpr RecordTable Table{"consent", "consent"};

    explicit ConsentRepository(CaseContext context)
        : m_c(std::move(context))
    {
    }

    Result<QString, CaseError> record(domain::Consent consent);
    Result<void, CaseError> update(const domain::Consent &consent);
    // Records that the consent was withdrawn on `day` (a consent is never erased: the record of what was
    // allowed when is part of the file).
    Result<void, CaseError> withdraw(const QString &id, const QDate &day);
    Result<void, CaseError> remove(const QString &id);
    Result<domain::Consent, CaseError> get(const QString &id);
    // In force first, then by date given, newest first.
    Result<QList<domain::Consent>, CaseError> forFamily(const QString &familyId);

    // Filming a visit of this family needs a "filmen" consent in force today (domain::ConsentRules::mayFilm).
    Result<bool, CaseError> mayFilm(const QString &familyId);

private:
    Result<void, CaseError> checkGivenBy(const domain::Consent &consent);
    CaseContext m_c;
};

} // namespace veldwerk::store
