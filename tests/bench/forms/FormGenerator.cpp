// bench_form_generate: the input of the forms benchmark, byte for byte the same for the same arguments on every
// machine. Writes into DIR:
//   questionnaire.json  an R4 Questionnaire of N items (groups included), E of them with enableWhen and C readOnly
//                       items with an SDC calculatedExpression (FHIRPath)
//   response.json       a QuestionnaireResponse answering about 60 % of the questions that are enabled in the
//                       state it describes (a realistic half-filled form; calculated items are left to the engine)
//   one-answer.json     the answer the re-evaluation benchmark changes, and what depends on it
// then reads the files back and exits 1 when they do not hold exactly what was asked (the self-check).
//   bench_form_generate --out DIR [--items 1000 --enable-when 300 --calculated 100 --seed 1]
// Results go to stdout as name=value lines, like the other benchmarks.
#include "../BenchStats.h"

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace {

namespace bench = veldwerk::bench;

const QString ExtCalculated =
    QStringLiteral("http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression");
const QString ExtItemControl = QStringLiteral("http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl");
const QString ExtOrdinal = QStringLiteral("http://hl7.org/fhir/StructureDefinition/ordinalValue");
const QString ItemControlSystem = QStringLiteral("http://hl7.org/fhir/questionnaire-item-control");
const QString AnswerSystem = QStringLiteral("http://veldwerk.example/fhir/CodeSystem/bench-antwoorden");
const QString QuestionnaireUrl = QStringLiteral("http://veldwerk.example/fhir/Questionnaire/bench-form");

constexpr int AnsweredPercent = 60;
// Conditions name a question at most this many questions back: real instruments ask follow-up questions near
// the question they follow up.
constexpr int ConditionWindow = 80;
constexpr int ChainPercent = 30; // how often a condition prefers a question that has enableWhen itself
constexpr int KeyOptions = 4;

[[noreturn]] void die(int code, const QString &what)
{
    std::fprintf(stderr, "bench_form_generate: %s\n", qPrintable(what));
    std::exit(code);
}

// SplitMix64. The standard library's distributions differ between implementations; the form must not.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    template <typename T>
    const T &pick(const std::vector<T> &from)
    {
        return from[static_cast<std::size_t>(below(static_cast<int>(from.size())))];
    }
    template <typename T>
    void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[static_cast<std::size_t>(below(static_cast<int>(i)))]);
    }

private:
    std::uint64_t m_state;
};

enum class Type { Group, Boolean, Choice, Integer, Decimal, String, Text, Date };

QString typeName(Type t)
{
    switch (t) {
    case Type::Group:
        return QStringLiteral("group");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Choice:
        return QStringLiteral("choice");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Decimal:
        return QStringLiteral("decimal");
    case Type::String:
        return QStringLiteral("string");
    case Type::Text:
        return QStringLiteral("text");
    case Type::Date:
        return QStringLiteral("date");
    }
    return {};
}

bool numeric(Type t)
{
    return t == Type::Integer || t == Type::Decimal;
}

// One typed value: an answer in the response, or the value an enableWhen compares with.
struct Value {
    Type type = Type::Boolean;
    bool boolean = false;
    int integer = 0; // also the option index of a choice
    double decimal = 0;
    QString string;
    QDate date;
};

struct Condition {
    int question = -1; // item index
    QString op;        // exists, =, !=, >, <
    Value value;       // for exists: value.boolean
};

enum class Calc { Sum, Weight, CountTrue, Answered, Flag, Mean, Total };

struct Item {
    Type type = Type::Group;
    QString linkId;
    QString text;
    int parent = -1; // index of the enclosing group, -1 at the top
    int slot = -1;   // the group (in document order) that holds the item, for groups their own number
    std::vector<int> children;
    int options = 0;
    bool dropDown = false;
    std::vector<Condition> enableWhen;
    bool any = false;
    bool calculated = false;
    Calc calc = Calc::Answered;
    QString expression;
    std::vector<int> references; // items the expression names
};

struct Params {
    int items = 1000;
    int enableWhen = 300;
    int calculated = 100;
    std::uint64_t seed = 1;
};

const std::array<const char *, 40> Topics = {"slaapproblemen",
                                             "huilen",
                                             "eetproblemen",
                                             "driftbuien",
                                             "angst",
                                             "terugtrekken",
                                             "contact met leeftijdsgenoten",
                                             "spelen",
                                             "voorlezen",
                                             "samen eten",
                                             "schermgebruik",
                                             "bedtijdroutine",
                                             "zindelijkheid",
                                             "taalontwikkeling",
                                             "motoriek",
                                             "concentratie",
                                             "schoolverzuim",
                                             "ruzie thuis",
                                             "steun van familie",
                                             "geldzorgen",
                                             "huisvesting",
                                             "gezondheid van de ouder",
                                             "stress bij de ouder",
                                             "sensitief reageren",
                                             "grenzen stellen",
                                             "prijzen",
                                             "troosten",
                                             "aanraken",
                                             "oogcontact",
                                             "beurtwisseling",
                                             "benoemen van gevoelens",
                                             "structuur",
                                             "buitenspelen",
                                             "bewegen",
                                             "tandenpoetsen",
                                             "vaccinaties",
                                             "consultatiebureau",
                                             "opvang",
                                             "broertjes en zusjes",
                                             "huisdieren"};
const std::array<const char *, 20> Sections = {"Slapen",
                                               "Eten en drinken",
                                               "Spel en ontwikkeling",
                                               "Gezinssituatie",
                                               "Opvoeding",
                                               "Gezondheid",
                                               "School en opvang",
                                               "Sociale contacten",
                                               "Taal",
                                               "Motoriek",
                                               "Gedrag",
                                               "Emoties",
                                               "Interactie ouder-kind",
                                               "Veiligheid",
                                               "Netwerk",
                                               "Financiën",
                                               "Wonen",
                                               "Zorggebruik",
                                               "Dagritme",
                                               "Afsluiting"};
