#include "app/forms/ResponseEngine.h"

#include "app/forms/EnableWhen.h"
#include "app/forms/ExpressionCompiler.h"
#include "app/forms/Extensions.h"
#include "app/forms/fhirpath/FhirPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace veldwerk::forms {

namespace fp = veldwerk::fhirpath;

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(Veldwerk)
};

QString shortest(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// A FHIR value as a FHIRPath node, tagged with the instance it is an answer of (so ordinal() can find the option).
fp::NodePtr valueNode(const Value &v, int tag)
{
    fp::NodePtr node;
    switch (v.type()) {
    case Value::Type::Boolean:
        node = fp::Node::primitive(fp::Item::boolean(v.toBool()), QStringLiteral("boolean"));
        break;
    case Value::Type::Integer:
        node =
            fp::Node::primitive(fp::Item::integer(static_cast<std::int64_t>(v.toNumber())), QStringLiteral("integer"));
        break;
    case Value::Type::Decimal: {
        const auto d = fp::Decimal::parse(shortest(v.toNumber()));
        node = d ? fp::Node::primitive(fp::Item::decimal(*d), QStringLiteral("decimal"))
                 : fp::Node::primitive(fp::Item::string(shortest(v.toNumber())), QStringLiteral("string"));
        break;
    }
    case Value::Type::Date:
    case Value::Type::DateTime:
    case Value::Type::Time: {
        const auto kind = v.type() == Value::Type::Date       ? fp::Temporal::Kind::Date
                          : v.type() == Value::Type::DateTime ? fp::Temporal::Kind::DateTime
                                                              : fp::Temporal::Kind::Time;
        const QString fhirType = v.type() == Value::Type::Date       ? QStringLiteral("date")
                                 : v.type() == Value::Type::DateTime ? QStringLiteral("dateTime")
                                                                     : QStringLiteral("time");
        const auto t = fp::Temporal::parse(kind, v.toString());
        node = t ? fp::Node::primitive(fp::Item::temporal(*t), fhirType)
                 : fp::Node::primitive(fp::Item::string(v.toString()), QStringLiteral("string"));
        break;
    }
    case Value::Type::String:
        node = fp::Node::primitive(fp::Item::string(v.toString()), QStringLiteral("string"));
        break;
    case Value::Type::Uri:
        node = fp::Node::primitive(fp::Item::string(v.toString()), QStringLiteral("uri"));
        break;
    case Value::Type::Coding:
    case Value::Type::Quantity:
    case Value::Type::Attachment:
    case Value::Type::Reference:
        node = fp::Node::fromJson(v.json().toObject(), Value::typeSuffix(v.type()));
        break;
    }
    return fp::NodeBuilder(*node).setTag(tag).build();
}

// What a FHIRPath result means as answers of an item, or a Dutch reason why it does not fit.
std::optional<QList<Value>> toAnswers(const Item &item, const fp::Collection &result, QString &problem)
{
    QList<Value> answers;
    for (const auto &raw : result) {
        fp::Item r = raw;
        if (r.isNode()) {
            const auto &node = r.asNode();
            if (node->isPrimitive()) {
                r = *node->value();
            } else {
                const QString type = node->typeName();
                const auto json = node->toJson();
                if (type == QLatin1String("Coding")
                    && (item.type == ItemType::Choice || item.type == ItemType::OpenChoice)) {
                    answers.append(Value(Value::Type::Coding, json));
                    continue;
                }
                if (type == QLatin1String("Quantity") && item.type == ItemType::Quantity) {
                    answers.append(Value(Value::Type::Quantity, json));
                    continue;
                }
                problem = Text::tr("De berekende waarde (een %1) past niet bij een vraag van het type %2.")
                              .arg(type.isEmpty() ? QStringLiteral("element") : type, itemTypeCode(item.type));
                return std::nullopt;
            }
        }
        const auto kind = r.kind();
        const QJsonValue json = fp::toJson(r);
        auto mismatch = [&] {
            problem = Text::tr("De berekende waarde \"%1\" past niet bij een vraag van het type %2.")
                          .arg(fp::toText(r), itemTypeCode(item.type));
        };
        switch (item.type) {
        case ItemType::Boolean:
            if (kind != fp::Item::Kind::Boolean)
                return mismatch(), std::nullopt;
            answers.append(Value::boolean(r.asBoolean()));
            break;
        case ItemType::Integer:
            if (kind == fp::Item::Kind::Integer) {
                answers.append(Value::integer(r.asInteger()));
            } else if (kind == fp::Item::Kind::Decimal
                       && std::floor(r.asDecimal().toDouble()) == r.asDecimal().toDouble()) {
                answers.append(Value::integer(static_cast<qint64>(r.asDecimal().toDouble())));
            } else {
                return mismatch(), std::nullopt;
            }
            break;
        case ItemType::Decimal:
            if (kind == fp::Item::Kind::Integer)
                answers.append(Value::decimal(static_cast<double>(r.asInteger())));
            else if (kind == fp::Item::Kind::Decimal)
                answers.append(Value::decimal(r.asDecimal().toDouble()));
            else
                return mismatch(), std::nullopt;
            break;
        case ItemType::String:
        case ItemType::Text:
        case ItemType::OpenChoice:
            if (kind == fp::Item::Kind::Quantity || kind == fp::Item::Kind::Node)
                return mismatch(), std::nullopt;
            answers.append(Value::string(fp::toText(r)));
            break;
        case ItemType::Url:
            if (kind != fp::Item::Kind::String)
                return mismatch(), std::nullopt;
            answers.append(Value(Value::Type::Uri, json));
            break;
        case ItemType::Date:
        case ItemType::DateTime:
        case ItemType::Time: {
            const auto want = item.type == ItemType::Date       ? fp::Item::Kind::Date
                              : item.type == ItemType::DateTime ? fp::Item::Kind::DateTime
                                                                : fp::Item::Kind::Time;
            if (kind != want && !(item.type == ItemType::DateTime && kind == fp::Item::Kind::Date))
                return mismatch(), std::nullopt;
            answers.append(Value(kind == fp::Item::Kind::Date ? Value::Type::Date : *answerTypeOf(item.type), json));
            break;
        }
        case ItemType::Quantity:
            if (kind != fp::Item::Kind::Quantity)
                return mismatch(), std::nullopt;
            answers.append(Value(Value::Type::Quantity, json));
            break;
        default:
            return mismatch(), std::nullopt;
        }
    }
    if (answers.size() > 1 && !item.repeats) {
        problem = Text::tr("De berekening gaf %1 waarden voor een vraag die er één heeft.").arg(answers.size());
        return std::nullopt;
    }
    return answers;
}

bool sameValues(const QList<Value> &a, const QList<Value> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).type() != b.at(i).type() || a.at(i).json() != b.at(i).json())
            return false;
    }
    return true;
}

QString describeError(const fp::Error &e)
{
    switch (e.code) {
    case fp::ErrorCode::UnknownVariable:
        return Text::tr("de variabele %%1 is niet bekend").arg(e.detail);
    case fp::ErrorCode::StepLimit:
    case fp::ErrorCode::CollectionLimit:
    case fp::ErrorCode::StringLimit:
        return Text::tr("de berekening is te groot");
    case fp::ErrorCode::NotSingleton:
        return Text::tr("er kwam meer dan één waarde waar één nodig is");
    case fp::ErrorCode::TypeMismatch:
        return Text::tr("waarden van verschillende soort worden gecombineerd (%1)").arg(e.detail);
    default:
        return Text::tr("%1 (%2)").arg(QString::fromLatin1(fp::errorCodeName(e.code)), e.detail);
    }
}

} // namespace

