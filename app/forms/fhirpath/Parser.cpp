// FHIRPath lexer and precedence-climbing parser (grammar: http://hl7.org/fhirpath/N1/grammar.html). The text is
// untrusted: every recursion carries a depth that is checked against Limits::maxDepth, and so is the depth of each
// AST node built in a loop (a.b.c... or 1+1+1...), so neither parsing, evaluating nor destroying the tree can
// exhaust the stack.
#include "app/forms/fhirpath/Ast.h"
#include "app/forms/fhirpath/Values.h"

#include <QSet>

namespace veldwerk::fhirpath {

namespace {

using detail::Expr;
using detail::Op;

enum class Tok {
    End,
    Identifier, // plain identifier or keyword
    Delimited,  // `identifier`
    String,
    Number,
    Date,
    DateTime,
    Time,
    This,
    Index,
    Total,
    Variable, // %name, text = name
    Dot,
    LBracket,
    RBracket,
    LParen,
    RParen,
    LBrace,
    RBrace,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Amp,
    Pipe,
    Eq,
    Ne,
    Tilde,
    NotTilde,
    Lt,
    Le,
    Gt,
    Ge,
};

struct Token {
    Tok kind = Tok::End;
    qsizetype pos = 0;
    QString text;
};

bool isIdentStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
}

bool isIdentChar(QChar c)
{
    return isIdentStart(c) || (c.unicode() >= u'0' && c.unicode() <= u'9');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

class Lexer {
public:
    explicit Lexer(QStringView text)
        : m_text(text)
    {
    }

    // Reads the next token; false with m_error set on a lexical error.
    bool next(Token &t)
    {
        if (!skipSpaceAndComments())
            return false;
        t = Token{};
        t.pos = m_pos;
        if (m_pos >= m_text.size()) {
            t.kind = Tok::End;
            return true;
        }
        const QChar c = m_text[m_pos];
        if (isIdentStart(c)) {
            const qsizetype s = m_pos;
            while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
                ++m_pos;
            t.kind = Tok::Identifier;
            t.text = m_text.mid(s, m_pos - s).toString();
            return true;
        }
        if (isDigit(c))
            return number(t);
        switch (c.unicode()) {
        case u'\'':
            t.kind = Tok::String;
            return quoted(u'\'', t.text);
        case u'`':
            t.kind = Tok::Delimited;
            return quoted(u'`', t.text);
        case u'@':
            return dateTime(t);
        case u'$': {
            ++m_pos;
            const qsizetype s = m_pos;
            while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
                ++m_pos;
            const QStringView w = m_text.mid(s, m_pos - s);
            if (w == u"this")
                t.kind = Tok::This;
            else if (w == u"index")
                t.kind = Tok::Index;
            else if (w == u"total")
                t.kind = Tok::Total;
            else
                return error(t.pos, QStringLiteral("unknown special variable $") + w.toString());
            return true;
        }
        case u'%': {
            ++m_pos;
            t.kind = Tok::Variable;
            if (m_pos < m_text.size() && (m_text[m_pos] == u'`' || m_text[m_pos] == u'\''))
                return quoted(m_text[m_pos], t.text);
            const qsizetype s = m_pos;
            if (m_pos < m_text.size() && isIdentStart(m_text[m_pos])) {
                while (m_pos < m_text.size() && isIdentChar(m_text[m_pos]))
                    ++m_pos;
            }
            if (m_pos == s)
                return error(t.pos, QStringLiteral("expected a variable name after %"));
            t.text = m_text.mid(s, m_pos - s).toString();
            return true;
        }
        default:
            break;
        }
        ++m_pos;
        auto two = [&](QChar second, Tok ifTwo, Tok ifOne) {
            if (m_pos < m_text.size() && m_text[m_pos] == second) {
                ++m_pos;
                t.kind = ifTwo;
            } else {
                t.kind = ifOne;
            }
            return true;
        };
        switch (c.unicode()) {
        case u'.':
            t.kind = Tok::Dot;
            return true;
        case u'[':
            t.kind = Tok::LBracket;
            return true;
        case u']':
            t.kind = Tok::RBracket;
            return true;
        case u'(':
            t.kind = Tok::LParen;
            return true;
        case u')':
            t.kind = Tok::RParen;
            return true;
        case u'{':
            t.kind = Tok::LBrace;
            return true;
        case u'}':
            t.kind = Tok::RBrace;
            return true;
        case u',':
            t.kind = Tok::Comma;
            return true;
        case u'+':
            t.kind = Tok::Plus;
            return true;
        case u'-':
            t.kind = Tok::Minus;
            return true;
        case u'*':
            t.kind = Tok::Star;
            return true;
        case u'/':
            t.kind = Tok::Slash;
            return true;
        case u'&':
            t.kind = Tok::Amp;
            return true;
        case u'|':
            t.kind = Tok::Pipe;
            return true;
        case u'=':
            t.kind = Tok::Eq;
            return true;
        case u'~':
            t.kind = Tok::Tilde;
            return true;
        case u'!':
            if (m_pos < m_text.size() && m_text[m_pos] == u'=') {
                ++m_pos;
                t.kind = Tok::Ne;
                return true;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == u'~') {
                ++m_pos;
                t.kind = Tok::NotTilde;
                return true;
            }
            return error(t.pos, QStringLiteral("unexpected '!'"));
        case u'<':
            return two(u'=', Tok::Le, Tok::Lt);
        case u'>':
            return two(u'=', Tok::Ge, Tok::Gt);
        default:
            return error(t.pos, QStringLiteral("unexpected character '%1'").arg(c));
        }
    }

    const Error &lastError() const { return m_error; }

private:
    bool error(qsizetype pos, QString detail)
    {
        m_error = Error{ErrorCode::Syntax, std::move(detail), pos};
        return false;
    }

    bool skipSpaceAndComments()
    {
        for (;;) {
            while (m_pos < m_text.size() && m_text[m_pos].isSpace())
                ++m_pos;
            if (m_pos + 1 < m_text.size() && m_text[m_pos] == u'/' && m_text[m_pos + 1] == u'/') {
                while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
                    ++m_pos;
                continue;
            }
            if (m_pos + 1 < m_text.size() && m_text[m_pos] == u'/' && m_text[m_pos + 1] == u'*') {
                const qsizetype start = m_pos;
                const qsizetype end = m_text.indexOf(u"*/", m_pos + 2);
                if (end < 0)
                    return error(start, QStringLiteral("unterminated comment"));
                m_pos = end + 2;
                continue;
            }
            return true;
        }
    }

    bool number(Token &t)
    {
        const qsizetype s = m_pos;
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
        // "1.5" is a decimal; "1.convertsToInteger()" is 1 followed by an invocation.
        if (m_pos + 1 < m_text.size() && m_text[m_pos] == u'.' && isDigit(m_text[m_pos + 1])) {
            ++m_pos;
            while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
                ++m_pos;
        }
        t.kind = Tok::Number;
        t.text = m_text.mid(s, m_pos - s).toString();
        return true;
    }

    bool quoted(QChar quote, QString &out)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        out.clear();
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == quote) {
                ++m_pos;
                return true;
            }
            if (c != u'\\') {
                out += c;
                ++m_pos;
                continue;
            }
            ++m_pos;
            if (m_pos >= m_text.size())
                break;
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case u'\'':
            case u'"':
            case u'`':
            case u'\\':
            case u'/':
                out += e;
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
                if (m_pos + 4 > m_text.size())
                    return error(m_pos - 2, QStringLiteral("bad \\u escape"));
                uint code = 0;
                for (int i = 0; i < 4; ++i) {
                    const char16_t h = m_text[m_pos + i].unicode();
                    const int d = h >= u'0' && h <= u'9'   ? h - u'0'
                                  : h >= u'a' && h <= u'f' ? h - u'a' + 10
                                  : h >= u'A' && h <= u'F' ? h - u'A' + 10
                                                           : -1;
                    if (d < 0)
                        return error(m_pos - 2, QStringLiteral("bad \\u escape"));
                    code = code * 16 + static_cast<uint>(d);
                }
                m_pos += 4;
                out += QChar(static_cast<char16_t>(code));
                break;
            }
            default:
                return error(m_pos - 2, QStringLiteral("unknown escape \\%1").arg(e));
            }
        }
        return error(start, QStringLiteral("unterminated %1").arg(quote == u'`' ? "identifier" : "string"));
    }

    int digitsAt(qsizetype p) const
    {
        int n = 0;
        while (p + n < m_text.size() && isDigit(m_text[p + n]))
            ++n;
        return n;
    }

    bool fixedDigits(int n)
    {
        if (digitsAt(m_pos) < n)
            return false;
        m_pos += n;
        return true;
    }

    // hh(:mm(:ss(.fff)?)?)?
    bool timePart()
    {
        if (!fixedDigits(2))
            return false;
        if (m_pos + 2 < m_text.size() && m_text[m_pos] == u':' && digitsAt(m_pos + 1) >= 2) {
            m_pos += 3;
            if (m_pos + 2 < m_text.size() && m_text[m_pos] == u':' && digitsAt(m_pos + 1) >= 2) {
                m_pos += 3;
                if (m_pos + 1 < m_text.size() && m_text[m_pos] == u'.' && digitsAt(m_pos + 1) > 0) {
                    ++m_pos;
                    m_pos += digitsAt(m_pos);
                }
            }
        }
        return true;
    }

    bool dateTime(Token &t)
    {
        const qsizetype start = m_pos;
        ++m_pos; // '@'
        if (m_pos < m_text.size() && m_text[m_pos] == u'T') {
            ++m_pos;
            const qsizetype s = m_pos;
            if (!timePart())
                return error(start, QStringLiteral("malformed time literal"));
            t.kind = Tok::Time;
            t.text = m_text.mid(s, m_pos - s).toString();
            return true;
        }
        const qsizetype s = m_pos;
        if (!fixedDigits(4))
            return error(start, QStringLiteral("malformed date literal"));
        if (m_pos < m_text.size() && m_text[m_pos] == u'-' && digitsAt(m_pos + 1) >= 2) {
            m_pos += 3;
            if (m_pos < m_text.size() && m_text[m_pos] == u'-' && digitsAt(m_pos + 1) >= 2)
                m_pos += 3;
        }
        t.kind = Tok::Date;
        if (m_pos < m_text.size() && m_text[m_pos] == u'T') {
            ++m_pos;
            t.kind = Tok::DateTime;
            if (digitsAt(m_pos) >= 2) {
                timePart();
                if (m_pos < m_text.size() && m_text[m_pos] == u'Z') {
                    ++m_pos;
                } else if (m_pos + 5 < m_text.size() && (m_text[m_pos] == u'+' || m_text[m_pos] == u'-')
                           && digitsAt(m_pos + 1) >= 2 && m_text[m_pos + 3] == u':' && digitsAt(m_pos + 4) >= 2) {
                    m_pos += 6;
                }
            }
        }
        t.text = m_text.mid(s, m_pos - s).toString();
        return true;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    Error m_error;
};