const std::array<const char *, 5> OptionTexts = {"nooit", "zelden", "soms", "vaak", "altijd"};
const std::array<const char *, 12> Words = {"oma",  "opvang", "buurvrouw", "school", "huisarts", "sport",
                                            "kerk", "vader",  "moeder",    "oppas",  "juf",      "logopedist"};

class Generator {
public:
    explicit Generator(const Params &p)
        : m_p(p)
        , m_random(p.seed)
    {
    }

    void plan();
    QJsonObject questionnaire() const;
    QJsonObject response() const;
    QJsonObject oneAnswer() const;

    const std::vector<Item> &items() const { return m_items; }
    int groups() const { return m_groups; }
    int nestedGroups() const { return m_nested; }
    int key() const { return m_key; }
    int enabledQuestions() const { return m_enabledQuestions; }
    int answered() const { return m_answered; }
    int changedEnabled() const { return static_cast<int>(m_changed.size()); }

private:
    void layOut();
    Type questionType();
    void addQuestion(int group, Type type);
    void chooseKey();
    void addCalculations();
    void addEnableWhen();
    Condition condition(int item);
    void fill();
    bool enabledAt(std::size_t i, const std::vector<bool> &enabled,
                   const std::vector<std::optional<Value>> &answers) const;
    std::vector<bool> evaluate(std::vector<std::optional<Value>> answers) const;
    bool holds(const Condition &c, const std::vector<std::optional<Value>> &answers) const;
    Value randomValue(const Item &item);
    QString lookup(const std::vector<int> &questions) const;
    std::vector<int> questionsIn(int slot, bool (*wanted)(Type)) const;
    QJsonObject itemJson(int index) const;
    static QJsonObject answerJson(const Value &v);
    static QJsonObject coding(int option);
    std::optional<QJsonObject> responseItem(int index) const;

    Params m_p;
    Random m_random;
    std::vector<Item> m_items;
    std::vector<int> m_top;         // top-level groups
    std::vector<int> m_slots;       // all groups in document order
    std::vector<int> m_numericCalc; // calculated items with a numeric result, in document order
    int m_groups = 0;
    int m_nested = 0;
    int m_key = -1;
    std::vector<int> m_forced; // items whose enableWhen the key decides, chosen by hand
    std::vector<std::optional<Value>> m_answers;
    std::vector<bool> m_enabled;
    std::vector<int> m_changed; // items whose enabled state the one answer changes
    int m_enabledQuestions = 0;
    int m_answered = 0;
};

Type Generator::questionType()
{
    // A mix like that of the instruments in the seeds: mostly closed questions, some numbers, few free texts.
    const int r = m_random.below(100);
    if (r < 22)
        return Type::Boolean;
    if (r < 52)
        return Type::Choice;
    if (r < 67)
        return Type::Integer;
    if (r < 77)
        return Type::Decimal;
    if (r < 85)
        return Type::String;
    if (r < 90)
        return Type::Text;
    return Type::Date;
}

void Generator::addQuestion(int group, Type type)
{
    Item q;
    q.type = type;
    q.parent = group;
    q.slot = m_items[static_cast<std::size_t>(group)].slot;
    const QString topic =
        QString::fromUtf8(Topics[static_cast<std::size_t>(m_random.below(static_cast<int>(Topics.size())))]);
    switch (type) {
    case Type::Boolean:
        q.text = QStringLiteral("Is er sprake van %1?").arg(topic);
        break;
    case Type::Choice:
        q.options = m_random.between(3, 5);
        q.dropDown = q.options == 5 || m_random.percent(25);
        q.text = QStringLiteral("Hoe vaak komt %1 voor?").arg(topic);
        break;
    case Type::Integer:
        q.text = QStringLiteral("Hoe vaak in de afgelopen week: %1?").arg(topic);
        break;
    case Type::Decimal:
        q.text = QStringLiteral("Score %1 (0-100)").arg(topic);
        break;
    case Type::String:
        q.text = QStringLiteral("Wie helpt bij %1?").arg(topic);
        break;
    case Type::Text:
        q.text = QStringLiteral("Toelichting bij %1").arg(topic);
        break;
    case Type::Date:
        q.text = QStringLiteral("Datum laatste gesprek over %1").arg(topic);
        break;
    case Type::Group:
        break;
    }
    m_items.push_back(q);
    m_items[static_cast<std::size_t>(group)].children.push_back(static_cast<int>(m_items.size() - 1));
}

