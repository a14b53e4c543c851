#include "app/session/SecretInput.h"

#include "crypto/SecretPolicy.h"

#include <sodium.h>

#include <algorithm>

namespace veldwerk::session {

namespace {
void wipe(QString &s)
{
    if (!s.isEmpty() && !s.isDetached())
        s.detach(); // never write into a buffer shared with someone else's copy
    if (!s.isEmpty())
        sodium_memzero(s.data(), static_cast<std::size_t>(s.size()) * sizeof(QChar));
    s.clear();
}
void wipe(QByteArray &b)
{
    if (!b.isEmpty())
        sodium_memzero(b.data(), static_cast<std::size_t>(b.size()));
    b.clear();
}
} // namespace

crypto::SecureBuffer takeSecret(QString &text)
{
    QString normalized = text.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    crypto::SecureBuffer secret = crypto::SecureBuffer::copyOf(
        std::span(reinterpret_cast<const unsigned char *>(utf8.constData()), static_cast<std::size_t>(utf8.size())));
    wipe(utf8);
    wipe(normalized);
    wipe(text);
    return secret;
}

crypto::SecureBuffer normalizeSecret(crypto::SecureBuffer secret)
{
    const auto bytes = secret.span();
    const bool ascii = std::all_of(bytes.begin(), bytes.end(), [](unsigned char c) { return c < 0x80; });
    if (ascii || !crypto::isValidUtf8(bytes))
        return secret;
    QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size()));
    return takeSecret(text);
}

} // namespace veldwerk::session
