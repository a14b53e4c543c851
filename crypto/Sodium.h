#pragma once

namespace veldwerk::crypto {

// Initialises libsodium (its RNG and CPU feature detection). Must return true before any other function of
// this module is used; safe to call from several places and threads.
[[nodiscard]] bool initialize();

} // namespace veldwerk::crypto