// Groups, nested groups and questions in document order. About one group per 25 items; a quarter of the groups
// sit inside another (two levels); every group ends with its calculated items, as scored sections do.
void Generator::layOut()
{
    m_groups = std::max(2, (m_p.items + 12) / 25);
    m_nested = m_groups / 4;
    const int top = m_groups - m_nested;
    const int questions = m_p.items - m_groups;
    const int perGroup = questions / m_groups;
    const int extra = questions % m_groups;
    auto questionsOf = [&](int slot) { return perGroup + (slot < extra ? 1 : 0); };
    // Calculated items spread evenly over the groups: slot s gets floor((s+1)C/G) - floor(sC/G).
    auto calculatedOf = [&](int slot) {
        return (slot + 1) * m_p.calculated / m_groups - slot * m_p.calculated / m_groups;
    };

    int slot = 0;
    int nestedPlaced = 0;
    std::vector<std::pair<int, int>> groupCalc; // group item, number of calculated items at its end
    auto newGroup = [&](int parent) {
        Item g;
        g.type = Type::Group;
        g.parent = parent;
        g.slot = slot;
        g.linkId = QStringLiteral("g%1").arg(slot + 1, 2, 10, QLatin1Char('0'));
        g.text = QStringLiteral("%1. %2").arg(slot + 1).arg(
            QString::fromUtf8(Sections[static_cast<std::size_t>(slot) % Sections.size()]));
        m_items.push_back(g);
        const int index = static_cast<int>(m_items.size() - 1);
        if (parent >= 0)
            m_items[static_cast<std::size_t>(parent)].children.push_back(index);
        m_slots.push_back(index);
        ++slot;
        return index;
    };
    for (int t = 0; t < top; ++t) {
        const int group = newGroup(-1);
        m_top.push_back(group);
        const int ownSlot = m_items[static_cast<std::size_t>(group)].slot;
        const int open = questionsOf(ownSlot) - calculatedOf(ownSlot);
        // Nested group k sits in top group floor(k * top / nested) + top / (2 * nested), spread evenly.
        const bool hasNested =
            nestedPlaced < m_nested && t == nestedPlaced * top / m_nested + top / (2 * std::max(1, m_nested));
        for (int i = 0; i < open; ++i) {
            if (hasNested && i == open / 2) {
                const int inner = newGroup(group);
                const int innerSlot = m_items[static_cast<std::size_t>(inner)].slot;
                for (int j = 0; j < questionsOf(innerSlot) - calculatedOf(innerSlot); ++j)
                    addQuestion(inner, questionType());
                groupCalc.emplace_back(inner, calculatedOf(innerSlot));
                for (int j = 0; j < calculatedOf(innerSlot); ++j)
                    addQuestion(inner, Type::Decimal);
                ++nestedPlaced;
            }
            addQuestion(group, questionType());
        }
        groupCalc.emplace_back(group, calculatedOf(ownSlot));
        for (int j = 0; j < calculatedOf(ownSlot); ++j)
            addQuestion(group, Type::Decimal);
    }
    if (nestedPlaced != m_nested)
        die(2, QStringLiteral("te weinig groepen voor %1 geneste groepen").arg(m_nested));
    // The calculated items are the last children of their group; mark them so.
    for (const auto &[group, count] : groupCalc) {
        const auto &children = m_items[static_cast<std::size_t>(group)].children;
        for (int j = 0; j < count; ++j)
            m_items[static_cast<std::size_t>(children[children.size() - 1 - static_cast<std::size_t>(j)])].calculated =
                true;
    }
    int number = 0;
    for (auto &item : m_items) {
        if (item.type != Type::Group)
            item.linkId = QStringLiteral("q%1").arg(++number, 4, 10, QLatin1Char('0'));
    }
}

std::vector<int> Generator::questionsIn(int slot, bool (*wanted)(Type)) const
{
    std::vector<int> out;
    for (int child : m_items[static_cast<std::size_t>(m_slots[static_cast<std::size_t>(slot)])].children) {
        const Item &c = m_items[static_cast<std::size_t>(child)];
        if (c.type != Type::Group && !c.calculated && wanted(c.type))
            out.push_back(child);
    }
    return out;
}

// The key: the question the one answer changes. The first open question of the second group, made a choice with
// four ordered options, so that weights, enableWhen on codes and a whole group depend on it.
void Generator::chooseKey()
{
    for (int child : m_items[static_cast<std::size_t>(m_slots[1])].children) {
        Item &c = m_items[static_cast<std::size_t>(child)];
        if (c.type != Type::Group && !c.calculated) {
            c.type = Type::Choice;
            c.options = KeyOptions;
            c.dropDown = false;
            c.text = QStringLiteral("Hoe vaak is er ruzie thuis?");
            m_key = child;
            return;
        }
    }
    die(1, QStringLiteral("de tweede groep heeft geen open vraag"));
}

QString Generator::lookup(const std::vector<int> &questions) const
{
    QStringList parts;
    for (int q : questions)
        parts << QStringLiteral("linkId='%1'").arg(m_items[static_cast<std::size_t>(q)].linkId);
    return QStringLiteral("%resource.repeat(item).where(%1)").arg(parts.join(QStringLiteral(" or ")));
}

// The calculated items, in document order: sums and counts over their own group's answers, weighted scores
// (ordinalValue through weight()), a flag with iif, a weighted mean, and totals of earlier groups' scores. Only
// functions that LHC-Forms 40 (fhirpath.js 4) and plain FHIRPath with the SDC weight() both evaluate.
void Generator::addCalculations()
{
    static const std::array<Calc, 7> Cycle = {Calc::Sum,  Calc::Weight, Calc::CountTrue, Calc::Answered,
                                              Calc::Flag, Calc::Mean,   Calc::Total};
    std::size_t next = 0;
    const int keySlot = m_items[static_cast<std::size_t>(m_key)].slot;
    int keyCalcs = 0;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (!item.calculated)
            continue;
        std::vector<int> numbers = questionsIn(item.slot, [](Type t) { return numeric(t); });
        std::vector<int> booleans = questionsIn(item.slot, [](Type t) { return t == Type::Boolean; });
        std::vector<int> choices = questionsIn(item.slot, [](Type t) { return t == Type::Choice; });
        std::vector<int> any = questionsIn(item.slot, [](Type) { return true; });
        auto some = [&](std::vector<int> from, int low, int high) {
            m_random.shuffle(from);
            from.resize(
                static_cast<std::size_t>(std::min<int>(static_cast<int>(from.size()), m_random.between(low, high))));
            std::sort(from.begin(), from.end());
            return from;
        };
        Calc kind = Cycle[next++ % Cycle.size()];
        // The key's group: its first two calculated items name the key (a weighted score and a count).
        if (item.slot == keySlot && keyCalcs < 2)
            kind = keyCalcs == 0 ? Calc::Weight : Calc::Answered;
        const bool enough = (kind == Calc::Sum && !numbers.empty()) || (kind == Calc::Weight && !choices.empty())
                            || (kind == Calc::CountTrue && !booleans.empty())
                            || (kind == Calc::Answered && !any.empty()) || (kind == Calc::Flag && !numbers.empty())
                            || (kind == Calc::Mean && numbers.size() >= 2)
                            || (kind == Calc::Total && m_numericCalc.size() >= 2);
        if (!enough)
            kind = Calc::Answered;
        if (any.empty())
            die(1, QStringLiteral("groep %1 heeft geen open vragen").arg(item.slot + 1));
        item.calc = kind;
        switch (kind) {
        case Calc::Sum:
            item.references = some(numbers, 2, 4);
            item.expression = lookup(item.references) + QStringLiteral(".answer.value.sum()");
            item.text = QStringLiteral("Totaal van de aantallen en scores");
            break;
        case Calc::Weight:
            item.references = some(choices, 2, 5);
            item.expression = lookup(item.references) + QStringLiteral(".answer.value.weight().sum()");
            item.text = QStringLiteral("Gewogen score");
            break;
        case Calc::CountTrue:
            item.references = some(booleans, 2, 5);
            item.type = Type::Integer;
            item.expression = lookup(item.references) + QStringLiteral(".answer.where(value = true).count()");
            item.text = QStringLiteral("Aantal keer 'ja'");
            break;
        case Calc::Answered:
            item.references = some(any, 3, 6);
            item.type = Type::Integer;
            item.expression = lookup(item.references) + QStringLiteral(".where(answer.exists()).count()");
            item.text = QStringLiteral("Aantal beantwoorde vragen");
            break;
        case Calc::Flag: {
            item.references = some(numbers, 1, 1);
            const Item &q = m_items[static_cast<std::size_t>(item.references[0])];
            const QString limit = q.type == Type::Integer ? QStringLiteral("5") : QStringLiteral("50.0");
            item.type = Type::String;
            item.expression = QStringLiteral("iif(%1.answer.value > %2, 'verhoogd', 'niet verhoogd')")
                                  .arg(lookup(item.references), limit);
            item.text = QStringLiteral("Signalering");
            break;
        }
        case Calc::Mean: {
            item.references = some(numbers, 2, 2);
            item.expression = QStringLiteral("(%1.answer.value * 2 + %2.answer.value) / 3")
                                  .arg(lookup({item.references[0]}), lookup({item.references[1]}));
            item.text = QStringLiteral("Gewogen gemiddelde");
            break;
        }
        case Calc::Total:
            item.references = some(m_numericCalc, 2, 4);
            item.expression = lookup(item.references) + QStringLiteral(".answer.value.sum()");
            item.text = QStringLiteral("Totaal van eerdere scores");
            break;
        }
        if (item.slot == keySlot && keyCalcs < 2) {
            // Name the key among the references (it is a choice, and any question counts for Answered).
            if (std::find(item.references.begin(), item.references.end(), m_key) == item.references.end()) {
                item.references.push_back(m_key);
                std::sort(item.references.begin(), item.references.end());
                item.expression = lookup(item.references)
                                  + (kind == Calc::Weight ? QStringLiteral(".answer.value.weight().sum()")
                                                          : QStringLiteral(".where(answer.exists()).count()"));
            }
            ++keyCalcs;
        }
        if (item.type == Type::Decimal)
            m_numericCalc.push_back(static_cast<int>(i));
    }
}

