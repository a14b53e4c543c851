#pragma once

// Internal: a small JSON reader that keeps numbers as written (QJsonDocument turns them into doubles, which loses
// a FHIR decimal's precision: 1.50 must stay 1.50) and object members in document order. Bounded depth and size,
// since the text is untrusted.

#include "app/forms/fhirpath/FhirPath.h"

#include <utility>
#include <vector>

namespace veldwerk::fhirpath::detail {

struct JsonMember;

struct JsonValue {
    enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    QString text; // a string's content, or a number's text
    std::vector<JsonValue> items;
    std::vector<JsonMember> members; // in document order

    const JsonValue *member(QStringView key) const;
};

struct JsonMember {
    QString first; // the key
    JsonValue second;
};

inline constexpr int kMaxJsonDepth = 256;

Result<JsonValue> readJson(QByteArrayView utf8);

} // namespace veldwerk::fhirpath::detail
