#pragma once

namespace veldwerk::store {

// SQLite's memory, page cache included, is overwritten with zeros before it goes back to the C library, so the
// decrypted pages of a locked vault do not linger in freed heap memory (SQLCipher 3.4.1 only wipes its own key
// buffers). Must run before SQLite initialises; Database::open calls it first. Returns false when SQLite was
// already initialised by someone else (then nothing is wiped and the caller should say so).
bool installWipingAllocator();

// Whether the allocator above is the one SQLite uses.
bool wipingAllocatorActive();

} // namespace veldwerk::store