Value Generator::randomValue(const Item &item)
{
    Value v;
    v.type = item.type;
    switch (item.type) {
    case Type::Boolean:
        v.boolean = m_random.percent(50);
        break;
    case Type::Choice:
        v.integer = m_random.below(item.options);
        break;
    case Type::Integer:
        v.integer = m_random.between(0, 10);
        break;
    case Type::Decimal:
        v.decimal = m_random.between(0, 1000) / 10.0;
        break;
    case Type::String:
        v.string = QString::fromUtf8(Words[static_cast<std::size_t>(m_random.below(static_cast<int>(Words.size())))]);
        break;
    case Type::Text:
        v.string = QStringLiteral("Besproken met %1; afgesproken om over twee weken terug te komen.")
                       .arg(QString::fromUtf8(
                           Words[static_cast<std::size_t>(m_random.below(static_cast<int>(Words.size())))]));
        break;
    case Type::Date:
        v.date = QDate(2023, 1, 1).addDays(m_random.below(3 * 365));
        break;
    case Type::Group:
        break;
    }
    return v;
}

// One condition on an earlier question, with an operator that suits its type and a value that holds for about
// half of the answers.
Condition Generator::condition(int item)
{
    std::vector<int> window, chained;
    int seen = 0;
    for (int j = item - 1; j >= 0 && seen < ConditionWindow; --j) {
        const Item &t = m_items[static_cast<std::size_t>(j)];
        if (t.type == Type::Group || t.calculated || j == m_key)
            continue;
        // Never a question inside the item itself (a group's own questions).
        bool inside = false;
        for (int p = t.parent; p >= 0; p = m_items[static_cast<std::size_t>(p)].parent)
            inside = inside || p == item;
        if (inside)
            continue;
        ++seen;
        window.push_back(j);
        if (!t.enableWhen.empty())
            chained.push_back(j);
    }
    if (window.empty())
        die(1, QStringLiteral("geen eerdere vraag voor de voorwaarde van item %1").arg(item));
    const int target =
        !chained.empty() && m_random.percent(ChainPercent) ? m_random.pick(chained) : m_random.pick(window);
    const Item &t = m_items[static_cast<std::size_t>(target)];
    Condition c;
    c.question = target;
    c.value = randomValue(t);
    const int r = m_random.below(100);
    auto exists = [&] {
        c.op = QStringLiteral("exists");
        c.value = Value{};
        c.value.boolean = m_random.percent(80);
    };
    switch (t.type) {
    case Type::Boolean:
        if (r < 40)
            c.op = QStringLiteral("=");
        else if (r < 70)
            c.op = QStringLiteral("!=");
        else
            exists();
        break;
    case Type::Choice:
        if (r < 50)
            c.op = QStringLiteral("=");
        else if (r < 75)
            c.op = QStringLiteral("!=");
        else
            exists();
        break;
    case Type::Integer:
        if (r < 35)
            c.op = QStringLiteral(">");
        else if (r < 60)
            c.op = QStringLiteral("<");
        else if (r < 80)
            c.op = QStringLiteral("=");
        else
            exists();
        break;
    case Type::Decimal:
    case Type::Date:
        c.op = r < 50 ? QStringLiteral(">") : QStringLiteral("<");
        break;
    case Type::String:
    case Type::Text:
    case Type::Group:
        exists();
        break;
    }
    return c;
}

