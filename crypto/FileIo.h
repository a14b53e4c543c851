#pragma once

// Durable file operations for the vault's small files (key slots, lockout state). POSIX: Linux, Android, iOS
// and macOS. A Windows port needs ReplaceFileW with write-through here and nowhere else.

#include "common/Result.h"
#include "crypto/VaultError.h"

#include <cstddef>
#include <filesystem>
#include <span>
#include <vector>

namespace veldwerk::crypto {

// The points at which a crash can interrupt writeFileAtomically; tests inject a crash at each.
enum class WriteStep { TempWritten, TempSynced, Renamed };
using FaultHook = void (*)(WriteStep step);

// Writes `data` to `target` so that after a crash at any moment the file holds either its old or its new
// contents, never a mixture: new file beside it, fsync, rename over the old one, fsync the directory.
Result<void, VaultError> writeFileAtomically(const std::filesystem::path &target, std::span<const unsigned char> data,
                                             FaultHook hook = nullptr);

// Reads a whole small file. A file larger than maxBytes is an error (a vault file is never large).
// A missing file is an Io error with sysError == ENOENT.
Result<std::vector<unsigned char>, VaultError> readSmallFile(const std::filesystem::path &path, std::size_t maxBytes);

// Overwrites a file with random bytes, syncs, and removes it. On flash storage the overwrite is best effort
// (wear levelling may keep old blocks); the real guarantee of crypto-erase is that the wrapped key is gone
// from every place the app can reach.
Result<void, VaultError> shredFile(const std::filesystem::path &path);

// Creates the directory (and parents) with owner-only permissions when it is missing.
Result<void, VaultError> ensurePrivateDirectory(const std::filesystem::path &directory);

Result<void, VaultError> syncDirectory(const std::filesystem::path &directory);

} // namespace veldwerk::crypto