struct ResponseEngine::Computation {
    enum class Kind : quint8 { Variable, Enable, Calculated, Answers };
    Kind kind = Kind::Calculated;
    int instance = -1; // -1: form level
    const FormExpression *expression = nullptr;
    bool alive = true;
    // What the last evaluation read: instances whose answers, instances whose children (each sorted, once), the
    // top level.
    std::vector<int> readAnswers;
    std::vector<int> readStructure;
    bool readRoot = false;
    // The last result.
    fp::Collection value;
    bool valueKnown = false;
    bool failed = false;
    QList<AnswerOption> options;
};

namespace {
// Records what an evaluation reads, through the evaluator's access observer and the host functions.
struct Recorder {
    // Raw, with repeats; sortedOnce() before use. A vector, not a set: a %resource.repeat(item) reads every item,
    // and hashing a thousand tags per expression was most of the cost of re-running a calculation.
    std::vector<int> answers;
    std::vector<int> structure;
    bool root = false;
    const fp::Node *rootNode = nullptr;

    void access(const fp::Node &node, QStringView name)
    {
        if (&node == rootNode) {
            if (name.isEmpty() || name == u"item")
                root = true;
            return;
        }
        const int tag = node.tag();
        if (tag < 0)
            return;
        if (name == u"item") {
            structure.push_back(tag);
        } else if (name.isEmpty()) {
            structure.push_back(tag);
            answers.push_back(tag);
        } else if (name == u"linkId" || name == u"text" || name == u"id" || name == u"definition") {
            // Fixed by the questionnaire: reading them depends on no answer.
        } else {
            answers.push_back(tag);
        }
    }
};

// Sorts, removes repeats and tags at or above `limit` (nodes not of this engine's instances).
std::vector<int> sortedOnce(std::vector<int> tags, int limit)
{
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    tags.erase(std::lower_bound(tags.begin(), tags.end(), limit), tags.end());
    return tags;
}

// Brings the per-instance reader sets from `before` to `after` (both sorted): a computation that reads the same
// instances as last time, the usual case, touches no set.
void updateReaders(QList<QSet<int>> &readers, const std::vector<int> &before, const std::vector<int> &after,
                   int computation)
{
    if (before == after)
        return;
    std::vector<int> gone;
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(gone));
    std::vector<int> added;
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(added));
    for (int i : gone)
        readers[i].remove(computation);
    for (int i : added)
        readers[i].insert(computation);
}
thread_local Recorder *currentRecorder = nullptr;
} // namespace

ResponseEngine::ResponseEngine(std::shared_ptr<const Questionnaire> questionnaire)
    : m_q(std::move(questionnaire))
{
    const auto &items = m_q->items();
    m_byItem.resize(items.size());
    m_enableWhenDependents.resize(items.size());
    for (const auto &item : items) {
        for (const auto &condition : item.enableWhen) {
            if (condition.questionIndex >= 0 && !m_enableWhenDependents[condition.questionIndex].contains(item.index))
                m_enableWhenDependents[condition.questionIndex].append(item.index);
        }
    }
    m_questionnaireNode = fp::Node::fromJson(m_q->json);

    // SDC functions: ordinal() / weight() give the score of a coding — from the answer option it was chosen from,
    // or from its own ordinalValue / itemWeight extension (a coding of the questionnaire itself); answers() the
    // answers of QuestionnaireResponse items and their descendants.
    m_functions = std::make_shared<fp::FunctionRegistry>();
    auto weight = [this](const fp::Collection &focus,
                         const std::vector<fp::Collection> &) -> fp::Result<fp::Collection> {
        fp::Collection out;
        for (const auto &item : focus) {
            if (!item.isNode())
                continue;
            // An answer stands for its value (`answer.weight()` as LHC-Forms writes it).
            const fp::NodePtr valueChild = item.asNode()->firstChild(u"value");
            const auto &node =
                valueChild && !item.asNode()->isPrimitive() && item.asNode()->firstChild(u"linkId") == nullptr
                    ? *valueChild
                    : *item.asNode();
            const int tag = node.tag();
            std::optional<double> w;
            if (tag >= 0 && tag < instanceCount()) {
                const auto options = optionsOf(tag);
                const Value answer(Value::Type::Coding, node.toJson());
                for (const auto &o : options) {
                    if (o.value.type() == Value::Type::Coding && o.value.sameAs(answer))
                        w = o.weight;
                }
            }
            if (!w) {
                for (const auto &ext : node.children(u"extension")) {
                    const auto url = ext->firstChild(u"url");
                    const QString u = url && url->value() ? fp::toText(*url->value()) : QString();
                    if (u == QLatin1String(extension::OrdinalValue) || u == QLatin1String(extension::ItemWeight)
                        || u == QLatin1String(extension::IsoCoValue)) {
                        const auto v = ext->firstChild(u"value");
                        if (v && v->value()) {
                            const fp::Item sv = v->value()->systemValue();
                            if (sv.kind() == fp::Item::Kind::Decimal)
                                w = sv.asDecimal().toDouble();
                            else if (sv.kind() == fp::Item::Kind::Integer)
                                w = static_cast<double>(sv.asInteger());
                        }
                    }
                }
            }
            if (w) {
                if (const auto d = fp::Decimal::parse(shortest(*w)))
                    out.push_back(fp::Item::decimal(*d));
            }
        }
        return out;
    };
    m_functions->add(QStringLiteral("ordinal"), 0, 0, weight);
    m_functions->add(QStringLiteral("weight"), 0, 0, weight);
    m_functions->add(
        QStringLiteral("answers"), 0, 0,
        [](const fp::Collection &focus, const std::vector<fp::Collection> &) -> fp::Result<fp::Collection> {
            fp::Collection out;
            std::vector<fp::NodePtr> todo;
            for (auto it = focus.rbegin(); it != focus.rend(); ++it) {
                if (it->isNode())
                    todo.push_back(it->asNode());
            }
            while (!todo.empty()) {
                const auto node = todo.back();
                todo.pop_back();
                if (currentRecorder && node->tag() >= 0) {
                    currentRecorder->answers.push_back(node->tag());
                    currentRecorder->structure.push_back(node->tag());
                }
                std::vector<fp::NodePtr> next;
                for (const auto &answer : node->children(u"answer")) {
                    if (const auto v = answer->firstChild(u"value"))
                        out.push_back(fp::Item::node(v));
                    for (const auto &c : answer->children(u"item"))
                        next.push_back(c);
                }
                for (const auto &c : node->children(u"item"))
                    next.push_back(c);
                for (auto it = next.rbegin(); it != next.rend(); ++it)
                    todo.push_back(*it);
            }
            return out;
        });
}

ResponseEngine::~ResponseEngine() = default;

QList<int> ResponseEngine::instancesOf(int item) const
{
    return m_byItem.value(item);
}

QList<Value> ResponseEngine::answersOf(int id) const
{
    const auto &in = instance(id);
    return in.enabled && in.alive ? in.answers : QList<Value>{};
}

