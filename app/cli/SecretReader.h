#pragma once

#include "crypto/SecureBuffer.h"

#include <optional>
#include <string_view>

namespace veldwerk::cli {

// Reads one secret, one line, from standard input (DESIGN §11: never from arguments or the environment).
// On a terminal it prompts on stderr and turns echo off. The line ending is not part of the secret.
// Returns nullopt when standard input ends before a line was given.
std::optional<crypto::SecureBuffer> readSecretLine(std::string_view prompt);

} // namespace veldwerk::cli
