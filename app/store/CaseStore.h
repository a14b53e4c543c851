#pragma once

#include "app/domain/Hlc.h"
#include "app/store/AuditLog.h"
#include "app/store/CaseContext.h"
#include "app/store/ConsentRepository.h"
#include "app/store/FamilyRepository.h"
#include "app/store/InstrumentRepository.h"
#include "app/store/MemberRepository.h"
#include "app/store/ObservationRepository.h"
#include "app/store/RecordWriter.h"
#include "app/store/ResponseRepository.h"
#include "app/store/TrajectoryRepository.h"
#include "app/store/VisitRepository.h"
#include "crypto/SecureBuffer.h"

#include <functional>
#include <memory>

namespace veldwerk::store {

// The case records of one open vault: one clock, one writer, one audit trail, and the repositories that use them.
// Repositories are cheap handles; take one when needed.
class CaseStore {
public:
    CaseStore(Database &db, crypto::SecureBuffer auditKey, AuditActor actor, std::function<QDate()> today = {});

    // Continues the HLC from the stamp kept in the vault. Call once after opening.
    Result<void, StoreError> load();

    FamilyRepository families() { return FamilyRepository(context()); }
    MemberRepository members() { return MemberRepository(context()); }
    TrajectoryRepository trajectories() { return TrajectoryRepository(context()); }
    VisitRepository visits() { return VisitRepository(context()); }
    ResponseRepository responses() { return ResponseRepository(context()); }
    ObservationRepository observations() { return ObservationRepository(context()); }
    ConsentRepository consents() { return ConsentRepository(context()); }
    InstrumentRepository instruments() { return InstrumentRepository(m_db); }
    AuditLog &audit() { return m_audit; }
    domain::HlcClock &clock() { return m_clock; }
    Database &database() { return m_db; }
    QDate today() const { return m_today(); }

private:
    CaseContext context() { return CaseContext{m_db, m_writer, m_audit, m_today}; }

    Database &m_db;
    AuditLog m_audit;
    domain::HlcClock m_clock;
    RecordWriter m_writer;
    std::function<QDate()> m_today;
};

} // namespace veldwerk::store