// Binding strength of binary operators, higher binds tighter (FHIRPath §9 operator precedence).
int precedence(const Token &t)
{
    switch (t.kind) {
    case Tok::Star:
    case Tok::Slash:
        return 10;
    case Tok::Plus:
    case Tok::Minus:
    case Tok::Amp:
        return 9;
    case Tok::Pipe:
        return 7;
    case Tok::Lt:
    case Tok::Le:
    case Tok::Gt:
    case Tok::Ge:
        return 6;
    case Tok::Eq:
    case Tok::Ne:
    case Tok::Tilde:
    case Tok::NotTilde:
        return 5;
    case Tok::Identifier:
        if (t.text == u"div" || t.text == u"mod")
            return 10;
        if (t.text == u"is" || t.text == u"as")
            return 8;
        if (t.text == u"in" || t.text == u"contains")
            return 4;
        if (t.text == u"and")
            return 3;
        if (t.text == u"or" || t.text == u"xor")
            return 2;
        if (t.text == u"implies")
            return 1;
        return -1;
    default:
        return -1;
    }
}

Op binaryOp(const Token &t)
{
    switch (t.kind) {
    case Tok::Star:
        return Op::Multiply;
    case Tok::Slash:
        return Op::Divide;
    case Tok::Plus:
        return Op::Add;
    case Tok::Minus:
        return Op::Subtract;
    case Tok::Amp:
        return Op::Concatenate;
    case Tok::Pipe:
        return Op::Union;
    case Tok::Lt:
        return Op::Less;
    case Tok::Le:
        return Op::LessOrEqual;
    case Tok::Gt:
        return Op::Greater;
    case Tok::Ge:
        return Op::GreaterOrEqual;
    case Tok::Eq:
        return Op::Equal;
    case Tok::Ne:
        return Op::NotEqual;
    case Tok::Tilde:
        return Op::Equivalent;
    case Tok::NotTilde:
        return Op::NotEquivalent;
    default:
        break;
    }
    if (t.text == u"div")
        return Op::IntDivide;
    if (t.text == u"mod")
        return Op::Modulo;
    if (t.text == u"in")
        return Op::In;
    if (t.text == u"contains")
        return Op::Contains;
    if (t.text == u"and")
        return Op::And;
    if (t.text == u"or")
        return Op::Or;
    if (t.text == u"xor")
        return Op::Xor;
    return Op::Implies;
}

