#pragma once

#include "app/domain/Hlc.h"
#include "app/store/AuditLog.h"
#include "app/store/Database.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace veldwerk::store {

// Every case-record column is text or NULL: dates and instants as ISO text, lists as JSON arrays.
using FieldValue = std::optional<QString>;
using FieldValues = QList<std::pair<QString, FieldValue>>;

// One table of case records and its name in the audit trail.
struct RecordTable {
    const char *table;
    const char *entity;
};

// Writes case records the one way they are written: each changed field stamped with a fresh HLC (per-field
// last-writer-wins for sync, DESIGN §8), the row's own stamp advanced, deletes as tombstones, the clock's last
// stamp kept in the vault so it never runs backwards, and an audit event for every change. Runs inside the
// caller's transaction; repositories decide what a transaction holds (one user edit).
class RecordWriter {
public:
    RecordWriter(Database &db, AuditLog &audit, domain::HlcClock &clock);

    Result<void, StoreError> insert(const RecordTable &table, const QString &id, const QString &familyId,
                                    const FieldValues &values);
    // Writes only the fields whose value differs from what is stored; returns their names (empty: nothing changed,
    // nothing written, no audit event). NotFound for a missing or deleted record.
    Result<QStringList, StoreError> update(const RecordTable &table, const QString &id, const QString &familyId,
                                           const FieldValues &values);
    // Marks the record deleted (a tombstone that sync carries). NotFound when it is not there.
    Result<void, StoreError> remove(const RecordTable &table, const QString &id, const QString &familyId);

private:
    Result<void, StoreError> keepClock();

    Database &m_db;
    AuditLog &m_audit;
    domain::HlcClock &m_clock;
};

// Text forms of the stored types.
QString dateText(const QDate &date);
QDate dateFrom(const QString &text);
QString instantText(const QDateTime &instant);
QDateTime instantFrom(const QString &text);
QString listText(const QStringList &list);
QStringList listFrom(const QString &text);
FieldValue optionalDate(const QDate &date);
FieldValue optionalInstant(const QDateTime &instant);

} // namespace veldwerk::store
