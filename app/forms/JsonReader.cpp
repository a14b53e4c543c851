#include "app/forms/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <vector>

namespace veldwerk::forms {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Veldwerk)
};

void error(Problems &problems, const QString &path, const QString &message)
{
    problems.append({Problem::Severity::Error, path, {}, message});
}

// Line and column (both from 1) of a byte offset, counting characters rather than bytes on the line.
QString position(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const auto column = QString::fromUtf8(bytes.constData() + lineStart, offset - lineStart).size() + 1;
    return Text::tr("regel %1, kolom %2").arg(line).arg(column);
}

// Decodes a JSON string token that QJsonDocument has already accepted; `i` points at the opening quote and is
// left after the closing one.
QString decodeString(const QByteArray &b, qsizetype &i)
{
    QByteArray raw;
    ++i;
    while (i < b.size() && b[i] != '"') {
        if (b[i] == '\\' && i + 1 < b.size()) {
            raw.append(b[i]);
            raw.append(b[i + 1]);
            i += 2;
        } else {
            raw.append(b[i]);
            ++i;
        }
    }
    ++i;
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // Let QJsonDocument do the unescaping: the key is compared as the parser sees it.
    const auto doc = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return doc.array().isEmpty() ? QString::fromUtf8(raw) : doc.array().first().toString();
}

struct Frame {
    bool object = false;
    QSet<QString> keys;
    QString key;    // the current property, in an object
    int index = -1; // the current element, in an array
};

QString pathOf(const std::vector<Frame> &stack)
{
    QString path = QStringLiteral("$");
    for (const auto &f : stack) {
        if (f.object) {
            if (!f.key.isEmpty())
                path += QLatin1Char('.') + f.key;
        } else if (f.index >= 0) {
            path += QLatin1Char('[') + QString::number(f.index) + QLatin1Char(']');
        }
    }
    return path;
}

// Walks the (already valid) text once, without recursion: nesting depth and repeated property names.
bool scanStructure(const QByteArray &b, Problems &problems)
{
    std::vector<Frame> stack;
    bool ok = true;
    bool expectKey = false;
    for (qsizetype i = 0; i < b.size();) {
        const char c = b[i];
        if (c == '{' || c == '[') {
            if (!stack.empty() && !stack.back().object)
                ++stack.back().index;
            if (static_cast<int>(stack.size()) >= JsonReader::MaxDepth) {
                error(problems, pathOf(stack),
                      Text::tr("Het bestand is te diep genest (meer dan %1 niveaus).").arg(JsonReader::MaxDepth));
                return false;
            }
            stack.push_back(Frame{c == '{', {}, {}, -1});
            expectKey = c == '{';
            ++i;
        } else if (c == '}' || c == ']') {
            stack.pop_back();
            expectKey = false;
            ++i;
        } else if (c == ',') {
            expectKey = !stack.empty() && stack.back().object;
            ++i;
        } else if (c == '"') {
            const QString s = decodeString(b, i);
            if (expectKey) {
                auto &f = stack.back();
                f.key = s;
                if (f.keys.contains(s)) {
                    error(problems, pathOf(stack),
                          Text::tr("De eigenschap \"%1\" staat twee keer in hetzelfde object.").arg(s));
                    ok = false;
                }
                f.keys.insert(s);
                expectKey = false;
            } else if (!stack.empty() && !stack.back().object) {
                ++stack.back().index;
            }
        } else if (c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
        } else {
            // A number, true, false or null: an array element when inside an array.
            if (!stack.empty() && !stack.back().object)
                ++stack.back().index;
            while (i < b.size() && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] != ' ' && b[i] != '\n'
                   && b[i] != '\r' && b[i] != '\t')
                ++i;
        }
    }
    return ok;
}

} // namespace

std::optional<QJsonObject> JsonReader::readObject(const QByteArray &bytes, Problems &problems)
{
    if (bytes.size() > MaxBytes) {
        error(problems, QStringLiteral("$"),
              Text::tr("Het bestand is te groot (%1 MB; maximaal %2 MB).")
                  .arg(bytes.size() / (1024 * 1024))
                  .arg(MaxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    if (bytes.trimmed().isEmpty()) {
        error(problems, QStringLiteral("$"), Text::tr("Het bestand is leeg."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        QString why;
        switch (parseError.error) {
        case QJsonParseError::IllegalUTF8String:
            why = Text::tr("ongeldige UTF-8-tekens");
            break;
        case QJsonParseError::DeepNesting:
            why = Text::tr("te diep genest");
            break;
        case QJsonParseError::UnterminatedString:
            why = Text::tr("een tekst zonder afsluitend aanhalingsteken");
            break;
        case QJsonParseError::UnterminatedObject:
        case QJsonParseError::UnterminatedArray:
            why = Text::tr("het bestand houdt halverwege op");
            break;
        case QJsonParseError::DocumentTooLarge:
            why = Text::tr("te groot");
            break;
        default:
            why = Text::tr("geen geldige JSON");
            break;
        }
        error(problems, QStringLiteral("$"),
              Text::tr("Het bestand is geen geldige JSON: %1 (%2).").arg(why, position(bytes, parseError.offset)));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error(problems, QStringLiteral("$"), Text::tr("Het bestand moet één JSON-object bevatten."));
        return std::nullopt;
    }
    if (!scanStructure(bytes, problems))
        return std::nullopt;
    return doc.object();
}

} // namespace veldwerk::forms