// Keywords that cannot name an element or function (the grammar's identifier admits as, contains, in, is).
bool isReserved(QStringView w)
{
    return w == u"and" || w == u"or" || w == u"xor" || w == u"implies" || w == u"div" || w == u"mod" || w == u"true"
           || w == u"false";
}

class Parser {
public:
    Parser(QStringView text, const ParseOptions &options)
        : m_lexer(text)
        , m_options(options)
    {
    }

    Result<std::unique_ptr<Expr>> parse()
    {
        if (!advance())
            return fail(m_error);
        auto e = expression(0, 1);
        if (!e)
            return fail(m_error);
        if (m_tok.kind != Tok::End)
            return fail(syntax(m_tok.pos, QStringLiteral("unexpected text after the expression")));
        return e;
    }

    QSet<QString> variables;
    QSet<QString> functions;

private:
    Error syntax(qsizetype pos, QString detail)
    {
        if (m_error.detail.isEmpty())
            m_error = Error{ErrorCode::Syntax, std::move(detail), pos};
        return m_error;
    }

    std::nullptr_t failWith(ErrorCode code, qsizetype pos, QString detail)
    {
        if (m_error.detail.isEmpty())
            m_error = Error{code, std::move(detail), pos};
        return nullptr;
    }

    bool advance()
    {
        if (!m_lexer.next(m_tok)) {
            m_error = m_lexer.lastError();
            return false;
        }
        return true;
    }

