#pragma once

#include "app/store/Database.h"
#include "common/Result.h"

#include <span>
#include <string_view>

namespace veldwerk::store {

// One step of the schema. Versions count up from 1 without gaps; a released migration is never edited, a
// change is a new migration (devices in the field hold every older version).
struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

// The application schema (Schema.cpp).
std::span<const Migration> schemaMigrations();
int latestSchemaVersion();

// Brings the database to the last version in `migrations`, all pending steps in one transaction, so a crash
// leaves the old version or the new one. A database newer than this program is refused (TooNew) and left
// untouched. Returns the version the database is at afterwards.
Result<int, StoreError> migrate(Database &db, std::span<const Migration> migrations);
inline Result<int, StoreError> migrate(Database &db)
{
    return migrate(db, schemaMigrations());
}

} // namespace veldwerk::store