void Generator::addEnableWhen()
{
    const int keySlot = m_items[static_cast<std::size_t>(m_key)].slot;
    // Hand-picked dependents of the key, in the groups after the key's own: a question shown for the key's
    // current answer (and one that follows up on it, so hiding it cascades), two shown for other answers, and a
    // nested group shown unless the key is at its highest, which the one answer hides with all it holds.
    int nestedAfter = -1;
    for (int slot = keySlot + 1; slot < static_cast<int>(m_slots.size()) && nestedAfter < 0; ++slot) {
        if (m_items[static_cast<std::size_t>(m_slots[static_cast<std::size_t>(slot)])].parent >= 0)
            nestedAfter = m_slots[static_cast<std::size_t>(slot)];
    }
    // The questions shown or hidden one by one lie outside that group, so that it alone decides them.
    std::vector<int> open;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item &it = m_items[i];
        if (it.type != Type::Group && !it.calculated && it.slot > keySlot && static_cast<int>(i) != m_key
            && it.parent != nestedAfter)
            open.push_back(static_cast<int>(i));
    }
    if (open.size() < 8 || nestedAfter < 0 || m_p.enableWhen < 5)
        die(2, QStringLiteral("te klein formulier voor de afhankelijkheden van de sleutelvraag"));
    auto keyCondition = [&](const QString &op, int option) {
        Condition c;
        c.question = m_key;
        c.op = op;
        c.value.type = Type::Choice;
        c.value.integer = option;
        return c;
    };
    const int shownNow = open[0], followUp = open[3], shownOther = open[1], shownHighest = open[2];
    m_items[static_cast<std::size_t>(shownNow)].enableWhen = {keyCondition(QStringLiteral("="), 0)};
    m_items[static_cast<std::size_t>(shownOther)].enableWhen = {keyCondition(QStringLiteral("!="), 0)};
    m_items[static_cast<std::size_t>(shownHighest)].enableWhen = {keyCondition(QStringLiteral("="), KeyOptions - 1)};
    m_items[static_cast<std::size_t>(nestedAfter)].enableWhen = {keyCondition(QStringLiteral("!="), KeyOptions - 1)};
    Condition follow;
    follow.question = shownNow;
    follow.op = QStringLiteral("exists");
    follow.value.boolean = true;
    m_items[static_cast<std::size_t>(followUp)].enableWhen = {follow};
    m_forced = {shownNow, shownOther, shownHighest, nestedAfter, followUp};

    // The rest: open questions after the first group, chosen at random, given conditions in document order so
    // that chains can form.
    std::vector<int> candidates;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item &it = m_items[i];
        const int index = static_cast<int>(i);
        if (it.type != Type::Group && !it.calculated && it.slot > 0 && index != m_key
            && std::find(m_forced.begin(), m_forced.end(), index) == m_forced.end())
            candidates.push_back(index);
    }
    const int wanted = m_p.enableWhen - static_cast<int>(m_forced.size());
    if (wanted > static_cast<int>(candidates.size()))
        die(2, QStringLiteral("%1 items met enableWhen gevraagd, er zijn maar %2 open vragen")
                   .arg(m_p.enableWhen)
                   .arg(candidates.size() + m_forced.size()));
    m_random.shuffle(candidates);
    candidates.resize(static_cast<std::size_t>(wanted));
    std::sort(candidates.begin(), candidates.end());
    for (int index : candidates) {
        Item &it = m_items[static_cast<std::size_t>(index)];
        const int count = m_random.percent(20) ? m_random.between(2, 3) : 1;
        for (int k = 0; k < count; ++k)
            it.enableWhen.push_back(condition(index));
        it.any = count > 1 && m_random.percent(50);
    }
}

bool Generator::holds(const Condition &c, const std::vector<std::optional<Value>> &answers) const
{
    const std::optional<Value> &a = answers[static_cast<std::size_t>(c.question)];
    if (c.op == QLatin1String("exists"))
        return a.has_value() == c.value.boolean;
    // FHIR R4 (QuestionnaireItemOperator): "!=" is "true if no answer has a value that is equal to the
    // enableWhen answer", so it holds for a question without an answer; every other comparison needs an answer.
    // A disabled question counts as unanswered (Questionnaire.item.enableWhen). LHC-Forms 40 reads it the same.
    if (!a)
        return c.op == QLatin1String("!=");
    int order = 0;
    switch (a->type) {
    case Type::Boolean:
        order = a->boolean == c.value.boolean ? 0 : 1;
        break;
    case Type::Choice:
    case Type::Integer:
        order = a->integer < c.value.integer ? -1 : (a->integer > c.value.integer ? 1 : 0);
        break;
    case Type::Decimal:
        order = a->decimal < c.value.decimal ? -1 : (a->decimal > c.value.decimal ? 1 : 0);
        break;
    case Type::Date:
        order = a->date < c.value.date ? -1 : (a->date > c.value.date ? 1 : 0);
        break;
    case Type::String:
    case Type::Text:
        order = a->string == c.value.string ? 0 : 1;
        break;
    case Type::Group:
        break;
    }
    if (c.op == QLatin1String("="))
        return order == 0;
    if (c.op == QLatin1String("!="))
        return order != 0;
    if (c.op == QLatin1String(">"))
        return order > 0;
    return order < 0;
}

// Whether item i is enabled, given the state of the items before it: conditions only name earlier questions, so
// one pass in document order settles everything.
bool Generator::enabledAt(std::size_t i, const std::vector<bool> &enabled,
                          const std::vector<std::optional<Value>> &answers) const
{
    const Item &it = m_items[i];
    if (it.parent >= 0 && !enabled[static_cast<std::size_t>(it.parent)])
        return false;
    if (it.enableWhen.empty())
        return true;
    bool all = true, some = false;
    for (const Condition &c : it.enableWhen) {
        const bool h = holds(c, answers);
        all = all && h;
        some = some || h;
    }
    return it.any ? some : all;
}

// Which items are enabled for these answers. Answers of disabled questions do not count (R4).
std::vector<bool> Generator::evaluate(std::vector<std::optional<Value>> answers) const
{
    std::vector<bool> enabled(m_items.size(), true);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        enabled[i] = enabledAt(i, enabled, answers);
        if (!enabled[i])
            answers[i].reset();
    }
    return enabled;
}

