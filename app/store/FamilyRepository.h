#pragma once

#include "app/domain/Family.h"
#include "app/store/CaseContext.h"

#include <QList>
#include <QStringList>

namespace veldwerk::store {

// A line of the caseload: enough to find a family and see where it stands, without opening it.
struct CaseloadEntry {
    QString id;
    QString displayName;
    QString area;
    int children = 0;
    QStringList activeProducts; // products of trajectories that are aangemeld or lopend
    QDateTime nextVisit;        // the first planned visit from now on, or invalid
};

class FamilyRepository {
public:
    static constexpr RecordTable Table{"family", "family"};

    explicit FamilyRepository(CaseContext context)
        : m_c(std::move(context))
    {
    }

    Result<QString, CaseError> create(domain::Family family);
    Result<void, CaseError> update(const domain::Family &family);
    Result<void, CaseError> remove(const QString &id);

    // Reads without leaving a trace, for checks inside the program.
    Result<domain::Family, CaseError> get(const QString &id);
    // Reads for a person to see: appends a "view" audit event (NEN 7513 logs every look at a client's record).
    Result<domain::Family, CaseError> open(const QString &id);

    // The caseload, alphabetical; `search` matches family, area, child and caregiver names (empty: everyone).
    Result<QList<CaseloadEntry>, CaseError> caseload(const QString &search, const QDateTime &now);
    // Records that someone looked at the caseload list (once per screen, not per keystroke).
    Result<void, CaseError> noteCaseloadViewed();

private:
    CaseContext m_c;
};

} // namespace veldwerk::store
