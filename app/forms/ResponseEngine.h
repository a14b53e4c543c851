#pragma once

#include "app/forms/Problem.h"
#include "app/forms/Questionnaire.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace veldwerk::fhirpath {
class Node;
class Environment;
class FunctionRegistry;
class Item;
using NodePtr = std::shared_ptr<const Node>;
using Collection = std::vector<Item>;
} // namespace veldwerk::fhirpath

namespace veldwerk::forms {

// One occurrence of an item in a response. A repeating group has one instance per repetition; every other item
// has exactly one instance under each instance of its parent. A repeating question keeps its several answers in
// one instance, as QuestionnaireResponse does.
struct Instance {
    int id = -1;
    int item = -1;   // index into Questionnaire::items()
    int parent = -1; // instance id; -1 at the top level
    QList<int> children;
    QList<Value>
        answers; // as given; while the instance is disabled they are kept here but are not part of the response
    QString key; // a repetition of a repeating group: stable id (QuestionnaireResponse.item.id), for storage paths
    bool enabled = true;
    bool alive = true;
    QString computeProblem; // why a calculated value or an answer list could not be computed
};

// What one change did, for the screen and for autosave.
struct Changes {
    QList<int> enablement; // instances whose enabled state changed
    QList<int> answers;    // instances whose answers in the response changed (given, calculated, removed)
    QList<int> structure;  // parents (-1: the top level) whose list of instances changed
    int conditions = 0;    // enableWhen evaluations
    int expressions = 0;   // FHIRPath evaluations
};

// The state of one response being filled against a Questionnaire: answers, enablement and computed values,
// evaluated incrementally. An answer re-evaluates only the enableWhen conditions that name its question and the
// FHIRPath expressions that read it (learnt while they ran); changes propagate until nothing changes any more.
//
// Rules (FHIR R4, SDC; docs/forms.md): a disabled item disables its descendants; a disabled question has no answer
// in the response and an enableWhen on it sees none; its answers are kept only in memory while the form is open, so
// enabling it again gives them back. enableWhen in repeating groups uses the nearest occurrence of the question.
class ResponseEngine {
public:
    explicit ResponseEngine(std::shared_ptr<const Questionnaire> questionnaire);
    ~ResponseEngine();
    ResponseEngine(const ResponseEngine &) = delete;
    ResponseEngine &operator=(const ResponseEngine &) = delete;

    const Questionnaire &questionnaire() const { return *m_q; }

    // An empty response: one instance of every item with its initial values, everything evaluated.
    Changes start();
    // A response from QuestionnaireResponse JSON. Errors (a linkId the questionnaire does not have, an answer of the
    // wrong type, an item twice that does not repeat) leave the engine empty; the result is null then.
    std::optional<Changes> load(const QJsonObject &response, Problems &problems);

    // Sets all answers of a question instance. Refused, with a Dutch sentence for next to the field, when an answer
    // does not fit (type, range, length, pattern, not one of the options) or the item cannot be answered.
    struct SetResult {
        bool ok = false;
        QString message;
        Changes changes;
    };
    SetResult setAnswers(int instance, const QList<Value> &answers);
    // A new repetition of a repeating group, after `instance`; -1 when the item does not repeat.
    int addRepeat(int instance, Changes *changes = nullptr);
    // Removes a repetition; the last one of a group cannot be removed (it is emptied instead).
    bool removeRepeat(int instance, Changes *changes = nullptr);

    const Instance &instance(int id) const { return m_instances.at(static_cast<std::size_t>(id)); }
    int instanceCount() const { return static_cast<int>(m_instances.size()); }
    const QList<int> &topLevel() const { return m_top; }
    QList<int> instancesOf(int item) const;
    // The answers as they stand in the response: none while disabled.
    QList<Value> answersOf(int id) const;
    // Whether the instance or one of its enabled descendants has an answer: what "answered" means for a required
    // question or group.
    bool hasAnswer(int id) const;
    bool isEnabled(int id) const { return instance(id).enabled; }
    // The answer options: the item's answerOption / ValueSet, or what its answerExpression computed.
    QList<AnswerOption> optionsOf(int id) const;

