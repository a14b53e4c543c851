#include "app/store/Migrations.h"

#include <array>

namespace veldwerk::store {

namespace {

// Version 1: the vault's own facts (device identity, creation time, schema history). Client data tables
// come with the case-record migrations.
constexpr std::string_view V1 = R"sql(
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

constexpr std::array<Migration, 1> Migrations = {{
    {1, "vault metadata", V1},
}};

} // namespace

std::span<const Migration> schemaMigrations()
{
    return Migrations;
}

int latestSchemaVersion()
{
    return Migrations.back().version;
}

} // namespace veldwerk::store
