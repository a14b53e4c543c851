#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

namespace veldwerk::session {

// Turns typed text into a secret: Unicode NFC (so "é" typed as one key or as e + accent is the same secret on
// every keyboard), UTF-8, in secure memory. Overwrites the characters of `text` and of every temporary it made,
// so the secret lingers in ordinary heap memory as briefly as Qt allows.
crypto::SecureBuffer takeSecret(QString &text);

// The same normalisation for a secret that arrived as bytes (the CLI's standard input). ASCII and invalid
// UTF-8 pass through unchanged; the secret rules report the latter.
crypto::SecureBuffer normalizeSecret(crypto::SecureBuffer secret);

} // namespace veldwerk::session
