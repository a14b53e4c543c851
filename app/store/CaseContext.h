#pragma once

#include "app/store/AuditLog.h"
#include "app/store/CaseError.h"
#include "app/store/Database.h"
#include "app/store/RecordWriter.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace veldwerk::store {

// What every repository shares: the open database, the one writer, the audit trail, and "today" (a function, so
// that rules about dates are testable and the same everywhere).
struct CaseContext {
    Database &db;
    RecordWriter &writer;
    AuditLog &audit;
    std::function<QDate()> today;
};

// One user edit, one transaction: `work` runs inside BEGIN IMMEDIATE … COMMIT and everything it wrote (records and
// their audit events) is kept together or not at all.
template <typename Work>
Result<void, CaseError> inTransaction(Database &db, Work &&work)
{
    auto tx = db.begin();
    if (!tx)
        return fail(CaseError::from(tx.error()));
    auto result = work();
    if (!result) {
        if constexpr (std::is_same_v<std::decay_t<decltype(result.error())>, CaseError>)
            return fail(result.error());
        else
            return fail(CaseError::from(result.error()));
    }
    if (auto committed = tx->commit(); !committed)
        return fail(CaseError::from(committed.error()));
    return {};
}

// Column readers for the text-only case tables.
inline QString textAt(const Statement &s, int column)
{
    return QString::fromStdString(s.text(column));
}

// Reads every row of a prepared statement through `read`.
template <typename T, typename Read>
Result<QList<T>, CaseError> readAll(Statement &s, Read read)
{
    QList<T> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return fail(CaseError::from(row.error()));
        if (!*row)
            break;
        out.append(read(s));
    }
    return out;
}

} // namespace veldwerk::store