QList<AnswerOption> ResponseEngine::optionsOf(int id) const
{
    const auto &in = instance(id);
    const Item &item = m_q->item(in.item);
    if (item.answerExpression && item.answerExpression->compiled) {
        for (int c : m_computationsOf.value(id)) {
            const auto &comp = m_computations.at(static_cast<std::size_t>(c));
            if (comp.kind == Computation::Kind::Answers && comp.alive)
                return comp.options;
        }
    }
    return item.options;
}

void ResponseEngine::createInstance(int item, int parent, int position, QList<int> *created)
{
    // Depth-first with an explicit stack: the questionnaire decides the depth.
    struct Todo {
        int item;
        int parent;
        int position;
    };
    QList<Todo> stack{{item, parent, position}};
    while (!stack.isEmpty()) {
        const Todo t = stack.takeLast();
        Instance in;
        in.id = static_cast<int>(m_instances.size());
        in.item = t.item;
        in.parent = t.parent;
        const Item &def = m_q->item(t.item);
        if (def.repeats && def.type == ItemType::Group)
            in.key = QUuid::createUuid().toString(QUuid::Id128).left(8);
        for (const auto &v : def.initial)
            in.answers.append(v);
        for (const auto &o : def.options) {
            if (o.initialSelected)
                in.answers.append(o.value);
        }
        m_instances.push_back(in);
        m_nodes.push_back(nullptr);
        m_computationsOf.append(QList<int>());
        m_answerReaders.append(QSet<int>());
        m_structureReaders.append(QSet<int>());
        m_byItem[t.item].append(in.id);
        auto &siblings = t.parent < 0 ? m_top : m_instances[static_cast<std::size_t>(t.parent)].children;
        if (t.position < 0 || t.position > siblings.size())
            siblings.append(in.id);
        else
            siblings.insert(t.position, in.id);
        if (created)
            created->append(in.id);
        registerComputations(in.id);
        for (auto it = def.children.crbegin(); it != def.children.crend(); ++it)
            stack.append({*it, in.id, -1});
    }
}

void ResponseEngine::registerComputations(int id)
{
    const Item &item = m_q->item(instance(id).item);
    auto add = [&](Computation::Kind kind, const FormExpression &e) {
        if (!e.compiled)
            return;
        Computation c;
        c.kind = kind;
        c.instance = id;
        c.expression = &e;
        const int index = static_cast<int>(m_computations.size());
        m_computations.push_back(std::move(c));
        m_computationsOf[id].append(index);
        enqueueComputation(index);
    };
    for (const auto &v : item.variables)
        add(Computation::Kind::Variable, v);
    if (item.enableWhenExpression)
        add(Computation::Kind::Enable, *item.enableWhenExpression);
    if (item.answerExpression)
        add(Computation::Kind::Answers, *item.answerExpression);
    if (item.calculated)
        add(Computation::Kind::Calculated, *item.calculated);
}

Changes ResponseEngine::start()
{
    Changes changes;
    m_pending = &changes;
    for (const auto &v : m_q->variables()) {
        if (!v.compiled)
            continue;
        Computation c;
        c.kind = Computation::Kind::Variable;
        c.expression = &v;
        const int index = static_cast<int>(m_computations.size());
        m_computations.push_back(std::move(c));
        m_formComputations.append(index);
        enqueueComputation(index);
    }
    QList<int> created;
    for (int root : m_q->roots())
        createInstance(root, -1, -1, &created);
    for (int id : created)
        enqueueEnablement(id);
    propagate(changes);
    applyInitialExpressions(created, changes);
    m_pending = nullptr;
    return changes;
}

void ResponseEngine::applyInitialExpressions(const QList<int> &instances, Changes &changes)
{
    bool any = false;
    for (int id : instances) {
        const Item &item = m_q->item(instance(id).item);
        if (!item.initialExpression || !item.initialExpression->compiled || !instance(id).answers.isEmpty())
            continue;
        fp::Environment env;
        buildEnvironment(env, id);
        ++changes.expressions;
        const auto result = item.initialExpression->compiled->evaluate(fp::Collection{fp::Item::node(nodeOf(id))}, env);
        QString problem;
        if (!result) {
            problem = Text::tr("De beginwaarde kan niet worden berekend: %1.").arg(describeError(result.error()));
        } else if (const auto answers = toAnswers(item, *result, problem)) {
            m_instances[static_cast<std::size_t>(id)].answers = *answers;
            enqueueAnswerChanged(id);
            any = true;
        }
        if (!problem.isEmpty())
            m_computeProblems.append({Problem::Severity::Warning, item.initialExpression->path, item.linkId, problem});
    }
    if (any)
        propagate(changes);
}

void ResponseEngine::markDirty(int id)
{
    for (int i = id; i >= 0; i = instance(i).parent)
        m_nodes[static_cast<std::size_t>(i)] = nullptr;
    m_root = nullptr;
}

void ResponseEngine::enqueueComputation(int index)
{
    if (!m_computeQueued.contains(index)) {
        m_computeQueued.insert(index);
        m_computeQueue.append(index);
    }
}

void ResponseEngine::enqueueEnablement(int id)
{
    if (!m_enableQueued.contains(id)) {
        m_enableQueued.insert(id);
        m_enableQueue.append(id);
    }
}

void ResponseEngine::enqueueAnswerChanged(int id)
{
    markDirty(id);
    for (int child : instance(id).children)
        enqueueEnablement(child);
    if (m_pending && !m_pending->answers.contains(id))
        m_pending->answers.append(id);
    for (int dependent : m_enableWhenDependents.at(instance(id).item)) {
        for (int other : m_byItem.at(dependent))
            enqueueEnablement(other);
    }
    for (int c : std::as_const(m_answerReaders[id])) {
        enqueueComputation(c);
    }
}

int ResponseEngine::nearestInstance(int from, int questionItem) const
{
    // The lowest common ancestor of the two definitions: the occurrences of the question that can be "near" are
    // those under the same occurrence of it.
    const int fromItem = instance(from).item;
    int lca = questionItem;
    while (lca >= 0 && !m_q->isAncestorOrSelf(lca, fromItem))
        lca = m_q->item(lca).parent;
    if (lca == questionItem && m_q->isAncestorOrSelf(questionItem, fromItem)) {
        // The question is the item itself or an ancestor (the ancestor axis).
        for (int i = from; i >= 0; i = instance(i).parent) {
            if (instance(i).item == questionItem)
                return i;
        }
    }
    // The occurrence of the common ancestor that holds `from`.
    int scope = -1;
    for (int i = from; i >= 0; i = instance(i).parent) {
        if (instance(i).item == lca) {
            scope = i;
            break;
        }
    }
    // Walk down from the scope along the definitions to the question, collecting its occurrences in order.
    QList<int> chain;
    for (int d = questionItem; d != lca; d = m_q->item(d).parent)
        chain.prepend(d);
    QList<int> level = scope >= 0 ? QList<int>{scope} : QList<int>{};
    bool first = scope < 0;
    for (int d : std::as_const(chain)) {
        QList<int> next;
        const QList<int> &pool = first ? m_top : QList<int>{};
        if (first) {
            for (int c : pool) {
                if (instance(c).item == d)
                    next.append(c);
            }
            first = false;
        } else {
            for (int p : std::as_const(level)) {
                for (int c : instance(p).children) {
                    if (instance(c).item == d)
                        next.append(c);
                }
            }
        }
        level = next;
    }
    if (level.isEmpty())
        return -1;
    if (level.size() == 1)
        return level.first();
    // Several (a repeating group between them): the nearest preceding one, else the first following one.
    auto orderKey = [this](int id) {
        QList<int> key;
        for (int i = id; i >= 0; i = instance(i).parent) {
            const int parent = instance(i).parent;
            const auto &siblings = parent < 0 ? m_top : instance(parent).children;
            key.prepend(static_cast<int>(siblings.indexOf(i)));
        }
        return key;
    };
    const QList<int> here = orderKey(from);
    int best = -1;
    for (int candidate : std::as_const(level)) {
        if (orderKey(candidate) < here)
            best = candidate;
    }
    return best >= 0 ? best : level.first();
}

