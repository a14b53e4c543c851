#include "app/store/WipingAllocator.h"

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace veldwerk::store {
namespace {

// Each block carries its usable size in front, so free() knows how much to wipe; 16 bytes keep the block as
// aligned as malloc's.
constexpr std::size_t HeaderBytes = 16;

bool s_active = false;
// The last block this thread got from wipingMalloc, so wipingAllocatorActive can see SQLite really calls it
// (sqlite3_config refuses to report its allocator once SQLite is initialised).
thread_local void *t_lastBlock = nullptr;

void *wipingMalloc(int bytes)
{
    if (bytes <= 0)
        return nullptr;
    auto *block = static_cast<unsigned char *>(std::malloc(HeaderBytes + static_cast<std::size_t>(bytes)));
    if (!block)
        return nullptr;
    const auto size = static_cast<std::size_t>(bytes);
    std::memcpy(block, &size, sizeof size);
    t_lastBlock = block + HeaderBytes;
    return t_lastBlock;
}

std::size_t usableSize(void *p)
{
    std::size_t size = 0;
    std::memcpy(&size, static_cast<unsigned char *>(p) - HeaderBytes, sizeof size);
    return size;
}

void wipingFree(void *p)
{
    if (!p)
        return;
    sodium_memzero(p, usableSize(p));
    std::free(static_cast<unsigned char *>(p) - HeaderBytes);
}

void *wipingRealloc(void *p, int bytes)
{
    // Never realloc() in place: a moved block would leave its old contents behind unwiped.
    void *fresh = wipingMalloc(bytes);
    if (!fresh)
        return nullptr;
    const std::size_t old = usableSize(p);
    std::memcpy(fresh, p, old < static_cast<std::size_t>(bytes) ? old : static_cast<std::size_t>(bytes));
    wipingFree(p);
    return fresh;
}

int wipingSize(void *p)
{
    return p ? static_cast<int>(usableSize(p)) : 0;
}

int wipingRoundup(int bytes)
{
    return (bytes + 7) & ~7;
}

int wipingInit(void *)
{
    return SQLITE_OK;
}

void wipingShutdown(void *)
{
}

} // namespace

bool installWipingAllocator()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static const sqlite3_mem_methods methods{wipingMalloc,  wipingFree, wipingRealloc,  wipingSize,
                                                 wipingRoundup, wipingInit, wipingShutdown, nullptr};
        s_active = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
    });
    return s_active;
}

bool wipingAllocatorActive()
{
    if (!s_active)
        return false;
    void *probe = sqlite3_malloc(1);
    const bool ours = probe && probe == t_lastBlock;
    sqlite3_free(probe);
    return ours;
}

} // namespace veldwerk::store
