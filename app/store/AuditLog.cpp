#include "app/store/AuditLog.h"

#include <QDateTime>
#include <QUuid>

#include <sodium.h>

namespace veldwerk::store {

namespace {

constexpr const char *HeadKey = "audit_head";

QByteArray bytes(const std::vector<unsigned char> &v)
{
    return QByteArray(reinterpret_cast<const char *>(v.data()), static_cast<qsizetype>(v.size()));
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

domain::AuditEvent readEvent(const Statement &s)
{
    domain::AuditEvent e;
    e.seq = s.int64(0);
    e.id = QString::fromStdString(s.text(1));
    e.at = QString::fromStdString(s.text(2));
    e.actor = QString::fromStdString(s.text(3));
    e.onBehalfOf = QString::fromStdString(s.text(4));
    e.device = QString::fromStdString(s.text(5));
    e.offline = s.int64(6) != 0;
    e.action = QString::fromStdString(s.text(7));
    e.entity = QString::fromStdString(s.text(8));
    e.entityId = QString::fromStdString(s.text(9));
    e.familyId = QString::fromStdString(s.text(10));
    e.detail = QString::fromStdString(s.text(11));
    e.prevHash = bytes(s.blob(12));
    e.hash = bytes(s.blob(13));
    return e;
}

constexpr const char *Columns = "seq, id, at, actor, on_behalf_of, device, offline, action, entity, entity_id, "
                                "family_id, detail, prev_hash, hash, mac";

} // namespace

AuditLog::AuditLog(Database &db, crypto::SecureBuffer macKey, AuditActor actor)
    : m_db(db)
    , m_macKey(std::move(macKey))
    , m_actor(std::move(actor))
{
}

QByteArray AuditLog::canonical(const domain::AuditEvent &e)
{
    // Fields joined by the ASCII unit separator, which no field can contain unnoticed: text fields are encoded as
    // UTF-8 with their length first.
    QByteArray out = "veldwerk-audit-v1";
    auto field = [&out](const QString &value) {
        const QByteArray u = value.toUtf8();
        out.append('\x1f');
        out.append(QByteArray::number(u.size()));
        out.append(':');
        out.append(u);
    };
    field(e.id);
    field(e.at);
    field(e.actor);
    field(e.onBehalfOf);
    field(e.device);
    field(e.offline ? QStringLiteral("1") : QStringLiteral("0"));
    field(e.action);
    field(e.entity);
    field(e.entityId);
    field(e.familyId);
    field(e.detail);
    return out;
}

QByteArray AuditLog::chainHash(const QByteArray &prevHash, const domain::AuditEvent &event)
{
    const QByteArray message = prevHash + canonical(event);
    QByteArray hash(HashBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), HashBytes,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()), nullptr, 0);
    return hash;
}

QByteArray AuditLog::mac(const QByteArray &hash) const
{
    QByteArray out(MacBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), MacBytes,
                       reinterpret_cast<const unsigned char *>(hash.constData()),
                       static_cast<unsigned long long>(hash.size()), m_macKey.data(), m_macKey.size());
    return out;
}