bool ResponseEngine::conditionsHold(int id, Changes &changes)
{
    const Item &item = m_q->item(instance(id).item);
    if (item.enableWhen.isEmpty())
        return true;
    for (const auto &condition : item.enableWhen) {
        ++changes.conditions;
        const int question = nearestInstance(id, condition.questionIndex);
        const bool holds = conditionHolds(condition, question >= 0 ? answersOf(question) : QList<Value>{});
        if (item.enableAny && holds)
            return true;
        if (!item.enableAny && !holds)
            return false;
    }
    return !item.enableAny;
}

bool ResponseEngine::evaluateEnablement(int id, Changes &changes)
{
    const Instance &in = instance(id);
    if (!in.alive)
        return false;
    bool enabled = in.parent < 0 || instance(in.parent).enabled;
    if (enabled)
        enabled = conditionsHold(id, changes);
    if (enabled) {
        for (int c : m_computationsOf.at(id)) {
            const auto &comp = m_computations.at(static_cast<std::size_t>(c));
            if (comp.kind == Computation::Kind::Enable && comp.alive) {
                std::optional<bool> b;
                if (!comp.failed) {
                    const auto r = fp::toBoolean(comp.value);
                    if (r)
                        b = *r;
                }
                enabled = b.value_or(false);
            }
        }
    }
    if (enabled == in.enabled)
        return false;
    const bool hadAnswers = !in.answers.isEmpty();
    m_instances[static_cast<std::size_t>(id)].enabled = enabled;
    changes.enablement.append(id);
    markDirty(id);
    if (hadAnswers)
        enqueueAnswerChanged(id);
    for (int child : in.children)
        enqueueEnablement(child);
    return true;
}

void ResponseEngine::buildEnvironment(fp::Environment &env, int id) const
{
    const auto root = responseNode();
    env.setVariable(QStringLiteral("resource"), {fp::Item::node(root)});
    env.setVariable(QStringLiteral("rootResource"), {fp::Item::node(root)});
    env.setVariable(QStringLiteral("questionnaire"), {fp::Item::node(m_questionnaireNode)});
    env.setVariable(QStringLiteral("context"), {fp::Item::node(id >= 0 ? nodeOf(id) : root)});
    env.functions = m_functions;
    auto setVariables = [&](const QList<int> &computations) {
        for (int c : computations) {
            const auto &comp = m_computations.at(static_cast<std::size_t>(c));
            if (comp.kind == Computation::Kind::Variable && comp.alive && comp.valueKnown)
                env.setVariable(comp.expression->name, comp.value);
        }
    };
    setVariables(m_formComputations);
    QList<int> chain;
    for (int i = id; i >= 0; i = instance(i).parent)
        chain.prepend(i);
    for (int i : std::as_const(chain))
        setVariables(m_computationsOf.at(i));
}

void ResponseEngine::forget(int index)
{
    auto &comp = m_computations[static_cast<std::size_t>(index)];
    for (int i : std::as_const(comp.readAnswers))
        m_answerReaders[i].remove(index);
    for (int i : std::as_const(comp.readStructure))
        m_structureReaders[i].remove(index);
    if (comp.readRoot)
        m_rootReaders.remove(index);
    comp.readAnswers.clear();
    comp.readStructure.clear();
    comp.readRoot = false;
}

bool ResponseEngine::evaluateComputation(int index, Changes &changes)
{
    auto &comp = m_computations[static_cast<std::size_t>(index)];
    if (!comp.alive || (comp.instance >= 0 && !instance(comp.instance).alive))
        return false;
    fp::Environment env;
    buildEnvironment(env, comp.instance);
    Recorder recorder;
    recorder.rootNode = m_root.get();
    env.observer = [&recorder](const fp::Node &node, QStringView name) { recorder.access(node, name); };
    currentRecorder = &recorder;
    ++changes.expressions;
    const fp::NodePtr focus = comp.instance >= 0 ? nodeOf(comp.instance) : responseNode();
    auto result = comp.expression->compiled->evaluate(fp::Collection{fp::Item::node(focus)}, env);
    currentRecorder = nullptr;

    std::vector<int> readAnswers = sortedOnce(std::move(recorder.answers), instanceCount());
    std::vector<int> readStructure = sortedOnce(std::move(recorder.structure), instanceCount());
    updateReaders(m_answerReaders, comp.readAnswers, readAnswers, index);
    updateReaders(m_structureReaders, comp.readStructure, readStructure, index);
    comp.readAnswers = std::move(readAnswers);
    comp.readStructure = std::move(readStructure);
    if (recorder.root)
        m_rootReaders.insert(index);
    else if (comp.readRoot)
        m_rootReaders.remove(index);
    comp.readRoot = recorder.root;

    const Item *item = comp.instance >= 0 ? &m_q->item(instance(comp.instance).item) : nullptr;
    const QString linkId = item ? item->linkId : QString();
    QString problem;
    if (!result)
        problem = Text::tr("Kan niet worden berekend: %1.").arg(describeError(result.error()));

    bool changed = false;
    const bool failed = !result;
    fp::Collection value = result ? std::move(*result) : fp::Collection{};
    const bool sameResult = comp.valueKnown && comp.failed == failed && fp::toJson(comp.value) == fp::toJson(value);
    comp.failed = failed;
    comp.valueKnown = true;
    if (!sameResult) {
        comp.value = std::move(value);
        changed = true;
    }

    switch (comp.kind) {
    case Computation::Kind::Variable:
        if (changed) {
            // Everything in scope that uses this variable by name.
            const QString name = comp.expression->name;
            for (std::size_t c = 0; c < m_computations.size(); ++c) {
                const auto &other = m_computations[c];
                if (!other.alive || static_cast<int>(c) == index)
                    continue;
                const bool inScope = comp.instance < 0 || (other.instance >= 0 && [&] {
                                         for (int i = other.instance; i >= 0; i = instance(i).parent) {
                                             if (i == comp.instance)
                                                 return true;
                                         }
                                         return false;
                                     }());
                if (inScope && other.expression->compiled->variableNames().contains(name))
                    enqueueComputation(static_cast<int>(c));
            }
        }
        break;
    case Computation::Kind::Enable:
        if (changed)
            enqueueEnablement(comp.instance);
        break;
    case Computation::Kind::Answers:
        if (changed) {
            QList<AnswerOption> options;
            for (const auto &r : comp.value) {
                AnswerOption o;
                if (r.isNode() && r.asNode()->typeName() == QLatin1String("Coding"))
                    o.value = Value(Value::Type::Coding, r.asNode()->toJson());
                else if (r.isNode() && r.asNode()->isPrimitive())
                    o.value = Value::string(fp::toText(*r.asNode()->value()));
                else if (!r.isNode())
                    o.value = Value::string(fp::toText(r));
                if (o.value.isValid())
                    options.append(o);
            }
            comp.options = options;
            if (!m_pending || !m_pending->answers.contains(comp.instance))
                changes.answers.append(comp.instance);
        }
        break;
    case Computation::Kind::Calculated: {
        QList<Value> answers;
        if (!failed) {
            if (const auto converted = toAnswers(*item, comp.value, problem))
                answers = *converted;
        }
        setComputedAnswers(comp.instance, answers, changes);
        break;
    }
    }
    if (comp.instance >= 0)
        m_instances[static_cast<std::size_t>(comp.instance)].computeProblem = problem;
    if (!problem.isEmpty())
        m_computeProblems.append({Problem::Severity::Warning, comp.expression->path, linkId, problem});
    return changed;
}