// The filled state: in document order, each enabled open question is answered with a chance of 60 %; the key
// gets its lowest option and the question shown for it an answer, so that the one answer has something to undo.
void Generator::fill()
{
    m_answers.assign(m_items.size(), std::nullopt);
    std::vector<bool> enabled(m_items.size(), true);
    const int shownNow = m_forced[0];
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item &it = m_items[i];
        enabled[i] = enabledAt(i, enabled, m_answers);
        if (!enabled[i] || it.type == Type::Group || it.calculated)
            continue;
        ++m_enabledQuestions;
        const int index = static_cast<int>(i);
        // The draw happens for every enabled question, so forcing two answers does not shift the others.
        const bool answer = m_random.percent(AnsweredPercent);
        Value v = randomValue(it);
        if (index == m_key)
            v.integer = 0;
        if (answer || index == m_key || index == shownNow) {
            m_answers[i] = v;
            ++m_answered;
        }
    }
    m_enabled = enabled;
    std::vector<std::optional<Value>> after = m_answers;
    after[static_cast<std::size_t>(m_key)]->integer = KeyOptions - 1;
    const std::vector<bool> enabledAfter = evaluate(after);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (enabledAfter[i] != m_enabled[i])
            m_changed.push_back(static_cast<int>(i));
    }
}

void Generator::plan()
{
    layOut();
    chooseKey();
    addCalculations();
    addEnableWhen();
    fill();
}

QJsonObject Generator::coding(int option)
{
    return QJsonObject{{QStringLiteral("system"), AnswerSystem},
                       {QStringLiteral("code"), QStringLiteral("a%1").arg(option + 1)},
                       {QStringLiteral("display"), QString::fromUtf8(OptionTexts[static_cast<std::size_t>(option)])}};
}

QJsonObject Generator::answerJson(const Value &v)
{
    switch (v.type) {
    case Type::Boolean:
        return {{QStringLiteral("valueBoolean"), v.boolean}};
    case Type::Choice:
        return {{QStringLiteral("valueCoding"), coding(v.integer)}};
    case Type::Integer:
        return {{QStringLiteral("valueInteger"), v.integer}};
    case Type::Decimal:
        return {{QStringLiteral("valueDecimal"), v.decimal}};
    case Type::String:
    case Type::Text:
        return {{QStringLiteral("valueString"), v.string}};
    case Type::Date:
        return {{QStringLiteral("valueDate"), v.date.toString(Qt::ISODate)}};
    case Type::Group:
        break;
    }
    return {};
}

QJsonObject Generator::itemJson(int index) const
{
    const Item &it = m_items[static_cast<std::size_t>(index)];
    QJsonObject o{{QStringLiteral("linkId"), it.linkId},
                  {QStringLiteral("text"), it.text},
                  {QStringLiteral("type"), typeName(it.type)}};
    QJsonArray extensions;
    if (it.type == Type::Choice) {
        // ordinalValue twice, with the same value: on the answerOption (R4 context Questionnaire.item.answerOption;
        // where LHC-Forms 40 and fhirpath.js's weight() read it) and on its valueCoding (context Coding). With only
        // the latter, LHC-Forms' weight() asks a terminology server instead.
        QJsonArray options;
        for (int k = 0; k < it.options; ++k) {
            const QJsonArray ordinal{
                QJsonObject{{QStringLiteral("url"), ExtOrdinal}, {QStringLiteral("valueDecimal"), k}}};
            QJsonObject c = coding(k);
            c.insert(QStringLiteral("extension"), ordinal);
            options.append(QJsonObject{{QStringLiteral("extension"), ordinal}, {QStringLiteral("valueCoding"), c}});
        }
        o.insert(QStringLiteral("answerOption"), options);
        const QJsonObject control{
            {QStringLiteral("system"), ItemControlSystem},
            {QStringLiteral("code"), it.dropDown ? QStringLiteral("drop-down") : QStringLiteral("radio-button")}};
        extensions.append(QJsonObject{
            {QStringLiteral("url"), ExtItemControl},
            {QStringLiteral("valueCodeableConcept"), QJsonObject{{QStringLiteral("coding"), QJsonArray{control}}}}});
    }
    if (it.calculated) {
        o.insert(QStringLiteral("readOnly"), true);
        extensions.append(QJsonObject{{QStringLiteral("url"), ExtCalculated},
                                      {QStringLiteral("valueExpression"),
                                       QJsonObject{{QStringLiteral("language"), QStringLiteral("text/fhirpath")},
                                                   {QStringLiteral("expression"), it.expression}}}});
    }
    if (!extensions.isEmpty())
        o.insert(QStringLiteral("extension"), extensions);
    if (!it.enableWhen.empty()) {
        QJsonArray conditions;
        for (const Condition &c : it.enableWhen) {
            QJsonObject j{{QStringLiteral("question"), m_items[static_cast<std::size_t>(c.question)].linkId},
                          {QStringLiteral("operator"), c.op}};
            if (c.op == QLatin1String("exists")) {
                j.insert(QStringLiteral("answerBoolean"), c.value.boolean);
            } else {
                // The answer[x] of enableWhen is named like the response's value[x].
                const QJsonObject value = answerJson(c.value);
                j.insert(QStringLiteral("answer") + value.begin().key().mid(5), value.begin().value());
            }
            conditions.append(j);
        }
        o.insert(QStringLiteral("enableWhen"), conditions);
        if (it.enableWhen.size() > 1)
            o.insert(QStringLiteral("enableBehavior"), it.any ? QStringLiteral("any") : QStringLiteral("all"));
    }
    if (it.type == Type::Group) {
        QJsonArray children;
        for (int child : it.children)
            children.append(itemJson(child));
        o.insert(QStringLiteral("item"), children);
    }
    return o;
}

QJsonObject Generator::questionnaire() const
{
    QJsonArray top;
    for (int g : m_top)
        top.append(itemJson(g));
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Questionnaire")},
        {QStringLiteral("id"), QStringLiteral("bench-form")},
        {QStringLiteral("url"), QuestionnaireUrl},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("name"), QStringLiteral("VeldwerkBenchForm")},
        {QStringLiteral("title"),
         QStringLiteral("Benchmarkformulier (%1 items, seed %2)").arg(m_p.items).arg(QString::number(m_p.seed))},
        {QStringLiteral("status"), QStringLiteral("draft")},
        {QStringLiteral("subjectType"), QJsonArray{QStringLiteral("Patient")}},
        {QStringLiteral("item"), top}};
}