    bool expect(Tok kind, const char *what)
    {
        if (m_tok.kind != kind) {
            syntax(m_tok.pos, QStringLiteral("expected %1").arg(QLatin1String(what)));
            return false;
        }
        return advance();
    }

    // Depth of a node from its children's; false (with an error) past the limit.
    bool checkDepth(Expr &e)
    {
        int d = 1;
        for (const auto &k : e.kids) {
            if (k)
                d = std::max(d, k->depth + 1);
        }
        e.depth = d;
        if (d > m_options.limits.maxDepth) {
            failWith(ErrorCode::TooDeep, e.pos,
                     QStringLiteral("nesting deeper than %1").arg(m_options.limits.maxDepth));
            return false;
        }
        return true;
    }

    std::unique_ptr<Expr> node(Op op, qsizetype pos)
    {
        auto e = std::make_unique<Expr>();
        e->op = op;
        e->pos = pos;
        return e;
    }

    std::unique_ptr<Expr> expression(int minPrec, int depth)
    {
        if (depth > m_options.limits.maxDepth)
            return failWith(ErrorCode::TooDeep, m_tok.pos,
                            QStringLiteral("nesting deeper than %1").arg(m_options.limits.maxDepth));
        auto left = unary(depth);
        if (!left)
            return nullptr;
        for (;;) {
            const int p = precedence(m_tok);
            if (p < 0 || p < minPrec)
                return left;
            const Token op = m_tok;
            if (!advance())
                return nullptr;
            if (op.kind == Tok::Identifier && (op.text == u"is" || op.text == u"as")) {
                auto e = node(op.text == u"is" ? Op::Is : Op::As, op.pos);
                if (!typeSpecifier(e->type))
                    return nullptr;
                e->kids.push_back(std::move(left));
                if (!checkDepth(*e))
                    return nullptr;
                left = std::move(e);
                continue;
            }
            auto right = expression(p + 1, depth + 1);
            if (!right)
                return nullptr;
            auto e = node(binaryOp(op), op.pos);
            e->kids.push_back(std::move(left));
            e->kids.push_back(std::move(right));
            if (!checkDepth(*e))
                return nullptr;
            left = std::move(e);
        }
    }

