#include "app/store/CaseStore.h"

namespace veldwerk::store {

CaseStore::CaseStore(Database &db, crypto::SecureBuffer auditKey, AuditActor actor, std::function<QDate()> today)
    : m_db(db)
    , m_audit(db, std::move(auditKey), actor)
    , m_clock(actor.device)
    , m_writer(db, m_audit, m_clock)
    , m_today(today ? std::move(today) : [] { return QDate::currentDate(); })
{
}

Result<void, StoreError> CaseStore::load()
{
    auto s = m_db.prepare("SELECT value FROM vault_meta WHERE key = 'hlc_last'");
    if (!s)
        return fail(s.error());
    auto row = s->step();
    if (!row)
        return fail(row.error());
    if (*row)
        m_clock.restore(QString::fromStdString(s->text(0)));
    return {};
}

} // namespace veldwerk::store