std::optional<QJsonObject> Generator::responseItem(int index) const
{
    const Item &it = m_items[static_cast<std::size_t>(index)];
    QJsonObject o{{QStringLiteral("linkId"), it.linkId}, {QStringLiteral("text"), it.text}};
    if (it.type == Type::Group) {
        QJsonArray children;
        for (int child : it.children) {
            if (auto c = responseItem(child))
                children.append(*c);
        }
        if (children.isEmpty())
            return std::nullopt;
        o.insert(QStringLiteral("item"), children);
        return o;
    }
    const auto &answer = m_answers[static_cast<std::size_t>(index)];
    if (!answer)
        return std::nullopt;
    o.insert(QStringLiteral("answer"), QJsonArray{answerJson(*answer)});
    return o;
}

QJsonObject Generator::response() const
{
    QJsonArray top;
    for (int g : m_top) {
        if (auto c = responseItem(g))
            top.append(*c);
    }
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
                       {QStringLiteral("id"), QStringLiteral("bench-form-response")},
                       {QStringLiteral("questionnaire"), QuestionnaireUrl + QStringLiteral("|1")},
                       {QStringLiteral("status"), QStringLiteral("in-progress")},
                       {QStringLiteral("authored"), QStringLiteral("2025-01-15T10:30:00+01:00")},
                       {QStringLiteral("item"), top}};
}

QJsonObject Generator::oneAnswer() const
{
    const Item &key = m_items[static_cast<std::size_t>(m_key)];
    QJsonArray enableWhen, calculated, disabled, enabled, disabledBefore;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item &it = m_items[i];
        for (const Condition &c : it.enableWhen) {
            if (c.question == m_key) {
                enableWhen.append(it.linkId);
                break;
            }
        }
        if (it.calculated && std::find(it.references.begin(), it.references.end(), m_key) != it.references.end())
            calculated.append(it.linkId);
    }
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (!m_enabled[i])
            disabledBefore.append(m_items[i].linkId);
    }
    for (int i : m_changed)
        (m_enabled[static_cast<std::size_t>(i)] ? disabled : enabled)
            .append(m_items[static_cast<std::size_t>(i)].linkId);
    return QJsonObject{
        {QStringLiteral("description"),
         QStringLiteral("The answer the re-evaluation benchmark changes: question linkId, from the response's "
                        "answer to 'to'. enableWhenDependents and calculatedDependents name the items whose "
                        "enableWhen or calculatedExpression name the question directly; becomeDisabled and "
                        "becomeEnabled are the items (groups and their contents included) whose enabled state "
                        "changes, as the generator reads R4 enableWhen. disabledInResponse lists the items that are "
                        "disabled in the state response.json describes, read the same way.")},
        {QStringLiteral("linkId"), key.linkId},
        {QStringLiteral("type"), typeName(key.type)},
        {QStringLiteral("from"), answerJson(*m_answers[static_cast<std::size_t>(m_key)])},
        {QStringLiteral("to"), QJsonObject{{QStringLiteral("valueCoding"), coding(KeyOptions - 1)}}},
        {QStringLiteral("enableWhenDependents"), enableWhen},
        {QStringLiteral("calculatedDependents"), calculated},
        {QStringLiteral("becomeDisabled"), disabled},
        {QStringLiteral("becomeEnabled"), enabled},
        {QStringLiteral("disabledInResponse"), disabledBefore}};
}

// --- the self-check: counts what the files hold, not what the generator meant to write ---

struct Counts {
    int items = 0;
    int groups = 0;
    int nested = 0;
    int questions = 0;
    int enableWhen = 0;
    int calculated = 0;
    int badOrdinals = 0;
    int badReferences = 0;
    int answered = 0;
    QSet<QString> linkIds;
    QStringList expressions;
    QStringList keyConditions; // linkIds of items with a condition on the key
};

void countItems(const QJsonArray &items, int depth, Counts &c, const QString &key)
{
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString linkId = o.value(QStringLiteral("linkId")).toString();
        ++c.items;
        if (c.linkIds.contains(linkId))
            ++c.badReferences;
        const QJsonArray conditions = o.value(QStringLiteral("enableWhen")).toArray();
        if (!conditions.isEmpty())
            ++c.enableWhen;
        for (const QJsonValue &cond : conditions) {
            const QString target = cond.toObject().value(QStringLiteral("question")).toString();
            // Conditions name earlier questions only; the one-pass reading of the generator relies on it.
            if (!c.linkIds.contains(target))
                ++c.badReferences;
            if (target == key)
                c.keyConditions << linkId;
        }
        c.linkIds.insert(linkId);
        for (const QJsonValue &e : o.value(QStringLiteral("extension")).toArray()) {
            if (e.toObject().value(QStringLiteral("url")).toString() == ExtCalculated) {
                ++c.calculated;
                if (!o.value(QStringLiteral("readOnly")).toBool())
                    ++c.badReferences;
                c.expressions << e.toObject()
                                     .value(QStringLiteral("valueExpression"))
                                     .toObject()
                                     .value(QStringLiteral("expression"))
                                     .toString();
            }
        }
        for (const QJsonValue &a : o.value(QStringLiteral("answerOption")).toArray()) {
            const QJsonObject option = a.toObject();
            const auto ordinal = [](const QJsonObject &of) {
                for (const QJsonValue &e : of.value(QStringLiteral("extension")).toArray()) {
                    if (e.toObject().value(QStringLiteral("url")).toString() == ExtOrdinal)
                        return e.toObject().value(QStringLiteral("valueDecimal")).toDouble(-1);
                }
                return -2.0;
            };
            const double a1 = ordinal(option), a2 = ordinal(option.value(QStringLiteral("valueCoding")).toObject());
            if (a1 < 0 || a1 != a2)
                ++c.badOrdinals;
        }
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("group")) {
            ++c.groups;
            if (depth > 0)
                ++c.nested;
            countItems(o.value(QStringLiteral("item")).toArray(), depth + 1, c, key);
        } else {
            ++c.questions;
        }
    }
}