    std::unique_ptr<Expr> unary(int depth)
    {
        if (m_tok.kind == Tok::Plus || m_tok.kind == Tok::Minus) {
            if (depth > m_options.limits.maxDepth)
                return failWith(ErrorCode::TooDeep, m_tok.pos,
                                QStringLiteral("nesting deeper than %1").arg(m_options.limits.maxDepth));
            auto e = node(m_tok.kind == Tok::Minus ? Op::Negate : Op::Positive, m_tok.pos);
            if (!advance())
                return nullptr;
            auto operand = unary(depth + 1);
            if (!operand)
                return nullptr;
            e->kids.push_back(std::move(operand));
            if (!checkDepth(*e))
                return nullptr;
            return e;
        }
        return postfix(depth);
    }

    std::unique_ptr<Expr> postfix(int depth)
    {
        auto e = term(depth);
        if (!e)
            return nullptr;
        for (;;) {
            if (m_tok.kind == Tok::Dot) {
                if (!advance())
                    return nullptr;
                auto inv = invocation(depth, std::move(e));
                if (!inv)
                    return nullptr;
                e = std::move(inv);
            } else if (m_tok.kind == Tok::LBracket) {
                auto ix = node(Op::Indexer, m_tok.pos);
                if (!advance())
                    return nullptr;
                auto index = expression(0, depth + 1);
                if (!index || !expect(Tok::RBracket, "']'"))
                    return nullptr;
                ix->kids.push_back(std::move(e));
                ix->kids.push_back(std::move(index));
                if (!checkDepth(*ix))
                    return nullptr;
                e = std::move(ix);
            } else {
                return e;
            }
        }
    }

    std::unique_ptr<Expr> literal(Item value, qsizetype pos)
    {
        auto e = node(Op::Literal, pos);
        e->literal = std::move(value);
        return e;
    }

    std::unique_ptr<Expr> term(int depth)
    {
        const Token t = m_tok;
        switch (t.kind) {
        case Tok::LParen: {
            if (!advance())
                return nullptr;
            auto e = expression(0, depth + 1);
            if (!e || !expect(Tok::RParen, "')'"))
                return nullptr;
            return e;
        }
        case Tok::LBrace:
            if (!advance() || !expect(Tok::RBrace, "'}'"))
                return nullptr;
            return node(Op::EmptyLiteral, t.pos);
        case Tok::String:
            if (!advance())
                return nullptr;
            return literal(Item::string(t.text), t.pos);
        case Tok::Number:
            return numberOrQuantity();
        case Tok::Date:
        case Tok::DateTime:
        case Tok::Time: {
            const Temporal::Kind kind = t.kind == Tok::Date       ? Temporal::Kind::Date
                                        : t.kind == Tok::DateTime ? Temporal::Kind::DateTime
                                                                  : Temporal::Kind::Time;
            const auto value = Temporal::parse(kind, t.text);
            if (!value) {
                syntax(t.pos, QStringLiteral("invalid date/time literal"));
                return nullptr;
            }
            if (!advance())
                return nullptr;
            return literal(Item::temporal(*value), t.pos);
        }
        case Tok::This:
        case Tok::Index:
        case Tok::Total:
            if (!advance())
                return nullptr;
            return node(t.kind == Tok::This ? Op::This : t.kind == Tok::Index ? Op::Index : Op::Total, t.pos);
        case Tok::Variable: {
            if (!advance())
                return nullptr;
            auto e = node(Op::Variable, t.pos);
            e->name = t.text;
            variables.insert(t.text);
            return e;
        }
        case Tok::Identifier:
            if (t.text == u"true" || t.text == u"false") {
                if (!advance())
                    return nullptr;
                return literal(Item::boolean(t.text == u"true"), t.pos);
            }
            return invocation(depth, nullptr);
        case Tok::Delimited:
            return invocation(depth, nullptr);
        case Tok::End:
            syntax(t.pos, QStringLiteral("unexpected end of expression"));
            return nullptr;
        default:
            syntax(t.pos, QStringLiteral("unexpected token"));
            return nullptr;
        }
    }

