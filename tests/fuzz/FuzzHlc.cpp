// Fuzz target: HLC stamps as text, which will arrive from other devices through sync. Property: never crash; a
// decoded stamp encodes back to text that decodes to the same stamp.
#include "app/domain/Hlc.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using veldwerk::domain::Hlc;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const auto h = Hlc::decode(text)) {
        const auto again = Hlc::decode(h->encode());
        if (!again || !(*again == *h))
            std::abort();
    }
    return 0;
}