void ResponseEngine::setComputedAnswers(int id, const QList<Value> &answers, Changes &)
{
    auto &in = m_instances[static_cast<std::size_t>(id)];
    if (sameValues(in.answers, answers))
        return;
    in.answers = answers;
    if (in.enabled)
        enqueueAnswerChanged(id);
}

void ResponseEngine::propagate(Changes &changes)
{
    Changes *outer = m_pending;
    m_pending = &changes;
    // A questionnaire can make values chase each other (a calculation feeding a condition that hides its input);
    // the budget ends such a loop with a message instead of a hang.
    long budget = 50L * static_cast<long>(m_computations.size() + m_instances.size()) + 1000;
    while (!m_enableQueue.isEmpty() || !m_computeQueue.isEmpty()) {
        if (--budget < 0) {
            m_computeProblems.append({Problem::Severity::Error,
                                      QStringLiteral("$"),
                                      {},
                                      Text::tr("De berekeningen van dit formulier komen niet tot rust (ze "
                                               "beïnvloeden elkaar in een kring); niet alles is bijgewerkt.")});
            m_enableQueue.clear();
            m_enableQueued.clear();
            m_computeQueue.clear();
            m_computeQueued.clear();
            break;
        }
        if (!m_enableQueue.isEmpty()) {
            const int id = m_enableQueue.takeFirst();
            m_enableQueued.remove(id);
            evaluateEnablement(id, changes);
            continue;
        }
        const int c = m_computeQueue.takeFirst();
        m_computeQueued.remove(c);
        evaluateComputation(c, changes);
    }
    m_pending = outer;
}

QString ResponseEngine::checkAnswer(const Item &item, const Value &value, const QList<AnswerOption> &options)
{
    if (!answerFits(item.type, value.type()))
        return Text::tr("Dit antwoord past niet bij deze vraag (verwacht: %1).").arg(itemTypeCode(item.type));
    const QString format = Value::formatProblem(value.type(), value.json());
    if (!format.isEmpty())
        return Text::tr("Het antwoord %1.").arg(format);
    if (item.minValue) {
        const auto c = value.compare(*item.minValue);
        if (c && *c < 0)
            return Text::tr("Vul minstens %1 in.").arg(item.minValue->displayText());
    }
    if (item.maxValue) {
        const auto c = value.compare(*item.maxValue);
        if (c && *c > 0)
            return Text::tr("Vul hoogstens %1 in.").arg(item.maxValue->displayText());
    }
    if (value.type() == Value::Type::String || value.type() == Value::Type::Uri) {
        const QString s = value.toString();
        const auto length = static_cast<int>(s.toUcs4().size());
        if (item.maxLength && length > *item.maxLength)
            return Text::tr("Maximaal %1 tekens (nu %2).").arg(*item.maxLength).arg(length);
        if (item.minLength && length < *item.minLength)
            return Text::tr("Minstens %1 tekens (nu %2).").arg(*item.minLength).arg(length);
        if (!item.regex.isEmpty()) {
            // FHIR regex: the whole value must match. The pattern comes from the instrument file: a backtracking
            // budget keeps a catastrophic one from freezing the screen (as FHIRPath's matches() does).
            const QRegularExpression re(
                QStringLiteral("(*LIMIT_MATCH=1000000)(*LIMIT_DEPTH=10000)\\A(?:%1)\\z").arg(item.regex));
            if (!re.match(s).hasMatch())
                return item.entryFormat.isEmpty()
                           ? Text::tr("Dit heeft niet de verwachte vorm.")
                           : Text::tr("Dit heeft niet de verwachte vorm (%1).").arg(item.entryFormat);
        }
    }
    if (value.type() == Value::Type::Decimal && item.maxDecimalPlaces) {
        const QString text = shortest(value.toNumber());
        const auto dot = text.indexOf(QLatin1Char('.'));
        if (dot >= 0 && text.size() - dot - 1 > *item.maxDecimalPlaces)
            return Text::tr("Hoogstens %n decimaal/decimalen.", nullptr, *item.maxDecimalPlaces);
    }
    if (item.type == ItemType::Choice && !options.isEmpty()) {
        bool found = false;
        for (const auto &o : options)
            found = found || o.value.sameAs(value);
        if (!found)
            return Text::tr("Kies een van de antwoordmogelijkheden.");
    }
    return {};
}

ResponseEngine::SetResult ResponseEngine::setAnswers(int id, const QList<Value> &answers)
{
    SetResult r;
    if (id < 0 || id >= instanceCount() || !instance(id).alive) {
        r.message = Text::tr("Deze vraag bestaat niet (meer).");
        return r;
    }
    const Item &item = m_q->item(instance(id).item);
    if (!item.isQuestion()) {
        r.message = Text::tr("Dit onderdeel heeft geen antwoord.");
        return r;
    }
    if (!item.supported) {
        r.message = Text::tr("Deze vraag kan in Veldwerk niet worden ingevuld.");
        return r;
    }
    if (item.calculated) {
        r.message = Text::tr("Deze waarde wordt berekend.");
        return r;
    }
    if (item.readOnly) {
        r.message = Text::tr("Deze vraag is alleen-lezen.");
        return r;
    }
    if (!instance(id).enabled) {
        r.message = Text::tr("Deze vraag is nu niet van toepassing.");
        return r;
    }
    // A child of a question hangs under its answer (R4 QuestionnaireResponse.item.answer.item): without an answer
    // above it, its own answer would have no place in the response.
    if (const int parent = instance(id).parent; !answers.isEmpty() && parent >= 0
                                                && m_q->item(instance(parent).item).isQuestion()
                                                && answersOf(parent).isEmpty()) {
        r.message = Text::tr("Beantwoord eerst de vraag hierboven.");
        return r;
    }
    if (answers.size() > 1 && !item.repeats) {
        r.message = Text::tr("Deze vraag heeft één antwoord.");
        return r;
    }
    const auto options = optionsOf(id);
    for (const auto &a : answers) {
        const QString problem = checkAnswer(item, a, options);
        if (!problem.isEmpty()) {
            r.message = problem;
            return r;
        }
    }
    r.ok = true;
    if (sameValues(instance(id).answers, answers))
        return r;
    m_instances[static_cast<std::size_t>(id)].answers = answers;
    m_pending = &r.changes;
    enqueueAnswerChanged(id);
    propagate(r.changes);
    m_pending = nullptr;
    return r;
}