    // Checks one answer against the item's rules; empty when it fits, else a Dutch sentence.
    static QString checkAnswer(const Item &item, const Value &value, const QList<AnswerOption> &options);
    // Every enabled question: its answers fit, and — when completing — required ones are answered.
    Problems validate(bool completing) const;

    struct Meta {
        QString id;
        QString status = QStringLiteral("in-progress");
        QString authored;
    };
    // The QuestionnaireResponse: enabled instances with answers (or with answered descendants), in questionnaire
    // order, calculated values filled.
    QJsonObject toResponse(const Meta &meta) const;
    // Where an instance sits, stable across saves and loads: linkIds from the top, a repetition marked by its key
    // (`kinderen#3f2a9c1e/naam`), a child of a question after '>' (it hangs under the answer).
    QString pathOf(int id) const;
    // Sets stored answers by path (creating repetitions as the paths name them), then evaluates once. Paths or
    // answers that no longer fit the questionnaire are reported and skipped, never a reason to lose the others.
    Changes restore(const QList<std::pair<QString, QJsonArray>> &answers, Problems &problems);

    // The FHIRPath tree of the response as expressions see it (%resource).
    fhirpath::NodePtr responseNode() const;
    // What a form-level expression of this questionnaire sees: %resource, %questionnaire, %context, the form's
    // variables and the SDC functions (ordinal(), weight(), answers()). For evaluating an expression the way the
    // form would (the CLI, benchmarks); parse it with functionRegistry() so the SDC names are known.
    void formEnvironment(fhirpath::Environment &env) const { buildEnvironment(env, -1); }
    const fhirpath::FunctionRegistry *functionRegistry() const { return m_functions.get(); }

    // The linkIds of all items with at least one enabled instance, in questionnaire order, each once.
    QStringList enabledLinkIds() const;
    // linkId of every item with a calculatedExpression → its value (of its first instance): a number, a string
    // (a coding as system|code), a boolean, or null when there is none or it cannot be computed.
    QJsonObject calculatedValues() const;

    // Messages about computations that failed (an expression error, a value that does not fit, a loop).
    const Problems &computeProblems() const { return m_computeProblems; }

private:
    struct Computation;
    void createInstance(int item, int parent, int position, QList<int> *created);
    void registerComputations(int instance);
    void enqueueAnswerChanged(int instance);
    void enqueueEnablement(int instance);
    void enqueueComputation(int computation);
    void propagate(Changes &changes);
    bool evaluateEnablement(int instance, Changes &changes);
    bool conditionsHold(int instance, Changes &changes);
    int nearestInstance(int from, int questionItem) const;
    bool evaluateComputation(int index, Changes &changes);
    void setComputedAnswers(int instance, const QList<Value> &answers, Changes &changes);
    void markDirty(int instance);
    fhirpath::NodePtr nodeOf(int instance) const;
    void buildEnvironment(fhirpath::Environment &env, int instance) const;
    void forget(int computation);
    void removeSubtree(int instance, Changes &changes);
    void applyInitialExpressions(const QList<int> &instances, Changes &changes);

    std::shared_ptr<const Questionnaire> m_q;
    std::vector<Instance> m_instances;
    QList<int> m_top;
    QList<QList<int>> m_byItem;               // instances per item
    QList<QList<int>> m_enableWhenDependents; // per item: items with an enableWhen naming it

    std::vector<Computation> m_computations;
    QList<QList<int>> m_computationsOf;  // per instance
    QList<int> m_formComputations;       // form-level variables
    QList<QSet<int>> m_answerReaders;    // per instance: computations that read its answers
    QList<QSet<int>> m_structureReaders; // per instance: computations that read its list of children
    QSet<int> m_rootReaders;             // computations that read the top-level list

    // Work queues of one propagation.
    QList<int> m_enableQueue;
    QSet<int> m_enableQueued;
    QList<int> m_computeQueue;
    QSet<int> m_computeQueued;
    Changes *m_pending = nullptr;

    mutable std::vector<fhirpath::NodePtr> m_nodes; // per instance, null when it must be rebuilt
    mutable fhirpath::NodePtr m_root;
    fhirpath::NodePtr m_questionnaireNode;
    std::shared_ptr<fhirpath::FunctionRegistry> m_functions;
    Problems m_computeProblems;
    QSet<int> m_usedKeys; // repetitions already matched to a stored key during restore()
};

} // namespace veldwerk::forms
