#pragma once

#include "app/forms/Problem.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace veldwerk::forms {

// Reads untrusted bytes as one JSON object: a size limit, valid UTF-8, at most JsonReader::MaxDepth levels of
// nesting, and no property named twice in one object (QJsonDocument would silently keep the last one, so an author
// would never learn that half of an item was dropped). Problems say where, as a line and column or a JSON path.
class JsonReader {
public:
    static constexpr qsizetype MaxBytes = 16 * 1024 * 1024;
    static constexpr int MaxDepth = 200;

    static std::optional<QJsonObject> readObject(const QByteArray &bytes, Problems &problems);
};

} // namespace veldwerk::forms