    std::unique_ptr<Expr> numberOrQuantity()
    {
        const Token t = m_tok;
        if (!advance())
            return nullptr;
        const bool isDecimal = t.text.contains(u'.');
        // A unit directly after a number makes a quantity: 4 'mg', 4 days.
        if (m_tok.kind == Tok::String
            || (m_tok.kind == Tok::Identifier && !detail::calendarKeyword(m_tok.text).isEmpty())) {
            const auto value = Decimal::parse(t.text);
            if (!value) {
                failWith(ErrorCode::Overflow, t.pos, QStringLiteral("number out of range"));
                return nullptr;
            }
            const QString unit = m_tok.kind == Tok::String ? m_tok.text : detail::calendarKeyword(m_tok.text);
            if (unit.isEmpty()) {
                syntax(m_tok.pos, QStringLiteral("empty unit"));
                return nullptr;
            }
            if (!advance())
                return nullptr;
            return literal(Item::quantity(Quantity{*value, unit}), t.pos);
        }
        if (!isDecimal) {
            const auto i = detail::parseInteger(t.text);
            if (!i) {
                failWith(ErrorCode::Overflow, t.pos, QStringLiteral("integer literal out of range"));
                return nullptr;
            }
            return literal(Item::integer(*i), t.pos);
        }
        const auto d = Decimal::parse(t.text);
        if (!d) {
            failWith(ErrorCode::Overflow, t.pos, QStringLiteral("decimal literal out of range"));
            return nullptr;
        }
        return literal(Item::decimal(*d), t.pos);
    }

    // identifier or function call, applied to focus (null: the context).
    std::unique_ptr<Expr> invocation(int depth, std::unique_ptr<Expr> focus)
    {
        const Token t = m_tok;
        if (t.kind == Tok::This || t.kind == Tok::Index || t.kind == Tok::Total) {
            // `x.$this` is not in the grammar's invocation after a dot for $index/$total; accept $this only.
            syntax(t.pos, QStringLiteral("unexpected special variable after '.'"));
            return nullptr;
        }
        if (t.kind != Tok::Identifier && t.kind != Tok::Delimited) {
            syntax(t.pos, QStringLiteral("expected an identifier"));
            return nullptr;
        }
        if (t.kind == Tok::Identifier && isReserved(t.text)) {
            syntax(t.pos, QStringLiteral("unexpected keyword '%1'").arg(t.text));
            return nullptr;
        }
        if (!advance())
            return nullptr;
        if (m_tok.kind != Tok::LParen || t.kind == Tok::Delimited) {
            auto e = node(Op::Member, t.pos);
            e->name = t.text;
            e->kids.push_back(std::move(focus));
            if (!checkDepth(*e))
                return nullptr;
            return e;
        }
        // A function call.
        if (depth > m_options.limits.maxDepth)
            return failWith(ErrorCode::TooDeep, t.pos,
                            QStringLiteral("nesting deeper than %1").arg(m_options.limits.maxDepth));
        auto e = node(Op::Call, t.pos);
        e->name = t.text;
        e->kids.push_back(std::move(focus));
        if (!advance())
            return nullptr;
        if (m_tok.kind != Tok::RParen) {
            for (;;) {
                auto arg = expression(0, depth + 1);
                if (!arg)
                    return nullptr;
                e->kids.push_back(std::move(arg));
                if (e->kids.size() > 16) {
                    syntax(m_tok.pos, QStringLiteral("too many arguments"));
                    return nullptr;
                }
                if (m_tok.kind == Tok::Comma) {
                    if (!advance())
                        return nullptr;
                    continue;
                }
                break;
            }
        }
        if (!expect(Tok::RParen, "')'"))
            return nullptr;
        const int argc = static_cast<int>(e->kids.size()) - 1;
        if (const detail::Builtin *b = detail::findBuiltin(e->name)) {
            e->fn = b->fn;
            if (argc < b->minArgs || argc > b->maxArgs)
                return failWith(ErrorCode::WrongArgumentCount, t.pos,
                                QStringLiteral("%1() takes %2 to %3 arguments, not %4")
                                    .arg(e->name)
                                    .arg(b->minArgs)
                                    .arg(b->maxArgs)
                                    .arg(argc));
            if (b->typeArg) {
                // is(T), as(T), ofType(T): the argument is a type specifier, not an expression.
                if (!typeFromExpression(*e->kids[1], e->type))
                    return failWith(ErrorCode::Syntax, e->kids[1]->pos, QStringLiteral("expected a type name"));
                e->kids.resize(1);
            }
        } else if (m_options.functions && m_options.functions->contains(e->name)) {
            e->fn = detail::Fn::Host;
            const auto *entry = m_options.functions->find(e->name);
            if (argc < entry->minArgs || argc > entry->maxArgs)
                return failWith(ErrorCode::WrongArgumentCount, t.pos,
                                QStringLiteral("%1() takes %2 to %3 arguments, not %4")
                                    .arg(e->name)
                                    .arg(entry->minArgs)
                                    .arg(entry->maxArgs)
                                    .arg(argc));
        } else if (m_options.allowUnknownFunctions) {
            e->fn = detail::Fn::Host;
        } else {
            return failWith(ErrorCode::UnknownFunction, t.pos, e->name);
        }
        functions.insert(e->name);
        if (!checkDepth(*e))
            return nullptr;
        return e;
    }

