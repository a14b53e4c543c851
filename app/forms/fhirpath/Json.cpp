// RFC 8259 JSON reader for FHIR resources (see Json.h for why not QJsonDocument). Recursion is bounded by
// kMaxJsonDepth; each level is a small frame.
#include "app/forms/fhirpath/Json.h"

namespace veldwerk::fhirpath::detail {

const JsonValue *JsonValue::member(QStringView key) const
{
    for (const auto &m : members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

namespace {

class Reader {
public:
    explicit Reader(QStringView text)
        : m_text(text)
    {
    }

    Result<JsonValue> document()
    {
        JsonValue v;
        if (!value(v, 0))
            return fail(Error{ErrorCode::InvalidJson, m_error, m_pos});
        skipSpace();
        if (m_pos != m_text.size())
            return fail(Error{ErrorCode::InvalidJson, QStringLiteral("trailing characters"), m_pos});
        return v;
    }

private:
    bool error(const char *what)
    {
        if (m_error.isEmpty())
            m_error = QString::fromLatin1(what);
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_pos;
        }
    }

    bool literal(const char *word)
    {
        const QLatin1String w(word);
        if (m_text.mid(m_pos, w.size()) != w)
            return error("invalid literal");
        m_pos += w.size();
        return true;
    }

    bool value(JsonValue &out, int depth)
    {
        if (depth > kMaxJsonDepth)
            return error("nesting too deep");
        skipSpace();
        if (m_pos >= m_text.size())
            return error("unexpected end");
        const char16_t c = m_text[m_pos].unicode();
        switch (c) {
        case u'{':
            return object(out, depth);
        case u'[':
            return array(out, depth);
        case u'"':
            out.kind = JsonValue::Kind::String;
            return string(out.text);
        case u't':
            out.kind = JsonValue::Kind::Bool;
            out.boolean = true;
            return literal("true");
        case u'f':
            out.kind = JsonValue::Kind::Bool;
            out.boolean = false;
            return literal("false");
        case u'n':
            out.kind = JsonValue::Kind::Null;
            return literal("null");
        default:
            return number(out);
        }
    }

    bool object(JsonValue &out, int depth)
    {
        out.kind = JsonValue::Kind::Object;
        ++m_pos; // '{'
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u'}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
                return error("expected a member name");
            QString key;
            if (!string(key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u':')
                return error("expected ':'");
            ++m_pos;
            JsonValue v;
            if (!value(v, depth + 1))
                return false;
            out.members.push_back(JsonMember{std::move(key), std::move(v)});
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == u'}') {
                ++m_pos;
                return true;
            }
            return error("expected ',' or '}'");
        }
    }

    bool array(JsonValue &out, int depth)
    {
        out.kind = JsonValue::Kind::Array;
        ++m_pos; // '['
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            JsonValue v;
            if (!value(v, depth + 1))
                return false;
            out.items.push_back(std::move(v));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == u']') {
                ++m_pos;
                return true;
            }
            return error("expected ',' or ']'");
        }
    }

    int hex4()
    {
        if (m_pos + 4 > m_text.size())
            return -1;
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const char16_t c = m_text[m_pos + i].unicode();
            int d;
            if (c >= u'0' && c <= u'9')
                d = c - u'0';
            else if (c >= u'a' && c <= u'f')
                d = c - u'a' + 10;
            else if (c >= u'A' && c <= u'F')
                d = c - u'A' + 10;
            else
                return -1;
            v = v * 16 + d;
        }
        m_pos += 4;
        return v;
    }

    bool string(QString &out)
    {
        ++m_pos; // '"'
        const qsizetype start = m_pos;
        // Fast path: no escapes.
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c == u'"') {
                out = m_text.mid(start, m_pos - start).toString();
                ++m_pos;
                return true;
            }
            if (c == u'\\')
                break;
            if (c < 0x20)
                return error("control character in string");
            ++m_pos;
        }
        out = m_text.mid(start, m_pos - start).toString();
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return error("control character in string");
            if (c != u'\\') {
                out += QChar(c);
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (m_pos >= m_text.size())
                break;
            const char16_t e = m_text[m_pos++].unicode();
            switch (e) {
            case u'"':
                out += u'"';
                break;
            case u'\\':
                out += u'\\';
                break;
            case u'/':
                out += u'/';
                break;
            case u'b':
                out += u'\b';
                break;
            case u'f':
                out += u'\f';
                break;
            case u'n':
                out += u'\n';
                break;
            case u'r':
                out += u'\r';
                break;
            case u't':
                out += u'\t';
                break;
            case u'u': {
                const int u = hex4();
                if (u < 0)
                    return error("bad \\u escape");
                out += QChar(static_cast<char16_t>(u));
                break;
            }
            default:
                return error("bad escape");
            }
        }
        return error("unterminated string");
    }

    bool number(JsonValue &out)
    {
        const qsizetype start = m_pos;
        auto digit = [this] {
            return m_pos < m_text.size() && m_text[m_pos].unicode() >= u'0' && m_text[m_pos].unicode() <= u'9';
        };
        if (m_pos < m_text.size() && m_text[m_pos] == u'-')
            ++m_pos;
        if (!digit())
            return error("unexpected character");
        if (m_text[m_pos] == u'0') {
            ++m_pos;
        } else {
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == u'.') {
            ++m_pos;
            if (!digit())
                return error("bad number");
            while (digit())
                ++m_pos;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == u'e' || m_text[m_pos] == u'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == u'+' || m_text[m_pos] == u'-'))
                ++m_pos;
            if (!digit())
                return error("bad number");
            while (digit())
                ++m_pos;
        }
        out.kind = JsonValue::Kind::Number;
        out.text = m_text.mid(start, m_pos - start).toString();
        return true;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

Result<JsonValue> readJson(QByteArrayView utf8)
{
    const QString text = QString::fromUtf8(utf8);
    return Reader(text).document();
}

} // namespace veldwerk::fhirpath::detail