Result<void, StoreError> AuditLog::append(const QString &action, const QString &entity, const QString &entityId,
                                          const QString &familyId, const QString &detail)
{
    auto last = m_db.prepare("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1");
    if (!last)
        return fail(last.error());
    auto row = last->step();
    if (!row)
        return fail(row.error());
    const QByteArray prev = *row ? bytes(last->blob(0)) : QByteArray(HashBytes, '\0');
    last = Statement();

    domain::AuditEvent e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.actor = m_actor.actor;
    e.onBehalfOf = m_actor.onBehalfOf;
    e.device = m_actor.device;
    e.offline = m_actor.offline;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.familyId = familyId;
    e.detail = detail;
    const QByteArray hash = chainHash(prev, e);
    const QByteArray tag = mac(hash);

    auto insert = m_db.prepare("INSERT INTO audit_event (id, at, actor, on_behalf_of, device, offline, action, entity, "
                               "entity_id, family_id, detail, prev_hash, hash, mac) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!insert)
        return fail(insert.error());
    auto span = [](const QByteArray &b) {
        return std::span(reinterpret_cast<const unsigned char *>(b.constData()), static_cast<std::size_t>(b.size()));
    };
    insert->bind(1, utf8(e.id))
        .bind(2, utf8(e.at))
        .bind(3, utf8(e.actor))
        .bind(4, utf8(e.onBehalfOf))
        .bind(5, utf8(e.device))
        .bind(6, e.offline ? 1 : 0)
        .bind(7, utf8(e.action))
        .bind(8, utf8(e.entity))
        .bind(9, utf8(e.entityId))
        .bind(10, utf8(e.familyId))
        .bind(11, utf8(e.detail))
        .bindBlob(12, span(prev))
        .bindBlob(13, span(hash))
        .bindBlob(14, span(tag));
    if (auto r = insert->run(); !r)
        return fail(r.error());

    auto head = m_db.prepare("INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?1, ?2)");
    if (!head)
        return fail(head.error());
    head->bind(1, HeadKey).bind(2, hash.toHex().toStdString());
    return head->run();
}

Result<AuditLog::Verification, StoreError> AuditLog::verify()
{
    Verification v;
    auto all = m_db.prepare(std::string("SELECT ") + Columns + " FROM audit_event ORDER BY seq");
    if (!all)
        return fail(all.error());
    QByteArray expectedPrev(HashBytes, '\0');
    for (;;) {
        auto row = all->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const domain::AuditEvent e = readEvent(*all);
        const QByteArray storedMac = bytes(all->blob(14));
        ++v.events;
        auto broken = [&](const QString &problem) {
            v.intact = false;
            v.brokenAtSeq = e.seq;
            v.problem = problem;
        };
        if (e.prevHash != expectedPrev) {
            broken(QStringLiteral("event %1 does not follow its predecessor (an event before it was removed or "
                                  "changed)")
                       .arg(e.seq));
            return v;
        }
        const QByteArray hash = chainHash(expectedPrev, e);
        if (hash != e.hash) {
            broken(QStringLiteral("event %1 was altered (its hash does not match its contents)").arg(e.seq));
            return v;
        }
        if (mac(hash) != storedMac) {
            broken(QStringLiteral("event %1 has a MAC that this vault's key did not make").arg(e.seq));
            return v;
        }
        expectedPrev = hash;
    }

    auto head = m_db.prepare("SELECT value FROM vault_meta WHERE key = ?1");
    if (!head)
        return fail(head.error());
    head->bind(1, HeadKey);
    auto row = head->step();
    if (!row)
        return fail(row.error());
    const QByteArray storedHead = *row ? QByteArray::fromHex(QByteArray::fromStdString(head->text(0))) : QByteArray();
    const bool empty = v.events == 0;
    if ((empty && !storedHead.isEmpty()) || (!empty && storedHead != expectedPrev)) {
        v.intact = false;
        v.brokenAtSeq = v.events + 1;
        v.problem = QStringLiteral("the newest events are missing (the chain ends before its recorded head)");
    }
    return v;
}

Result<QList<domain::AuditEvent>, StoreError> AuditLog::select(const char *where, const QString &arg, int limit)
{
    std::string sql = std::string("SELECT ") + Columns + " FROM audit_event";
    if (where)
        sql += std::string(" WHERE ") + where;
    sql += limit > 0 ? " ORDER BY seq DESC LIMIT " + std::to_string(limit) : std::string(" ORDER BY seq");
    auto s = m_db.prepare(sql);
    if (!s)
        return fail(s.error());
    if (where)
        s->bind(1, utf8(arg));
    QList<domain::AuditEvent> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        out.append(readEvent(*s));
    }
    return out;
}

Result<QList<domain::AuditEvent>, StoreError> AuditLog::forFamily(const QString &familyId, int limit)
{
    return select("family_id = ?1", familyId, limit);
}

Result<QList<domain::AuditEvent>, StoreError> AuditLog::all()
{
    return select(nullptr, {}, 0);
}

Result<QList<domain::AuditEvent>, StoreError> AuditLog::forFamilyExport(const QString &familyId)
{
    return select("family_id = ?1", familyId, 0);
}

} // namespace veldwerk::store