    // qualifiedIdentifier after is/as: identifier ('.' identifier)?
    bool typeSpecifier(detail::TypeSpec &type)
    {
        if (m_tok.kind != Tok::Identifier && m_tok.kind != Tok::Delimited) {
            syntax(m_tok.pos, QStringLiteral("expected a type name"));
            return false;
        }
        QString first = m_tok.text;
        if (!advance())
            return false;
        if (m_tok.kind == Tok::Dot) {
            if (!advance())
                return false;
            if (m_tok.kind != Tok::Identifier && m_tok.kind != Tok::Delimited) {
                syntax(m_tok.pos, QStringLiteral("expected a type name"));
                return false;
            }
            type.ns = first;
            type.name = m_tok.text;
            return advance();
        }
        type.name = first;
        return true;
    }

    static bool typeFromExpression(const Expr &e, detail::TypeSpec &type)
    {
        if (e.op != Op::Member)
            return false;
        const Expr *focus = e.kids.empty() ? nullptr : e.kids[0].get();
        if (!focus) {
            type.name = e.name;
            return true;
        }
        if (focus->op != Op::Member || (!focus->kids.empty() && focus->kids[0]))
            return false;
        type.ns = focus->name;
        type.name = e.name;
        return true;
    }

    Lexer m_lexer;
    const ParseOptions &m_options;
    Token m_tok;
    Error m_error;
};

} // namespace

Result<Expression> Expression::parse(QStringView text, const ParseOptions &options)
{
    if (text.size() > options.limits.maxExpressionLength)
        return fail(
            Error{ErrorCode::TooLong,
                  QStringLiteral("expression longer than %1 characters").arg(options.limits.maxExpressionLength),
                  options.limits.maxExpressionLength});
    Parser parser(text, options);
    auto root = parser.parse();
    if (!root)
        return fail(root.error());
    auto ast = std::make_shared<detail::Ast>();
    ast->text = text.toString();
    ast->root = std::move(*root);
    ast->variables = QStringList(parser.variables.begin(), parser.variables.end());
    ast->variables.sort();
    ast->functions = QStringList(parser.functions.begin(), parser.functions.end());
    ast->functions.sort();
    Expression e;
    e.m_ast = std::move(ast);
    return e;
}

const QString &Expression::text() const
{
    static const QString empty;
    return m_ast ? m_ast->text : empty;
}

QStringList Expression::variableNames() const
{
    return m_ast ? m_ast->variables : QStringList();
}

QStringList Expression::functionNames() const
{
    return m_ast ? m_ast->functions : QStringList();
}

} // namespace veldwerk::fhirpath
