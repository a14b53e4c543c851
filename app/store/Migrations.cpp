#include "app/store/Migrations.h"

#include <string>

namespace veldwerk::store {

Result<int, StoreError> migrate(Database &db, std::span<const Migration> migrations)
{
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    auto current = db.userVersion();
    if (!current)
        return fail(current.error());
    if (*current > latest) {
        return fail(StoreError::make(StoreError::Code::TooNew, "database schema " + std::to_string(*current)
                                                                   + " is newer than this program ("
                                                                   + std::to_string(latest) + ")"));
    }
    if (*current == latest)
        return latest;

    auto tx = db.begin();
    if (!tx)
        return fail(tx.error());
    // Read again inside the write lock: another process may have migrated in between.
    auto locked = db.userVersion();
    if (!locked)
        return fail(locked.error());
    for (const Migration &m : migrations) {
        if (m.version <= *locked)
            continue;
        if (auto r = db.exec(m.sql); !r)
            return fail(r.error());
        if (auto r = db.exec("PRAGMA user_version = " + std::to_string(m.version)); !r)
            return fail(r.error());
    }
    if (auto r = tx->commit(); !r)
        return fail(r.error());
    return latest;
}

} // namespace veldwerk::store
