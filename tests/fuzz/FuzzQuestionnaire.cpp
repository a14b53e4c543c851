// Fuzz target: a Questionnaire file as a provider may import it, and a response to it. Properties: never crash or
// hang; a file is refused exactly when an error is reported; an accepted one can be started, answered, evaluated,
// validated and written as a QuestionnaireResponse that loads again.
//
// Input: the Questionnaire bytes, optionally followed by "\n--response--\n" and QuestionnaireResponse bytes.
#include "app/forms/JsonReader.h"
#include "app/forms/QuestionnaireReader.h"
#include "app/forms/ResponseEngine.h"

#include <cstdint>
#include <cstdlib>

using namespace veldwerk::forms;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray all = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray separator("\n--response--\n");
    const qsizetype cut = all.indexOf(separator);
    const QByteArray questionnaireBytes = cut < 0 ? all : all.left(cut);

    Problems problems;
    const auto q = QuestionnaireReader::read(questionnaireBytes, problems);
    if (static_cast<bool>(q) == hasErrors(problems))
        std::abort();
    if (!q)
        return 0;

    ResponseEngine engine(q);
    if (cut >= 0) {
        Problems responseProblems;
        const auto json = JsonReader::readObject(all.mid(cut + separator.size()), responseProblems);
        if (json && !engine.load(*json, responseProblems) && !hasErrors(responseProblems))
            std::abort();
    } else {
        engine.start();
        // Answer every question with the first option or a simple value; refusals are fine, crashes are not.
        for (int id = 0; id < engine.instanceCount() && id < 2000; ++id) {
            const auto &item = q->item(engine.instance(id).item);
            const auto options = engine.optionsOf(id);
            if (!options.isEmpty())
                (void)engine.setAnswers(id, {options.first().value});
            else if (item.type == ItemType::Boolean)
                (void)engine.setAnswers(id, {Value::boolean(true)});
            else if (item.type == ItemType::Integer || item.type == ItemType::Decimal)
                (void)engine.setAnswers(id, {Value::integer(3)});
            else if (item.type == ItemType::String || item.type == ItemType::Text)
                (void)engine.setAnswers(id, {Value::string(QStringLiteral("x"))});
        }
    }
    (void)engine.validate(true);
    const QJsonObject response = engine.toResponse({});
    ResponseEngine again(q);
    Problems reloadProblems;
    if (!again.load(response, reloadProblems))
        std::abort(); // what the engine writes, it must read
    return 0;
}
