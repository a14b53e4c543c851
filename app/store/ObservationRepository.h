#pragma once

#include "app/domain/Visit.h"
#include "app/store/CaseContext.h"

#include <QList>

namespace veldwerk::store {

// The observation notes of visits. A note is saved the moment it is made; later edits of its text are saved as
// they happen (one transaction each).
class ObservationRepository {
public:
    static constexpr RecordTable Table{"observation", "observation"};

    explicit ObservationRepository(CaseContext context)
        : m_c(std::move(context))
    {
    }

    // Adds a note to a visit; recordedAt defaults to now. Returns the id once the note is committed.
    Result<QString, CaseError> add(domain::Observation observation);
    Result<void, CaseError> updateText(const QString &id, const QString &text);
    Result<void, CaseError> setAbout(const QString &id, const QString &aboutId);
    Result<void, CaseError> setTags(const QString &id, const QStringList &tags);
    Result<void, CaseError> remove(const QString &id);

    Result<domain::Observation, CaseError> get(const QString &id);
    // Oldest first: the order in which they were made.
    Result<QList<domain::Observation>, CaseError> forVisit(const QString &visitId);

private:
    Result<void, CaseError> change(const QString &id, const FieldValues &values);
    CaseContext m_c;
};

} // namespace veldwerk::store