int ResponseEngine::addRepeat(int id, Changes *changes)
{
    if (id < 0 || id >= instanceCount() || !instance(id).alive)
        return -1;
    const Item &item = m_q->item(instance(id).item);
    if (!item.repeats || item.type != ItemType::Group)
        return -1;
    Changes local;
    Changes &c = changes ? *changes : local;
    m_pending = &c;
    const int parent = instance(id).parent;
    const auto &siblings = parent < 0 ? m_top : instance(parent).children;
    // After the last repetition of this item that follows `id`.
    qsizetype position = siblings.indexOf(id) + 1;
    while (position < siblings.size() && instance(siblings.at(position)).item == item.index)
        ++position;
    QList<int> created;
    createInstance(item.index, parent, static_cast<int>(position), &created);
    markDirty(created.first());
    if (parent >= 0)
        markDirty(parent);
    c.structure.append(parent);
    for (int r : parent < 0 ? m_rootReaders : m_structureReaders.at(parent)) {
        enqueueComputation(r);
    }
    for (int n : std::as_const(created)) {
        enqueueEnablement(n);
        enqueueAnswerChanged(n); // the nearest occurrence of a question may now be this one
    }
    propagate(c);
    applyInitialExpressions(created, c);
    m_pending = nullptr;
    return created.first();
}

void ResponseEngine::removeSubtree(int id, Changes &changes)
{
    QList<int> todo{id};
    while (!todo.isEmpty()) {
        const int i = todo.takeLast();
        auto &in = m_instances[static_cast<std::size_t>(i)];
        const bool hadAnswers = in.enabled && !in.answers.isEmpty();
        in.alive = false;
        m_byItem[in.item].removeAll(i);
        for (int c : m_computationsOf.at(i)) {
            forget(c);
            m_computations[static_cast<std::size_t>(c)].alive = false;
        }
        if (hadAnswers) {
            in.answers.clear();
            changes.answers.append(i);
        }
        for (int r : std::as_const(m_answerReaders[i])) {
            enqueueComputation(r);
        }
        for (int dependent : m_enableWhenDependents.at(in.item)) {
            for (int other : m_byItem.at(dependent))
                enqueueEnablement(other);
        }
        todo << in.children;
    }
}

bool ResponseEngine::removeRepeat(int id, Changes *changes)
{
    if (id < 0 || id >= instanceCount() || !instance(id).alive)
        return false;
    const Item &item = m_q->item(instance(id).item);
    if (!item.repeats || item.type != ItemType::Group || m_byItem.at(item.index).size() < 2)
        return false;
    const int parent = instance(id).parent;
    int siblingsOfItem = 0;
    for (int s : parent < 0 ? m_top : instance(parent).children)
        siblingsOfItem += instance(s).item == item.index ? 1 : 0;
    if (siblingsOfItem < 2)
        return false;
    Changes local;
    Changes &c = changes ? *changes : local;
    m_pending = &c;
    markDirty(id);
    removeSubtree(id, c);
    if (parent < 0)
        m_top.removeAll(id);
    else
        m_instances[static_cast<std::size_t>(parent)].children.removeAll(id);
    c.structure.append(parent);
    for (int r : parent < 0 ? m_rootReaders : m_structureReaders.at(parent)) {
        enqueueComputation(r);
    }
    propagate(c);
    m_pending = nullptr;
    return true;
}

fp::NodePtr ResponseEngine::nodeOf(int id) const
{
    auto &cached = m_nodes[static_cast<std::size_t>(id)];
    if (cached)
        return cached;
    const Instance &in = instance(id);
    const Item &item = m_q->item(in.item);
    fp::NodeBuilder b;
    b.setTag(id);
    b.appendValue(QStringLiteral("linkId"), fp::Item::string(item.linkId), QStringLiteral("string"));
    if (!item.text.isEmpty())
        b.appendValue(QStringLiteral("text"), fp::Item::string(item.text), QStringLiteral("string"));
    if (item.isQuestion()) {
        const auto answers = answersOf(id);
        for (qsizetype k = 0; k < answers.size(); ++k) {
            fp::NodeBuilder answer;
            answer.setTag(id);
            answer.appendChoice(QStringLiteral("value"), valueNode(answers.at(k), id));
            if (k == 0) {
                for (int c : in.children)
                    answer.append(QStringLiteral("item"), nodeOf(c), true);
            }
            b.append(QStringLiteral("answer"), answer.build(), true);
        }
    } else {
        for (int c : in.children)
            b.append(QStringLiteral("item"), nodeOf(c), true);
    }
    cached = b.build();
    return cached;
}

fp::NodePtr ResponseEngine::responseNode() const
{
    if (m_root)
        return m_root;
    fp::NodeBuilder b(QStringLiteral("QuestionnaireResponse"));
    b.setResource(true);
    b.appendValue(QStringLiteral("questionnaire"), fp::Item::string(m_q->canonical()), QStringLiteral("canonical"));
    for (int id : m_top)
        b.append(QStringLiteral("item"), nodeOf(id), true);
    m_root = b.build();
    return m_root;
}

bool ResponseEngine::hasAnswer(int id) const
{
    if (!answersOf(id).isEmpty())
        return true;
    const auto &children = instance(id).children;
    return std::any_of(children.begin(), children.end(), [this](int c) { return instance(c).enabled && hasAnswer(c); });
}

Problems ResponseEngine::validate(bool completing) const
{
    Problems problems;
    for (const auto &in : m_instances) {
        if (!in.alive || !in.enabled)
            continue;
        const Item &item = m_q->item(in.item);
        if (completing && item.required && !item.hidden && !hasAnswer(in.id))
            problems.append({Problem::Severity::Error, item.path, item.linkId,
                             item.type == ItemType::Group ? Text::tr("Vul minstens één vraag in dit onderdeel in.")
                                                          : Text::tr("Deze vraag is verplicht.")});
        const auto options = optionsOf(in.id);
        for (const auto &a : in.answers) {
            const QString problem = checkAnswer(item, a, options);
            if (!problem.isEmpty())
                problems.append({Problem::Severity::Error, item.path, item.linkId, problem});
        }
        if (!in.computeProblem.isEmpty())
            problems.append({Problem::Severity::Warning, item.path, item.linkId, in.computeProblem});
    }
    return problems;
}