void countAnswers(const QJsonArray &items, Counts &c)
{
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("answer")).toArray().isEmpty())
            ++c.answered;
        countAnswers(o.value(QStringLiteral("item")).toArray(), c);
    }
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        die(1, QStringLiteral("kan %1 niet teruglezen").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        die(1, QStringLiteral("%1 is geen JSON-object: %2").arg(path, error.errorString()));
    return doc.object();
}

void write(const QString &path, const QJsonObject &o)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        die(1, QStringLiteral("kan %1 niet schrijven").arg(path));
}

int selfCheck(const QString &dir, const Params &p, const Generator &g)
{
    const QJsonObject oneAnswer = readJson(dir + QStringLiteral("/one-answer.json"));
    const QString key = oneAnswer.value(QStringLiteral("linkId")).toString();
    Counts c;
    countItems(readJson(dir + QStringLiteral("/questionnaire.json")).value(QStringLiteral("item")).toArray(), 0, c,
               key);
    countAnswers(readJson(dir + QStringLiteral("/response.json")).value(QStringLiteral("item")).toArray(), c);
    int keyCalculated = 0;
    const QString named = QStringLiteral("linkId='%1'").arg(key);
    for (const QString &e : c.expressions)
        keyCalculated += e.contains(named) ? 1 : 0;
    QStringList problems;
    auto expect = [&](const char *what, qsizetype got, qsizetype wanted) {
        if (got != wanted)
            problems << QStringLiteral("%1: %2, gevraagd %3").arg(QLatin1String(what)).arg(got).arg(wanted);
    };
    expect("items", c.items, p.items);
    expect("items met enableWhen", c.enableWhen, p.enableWhen);
    expect("berekende items", c.calculated, p.calculated);
    expect("groepen", c.groups, g.groups());
    expect("geneste groepen", c.nested, g.nestedGroups());
    expect("beantwoorde vragen", c.answered, g.answered());
    expect("ordinalValue ontbreekt of verschilt", c.badOrdinals, 0);
    expect("dubbele linkIds, verwijzingen vooruit, berekend zonder readOnly", c.badReferences, 0);
    expect("enableWhen op de sleutelvraag (gelezen uit one-answer.json)",
           oneAnswer.value(QStringLiteral("enableWhenDependents")).toArray().size(), c.keyConditions.size());
    expect("berekeningen met de sleutelvraag (gelezen uit one-answer.json)",
           oneAnswer.value(QStringLiteral("calculatedDependents")).toArray().size(), keyCalculated);
    if (c.keyConditions.size() < 3)
        problems << QStringLiteral("maar %1 enableWhen op de sleutelvraag").arg(c.keyConditions.size());
    if (keyCalculated < 2)
        problems << QStringLiteral("maar %1 berekeningen met de sleutelvraag").arg(keyCalculated);
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "bench_form_generate: zelfcontrole mislukt:\n  %s\n",
                     qPrintable(problems.join(QStringLiteral("\n  "))));
        return 1;
    }
    bench::result("items", static_cast<long long>(c.items));
    bench::result("groups", static_cast<long long>(c.groups));
    bench::result("nested_groups", static_cast<long long>(c.nested));
    bench::result("questions", static_cast<long long>(c.questions));
    bench::result("enable_when", static_cast<long long>(c.enableWhen));
    bench::result("calculated", static_cast<long long>(c.calculated));
    bench::result("enabled_questions", static_cast<long long>(g.enabledQuestions()));
    bench::result("answered", static_cast<long long>(c.answered));
    bench::result("answered_percent", 100.0 * c.answered / std::max(1, g.enabledQuestions()));
    bench::result("key", key.toStdString());
    bench::result("key_enable_when", static_cast<long long>(c.keyConditions.size()));
    bench::result("key_calculated", static_cast<long long>(keyCalculated));
    bench::result("key_changes_enabled", static_cast<long long>(g.changedEnabled()));
    bench::result("questionnaire_bytes",
                  static_cast<long long>(QFile(dir + QStringLiteral("/questionnaire.json")).size()));
    bench::result("response_bytes", static_cast<long long>(QFile(dir + QStringLiteral("/response.json")).size()));
    return 0;
}

int number(int argc, char **argv, const char *name, int fallback)
{
    const std::string text = bench::option(argc, argv, name);
    if (text.empty())
        return fallback;
    bool ok = false;
    const int v = QString::fromStdString(text).toInt(&ok);
    if (!ok || v < 0)
        die(2, QStringLiteral("%1 verwacht een geheel getal, niet '%2'")
                   .arg(QLatin1String(name), QString::fromStdString(text)));
    return v;
}

} // namespace

int main(int argc, char **argv)
{
    const QString out = QString::fromStdString(bench::option(argc, argv, "--out"));
    if (out.isEmpty()) {
        std::fprintf(stderr, "gebruik: bench_form_generate --out MAP [--items 1000 --enable-when 300 "
                             "--calculated 100 --seed 1]\n");
        return 2;
    }
    Params p;
    p.items = number(argc, argv, "--items", p.items);
    p.enableWhen = number(argc, argv, "--enable-when", p.enableWhen);
    p.calculated = number(argc, argv, "--calculated", p.calculated);
    p.seed = static_cast<std::uint64_t>(number(argc, argv, "--seed", 1));
    // Each group needs room for its calculated items and a few questions for them to read.
    const int groups = std::max(2, (p.items + 12) / 25);
    if (p.items < 100 || p.calculated * 4 > p.items - groups)
        die(2, QStringLiteral("minstens 100 items, en hoogstens een kwart van de vragen berekend"));
    if (!QDir().mkpath(out))
        die(1, QStringLiteral("kan map %1 niet maken").arg(out));

    Generator g(p);
    g.plan();
    write(out + QStringLiteral("/questionnaire.json"), g.questionnaire());
    write(out + QStringLiteral("/response.json"), g.response());
    write(out + QStringLiteral("/one-answer.json"), g.oneAnswer());
    return selfCheck(out, p, g);
}
