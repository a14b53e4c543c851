#pragma once

#include "app/domain/Visit.h"
#include "app/store/CaseContext.h"

#include <QList>
#include <QTimeZone>

namespace veldwerk::store {

// A visit with what a list needs beside it: the family's name, the trajectory's product, the number of notes.
struct VisitListItem {
    domain::Visit visit;
    QString familyName;
    QString product;
    int notes = 0;
};

class VisitRepository {
public:
    static constexpr RecordTable Table{"visit", "visit"};

    explicit VisitRepository(CaseContext context)
        : m_c(std::move(context))
    {
    }

    // Plans a visit in a trajectory; the visit belongs to the trajectory's family.
    Result<QString, CaseError> plan(domain::Visit visit);
    Result<void, CaseError> update(const domain::Visit &visit);
    // The visit begins now (status "bezig"); a second start keeps the first start time.
    Result<void, CaseError> start(const QString &id, const QDateTime &now);
    // The visit ends now (status "afgerond").
    Result<void, CaseError> finish(const QString &id, const QDateTime &now);
    Result<void, CaseError> cancel(const QString &id);
    Result<void, CaseError> remove(const QString &id);

    Result<domain::Visit, CaseError> get(const QString &id);
    // An audited read, for the visit workspace.
    Result<domain::Visit, CaseError> open(const QString &id);

    // The visits planned on `day` in `zone` (Vandaag), earliest first.
    Result<QList<VisitListItem>, CaseError> onDay(const QDate &day, const QTimeZone &zone);
    Result<QList<VisitListItem>, CaseError> forTrajectory(const QString &trajectoryId);
    // The family's timeline: every visit, newest first.
    Result<QList<VisitListItem>, CaseError> timeline(const QString &familyId);

private:
    Result<void, CaseError> checkPresent(const domain::Visit &visit);
    Result<QList<VisitListItem>, CaseError> list(const char *sql, const std::string &a, const std::string &b);
    CaseContext m_c;
};

} // namespace veldwerk::store