QJsonObject ResponseEngine::toResponse(const Meta &meta) const
{
    // Bottom-up without recursion on the file's depth: an instance's JSON needs its children's.
    std::function<std::optional<QJsonObject>(int)> build = [&](int id) -> std::optional<QJsonObject> {
        const Instance &in = instance(id);
        if (!in.enabled || !in.alive)
            return std::nullopt;
        const Item &item = m_q->item(in.item);
        QJsonArray children;
        for (int c : in.children) {
            if (auto child = build(c))
                children.append(*child);
        }
        QJsonObject o;
        if (!in.key.isEmpty())
            o.insert(QStringLiteral("id"), in.key);
        o.insert(QStringLiteral("linkId"), item.linkId);
        if (!item.text.isEmpty())
            o.insert(QStringLiteral("text"), item.text);
        if (item.isQuestion()) {
            const auto answers = answersOf(id);
            if (answers.isEmpty())
                return std::nullopt; // children of a question hang under its answer; without one there is none
            QJsonArray list;
            for (qsizetype k = 0; k < answers.size(); ++k) {
                QJsonObject answer = answers.at(k).toChoice(QStringLiteral("value"));
                if (k == 0 && !children.isEmpty())
                    answer.insert(QStringLiteral("item"), children);
                list.append(answer);
            }
            o.insert(QStringLiteral("answer"), list);
        } else {
            if (children.isEmpty())
                return std::nullopt;
            o.insert(QStringLiteral("item"), children);
        }
        return o;
    };
    QJsonObject r;
    r.insert(QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse"));
    if (!meta.id.isEmpty())
        r.insert(QStringLiteral("id"), meta.id);
    if (!m_q->url.isEmpty())
        r.insert(QStringLiteral("questionnaire"), m_q->canonical());
    r.insert(QStringLiteral("status"), meta.status);
    if (!meta.authored.isEmpty())
        r.insert(QStringLiteral("authored"), meta.authored);
    QJsonArray items;
    for (int id : m_top) {
        if (auto o = build(id))
            items.append(*o);
    }
    if (!items.isEmpty())
        r.insert(QStringLiteral("item"), items);
    return r;
}

namespace {

// FHIR R4 QuestionnaireResponse elements (https://hl7.org/fhir/R4/questionnaireresponse.html).
bool isResponseElement(const QString &key)
{
    static const QStringList known{
        QStringLiteral("resourceType"),  QStringLiteral("id"),        QStringLiteral("meta"),
        QStringLiteral("implicitRules"), QStringLiteral("language"),  QStringLiteral("text"),
        QStringLiteral("contained"),     QStringLiteral("extension"), QStringLiteral("modifierExtension"),
        QStringLiteral("identifier"),    QStringLiteral("basedOn"),   QStringLiteral("partOf"),
        QStringLiteral("questionnaire"), QStringLiteral("status"),    QStringLiteral("subject"),
        QStringLiteral("encounter"),     QStringLiteral("authored"),  QStringLiteral("author"),
        QStringLiteral("source"),        QStringLiteral("item")};
    return known.contains(key) || (key.startsWith(QLatin1Char('_')) && known.contains(key.mid(1)));
}

} // namespace

std::optional<Changes> ResponseEngine::load(const QJsonObject &response, Problems &problems)
{
    auto error = [&](const QString &path, const QString &linkId, const QString &message) {
        problems.append({Problem::Severity::Error, path, linkId, message});
    };
    if (response.value(QLatin1String("resourceType")).toString() != QLatin1String("QuestionnaireResponse")) {
        error(QStringLiteral("$.resourceType"), {}, Text::tr("Dit is geen QuestionnaireResponse."));
        return std::nullopt;
    }
    for (auto it = response.begin(); it != response.end(); ++it) {
        if (!isResponseElement(it.key()))
            error(QStringLiteral("$.") + it.key(), {},
                  Text::tr("\"%1\" is geen element van een FHIR R4 QuestionnaireResponse.").arg(it.key()));
    }
    static const QStringList statuses{QStringLiteral("in-progress"), QStringLiteral("completed"),
                                      QStringLiteral("amended"), QStringLiteral("entered-in-error"),
                                      QStringLiteral("stopped")};
    if (!statuses.contains(response.value(QLatin1String("status")).toString()))
        error(
            QStringLiteral("$.status"), {},
            Text::tr("status ontbreekt of bestaat niet (in-progress, completed, amended, entered-in-error, stopped)."));
    const QString canonical = response.value(QLatin1String("questionnaire")).toString();
    if (!canonical.isEmpty() && !m_q->url.isEmpty() && canonical.section(QLatin1Char('|'), 0, 0) != m_q->url)
        problems.append({Problem::Severity::Warning,
                         QStringLiteral("$.questionnaire"),
                         {},
                         Text::tr("Dit antwoord hoort bij %1, niet bij %2.").arg(canonical, m_q->url)});

    Changes changes = start();
    m_pending = &changes;
    for (auto &in : m_instances) {
        if (!m_q->item(in.item).calculated && !in.answers.isEmpty()) {
            in.answers.clear();
            enqueueAnswerChanged(in.id);
        }
    }

    struct Todo {
        QJsonArray items;
        QString path;
        int parent; // instance; -1: top level
    };
    QList<Todo> todo{{response.value(QLatin1String("item")).toArray(), QStringLiteral("$.item"), -1}};
    if (response.contains(QLatin1String("item")) && !response.value(QLatin1String("item")).isArray())
        error(QStringLiteral("$.item"), {}, Text::tr("moet een lijst zijn."));
    while (!todo.isEmpty()) {
        const Todo t = todo.takeLast();
        QHash<int, int> seen; // item → occurrences so far under this parent
        for (qsizetype j = 0; j < t.items.size(); ++j) {
            const QString path = QStringLiteral("%1[%2]").arg(t.path).arg(j);
            const auto o = t.items.at(j).toObject();
            const QString linkId = o.value(QLatin1String("linkId")).toString();
            if (!t.items.at(j).isObject() || linkId.isEmpty()) {
                error(path, {}, Text::tr("Een item heeft een linkId nodig."));
                continue;
            }
            for (auto it = o.begin(); it != o.end(); ++it) {
                static const QStringList keys{
                    QStringLiteral("id"),     QStringLiteral("extension"),  QStringLiteral("modifierExtension"),
                    QStringLiteral("linkId"), QStringLiteral("definition"), QStringLiteral("text"),
                    QStringLiteral("answer"), QStringLiteral("item")};
                if (!keys.contains(it.key())
                    && !(it.key().startsWith(QLatin1Char('_')) && keys.contains(it.key().mid(1))))
                    error(path + QLatin1Char('.') + it.key(), linkId,
                          Text::tr("\"%1\" is geen element van QuestionnaireResponse.item.").arg(it.key()));
            }
            const int def = m_q->indexOf(linkId);
            const int parentDef = t.parent < 0 ? -1 : instance(t.parent).item;
            if (def < 0 || m_q->item(def).parent != parentDef) {
                error(path + QStringLiteral(".linkId"), linkId,
                      def < 0 ? Text::tr("De vragenlijst heeft geen item \"%1\".").arg(linkId)
                              : Text::tr("Item \"%1\" staat hier niet op zijn plaats in de vragenlijst.").arg(linkId));
                continue;
            }
            const Item &item = m_q->item(def);
            const int occurrence = seen.value(def, 0);
            seen[def] = occurrence + 1;
            QList<int> present;
            for (int s : t.parent < 0 ? m_top : instance(t.parent).children) {
                if (instance(s).item == def)
                    present.append(s);
            }
            int id = -1;
            if (occurrence < present.size()) {
                id = present.at(occurrence);
            } else if (item.repeats && item.type == ItemType::Group) {
                id = addRepeat(present.last(), &changes);
                m_pending = &changes;
            } else {
                error(path, linkId, Text::tr("Item \"%1\" komt twee keer voor maar herhaalt niet.").arg(linkId));
                continue;
            }
            static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
            const QString key = o.value(QLatin1String("id")).toString();
            if (!instance(id).key.isEmpty() && keyPattern.match(key).hasMatch())
                m_instances[static_cast<std::size_t>(id)].key = key;
            const auto answers = o.value(QLatin1String("answer")).toArray();
            if (!item.isQuestion() && !answers.isEmpty())
                error(path + QStringLiteral(".answer"), linkId,
                      Text::tr("Een %1-item heeft geen antwoord.").arg(itemTypeCode(item.type)));
            QList<Value> values;
            for (qsizetype k = 0; k < answers.size() && item.isQuestion(); ++k) {
                const QString at = QStringLiteral("%1.answer[%2]").arg(path).arg(k);
                const auto answer = answers.at(k).toObject();
                const auto choice = Value::findChoice(answer, u"value");
                if (choice.found != 1 || !choice.value) {
                    if (!answer.contains(QLatin1String("item")) || choice.found > 0)
                        error(at, linkId, Text::tr("Een antwoord heeft precies één value[x] nodig."));
                } else if (const QString format = Value::formatProblem(choice.value->type(), choice.value->json());
                           !format.isEmpty()) {
                    error(at + QLatin1Char('.') + choice.key, linkId, choice.key + QLatin1Char(' ') + format);
                } else if (!answerFits(item.type, choice.value->type())) {
                    error(at + QLatin1Char('.') + choice.key, linkId,
                          Text::tr("Een %1 past niet bij een vraag van het type %2.")
                              .arg(choice.key, itemTypeCode(item.type)));
                } else {
                    values.append(*choice.value);
                }
                if (answer.contains(QLatin1String("item")))
                    todo.append({answer.value(QLatin1String("item")).toArray(), at + QStringLiteral(".item"), id});
            }
            if (values.size() > 1 && !item.repeats)
                error(path + QStringLiteral(".answer"), linkId,
                      Text::tr("Deze vraag heeft één antwoord, niet %1.").arg(values.size()));
            if (item.isQuestion() && !item.calculated && !values.isEmpty()) {
                m_instances[static_cast<std::size_t>(id)].answers = values;
                enqueueAnswerChanged(id);
            }
            if (o.contains(QLatin1String("item")))
                todo.append({o.value(QLatin1String("item")).toArray(), path + QStringLiteral(".item"), id});
        }
    }
    propagate(changes);
    m_pending = nullptr;
    if (hasErrors(problems))
        return std::nullopt;
    return changes;
}

namespace {

QString escapeSegment(const QString &linkId)
{
    QString out;
    for (const QChar c : linkId) {
        if (c == QLatin1Char('%') || c == QLatin1Char('/') || c == QLatin1Char('#') || c == QLatin1Char('>'))
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString unescapeSegment(const QString &segment)
{
    QString out;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        if (segment.at(i) == QLatin1Char('%') && i + 2 < segment.size()) {
            bool ok = false;
            const int code = segment.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 2;
                continue;
            }
        }
        out += segment.at(i);
    }
    return out;
}

} // namespace

QString ResponseEngine::pathOf(int id) const
{
    QString path;
    for (int i = id; i >= 0; i = instance(i).parent) {
        const Instance &in = instance(i);
        QString segment = escapeSegment(m_q->item(in.item).linkId);
        if (!in.key.isEmpty())
            segment += QLatin1Char('#') + in.key;
        if (!path.isEmpty()) {
            const bool underAnswer = m_q->item(in.item).isQuestion();
            segment += underAnswer ? QLatin1Char('>') : QLatin1Char('/');
        }
        path.prepend(segment);
    }
    return path;
}

Changes ResponseEngine::restore(const QList<std::pair<QString, QJsonArray>> &stored, Problems &problems)
{
    Changes changes;
    m_pending = &changes;
    for (const auto &entry : stored) {
        // Named references, not a structured binding: clang 14 cannot capture those in the lambda below.
        const QString &path = entry.first;
        const QJsonArray &answers = entry.second;
        auto skip = [&](const QString &why) { problems.append({Problem::Severity::Warning, path, {}, why}); };
        // Split at the separators, keeping them out of the segments.
        QStringList segments;
        QString current;
        for (const QChar c : path) {
            if (c == QLatin1Char('/') || c == QLatin1Char('>')) {
                segments << current;
                current.clear();
            } else {
                current += c;
            }
        }
        segments << current;
        int at = -1;
        bool ok = true;
        for (const auto &segment : std::as_const(segments)) {
            const QString linkId = unescapeSegment(segment.section(QLatin1Char('#'), 0, 0));
            const QString key = segment.section(QLatin1Char('#'), 1);
            const int def = m_q->indexOf(linkId);
            const int parentDef = at < 0 ? -1 : instance(at).item;
            if (def < 0 || m_q->item(def).parent != parentDef) {
                ok = false;
                break;
            }
            int found = -1;
            QList<int> same;
            for (int c : at < 0 ? m_top : instance(at).children) {
                if (instance(c).item != def)
                    continue;
                same.append(c);
                if (key.isEmpty() || instance(c).key == key)
                    found = c;
                if (found >= 0)
                    break;
            }
            if (found < 0 && !key.isEmpty() && !same.isEmpty()) {
                // A repetition not seen yet: the first one still without answers takes its key, else a new one.
                const Instance &first = instance(same.first());
                if (same.size() == 1 && !m_usedKeys.contains(first.id)) {
                    found = first.id;
                } else {
                    found = addRepeat(same.last(), &changes);
                    m_pending = &changes;
                }
                if (found >= 0)
                    m_instances[static_cast<std::size_t>(found)].key = key;
            }
            if (found < 0) {
                ok = false;
                break;
            }
            if (!key.isEmpty())
                m_usedKeys.insert(found);
            at = found;
        }
        if (!ok || at < 0) {
            skip(Text::tr("Dit antwoord hoort bij een vraag die deze versie van het formulier niet (meer) heeft."));
            continue;
        }
        const Item &item = m_q->item(instance(at).item);
        if (!item.isQuestion() || item.calculated)
            continue;
        QList<Value> values;
        for (const auto &a : answers) {
            const auto choice = Value::findChoice(a.toObject(), u"value");
            if (choice.value && choice.found == 1 && answerFits(item.type, choice.value->type())
                && Value::formatProblem(choice.value->type(), choice.value->json()).isEmpty())
                values.append(*choice.value);
            else
                skip(Text::tr("Een bewaard antwoord past niet meer bij deze vraag."));
        }
        m_instances[static_cast<std::size_t>(at)].answers = values;
        enqueueAnswerChanged(at);
    }
    m_usedKeys.clear();
    propagate(changes);
    m_pending = nullptr;
    return changes;
}

QStringList ResponseEngine::enabledLinkIds() const
{
    QStringList out;
    for (const auto &item : m_q->items()) {
        for (int id : m_byItem.at(item.index)) {
            if (instance(id).enabled) {
                out.append(item.linkId);
                break;
            }
        }
    }
    return out;
}

QJsonObject ResponseEngine::calculatedValues() const
{
    QJsonObject out;
    for (const auto &item : m_q->items()) {
        if (!item.calculated)
            continue;
        QList<Value> answers;
        for (int id : m_byItem.at(item.index)) {
            if (answers.isEmpty())
                answers = answersOf(id);
        }
        QJsonValue v = QJsonValue::Null;
        if (!answers.isEmpty()) {
            const auto &a = answers.first();
            v = a.type() == Value::Type::Coding
                    ? QJsonValue(a.system().isEmpty() ? a.code() : a.system() + QLatin1Char('|') + a.code())
                    : a.json();
        }
        out.insert(item.linkId, v);
    }
    return out;
}

} // namespace veldwerk::forms
