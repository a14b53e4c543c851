#include "app/store/Export.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlcipher/sqlite3.h>

namespace veldwerk::store {

namespace {

QString camelCase(const QString &column)
{
    QString out;
    bool upper = false;
    for (const QChar c : column) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        out.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return out;
}

// Columns whose text is JSON inside the row, exported as JSON rather than as a string.
bool jsonColumn(const QString &column)
{
    return column == QLatin1String("field_hlc") || column == QLatin1String("present") || column == QLatin1String("tags")
           || column == QLatin1String("answers");
}

Result<QJsonArray, StoreError> rows(Database &db, const std::string &sql, const QString &arg)
{
    auto s = db.prepare(sql);
    if (!s)
        return fail(s.error());
    if (!arg.isEmpty())
        s->bind(1, arg.toStdString());
    QJsonArray out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        QJsonObject o;
        for (int i = 0; i < s->columnCount(); ++i) {
            const QString column = QString::fromStdString(s->columnName(i));
            const QString key = camelCase(column);
            switch (s->columnType(i)) {
            case SQLITE_NULL:
                o.insert(key, QJsonValue::Null);
                break;
            case SQLITE_INTEGER:
                if (column == QLatin1String("deleted") || column == QLatin1String("offline"))
                    o.insert(key, s->int64(i) != 0);
                else
                    o.insert(key, static_cast<qint64>(s->int64(i)));
                break;
            case SQLITE_BLOB: {
                const auto blob = s->blob(i);
                o.insert(key, QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(blob.data()),
                                                             static_cast<qsizetype>(blob.size()))
                                                      .toHex()));
                break;
            }
            default: {
                const QString text = QString::fromStdString(s->text(i));
                if (jsonColumn(column)) {
                    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
                    o.insert(key, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
                } else {
                    o.insert(key, text);
                }
                break;
            }
            }
        }
        out.append(o);
    }
    return out;
}

} // namespace

Result<QJsonObject, StoreError> exportRecords(Database &db, const QString &familyId)
{
    const bool one = !familyId.isEmpty();
    auto table = [&](const char *name, const char *familyColumn, const char *order) {
        std::string sql = std::string("SELECT * FROM ") + name;
        if (one)
            sql += std::string(" WHERE ") + familyColumn + " = ?1";
        sql += std::string(" ORDER BY ") + order;
        return rows(db, sql, one ? familyId : QString());
    };

    QJsonObject out;
    const struct {
        const char *key;
        const char *table;
        const char *familyColumn;
        const char *order;
    } tables[] = {
        {"families", "family", "id", "display_name COLLATE NOCASE, id"},
        {"children", "child", "family_id", "family_id, created_at"},
        {"caregivers", "caregiver", "family_id", "family_id, created_at"},
        {"visits", "visit", "family_id", "planned_start, id"},
        {"observations", "observation", "family_id", "recorded_at, id"},
        {"consents", "consent", "family_id", "family_id, given_on, id"},
        {"audit", "audit_event", "family_id", "seq"},
    };
    for (const auto &t : tables) {
        auto r = table(t.table, t.familyColumn, t.order);
        if (!r)
            return fail(r.error());
        out.insert(QLatin1String(t.key), *r);
    }

    auto trajectories = table("trajectory", "family_id", "family_id, start_date, id");
    if (!trajectories)
        return fail(trajectories.error());
    auto evaluations = table("weekly_evaluation", "family_id", "trajectory_id, week_start, id");
    if (!evaluations)
        return fail(evaluations.error());
    QJsonArray withEvaluations;
    for (const QJsonValue &t : *trajectories) {
        QJsonObject trajectory = t.toObject();
        QJsonArray mine;
        for (const QJsonValue &e : *evaluations) {
            if (e.toObject().value(QStringLiteral("trajectoryId")) == trajectory.value(QStringLiteral("id")))
                mine.append(e);
        }
        trajectory.insert(QStringLiteral("weeklyEvaluations"), mine);
        withEvaluations.append(trajectory);
    }
    out.insert(QStringLiteral("trajectories"), withEvaluations);
    // Filled instrument forms, each with every answer row it holds (by its path in the form; a cleared answer is
    // []): the answers as stored, not only as the form would show them today.
    auto responses = table("questionnaire_response", "family_id", "visit_id, created_at, id");
    if (!responses)
        return fail(responses.error());
    auto answers = table("response_answer", "family_id", "response_id, path");
    if (!answers)
        return fail(answers.error());
    QHash<QString, QJsonArray> answersOf;
    for (const QJsonValue &a : *answers)
        answersOf[a.toObject().value(QStringLiteral("responseId")).toString()].append(a);
    QJsonArray withAnswers;
    for (const QJsonValue &r : *responses) {
        QJsonObject response = r.toObject();
        response.insert(QStringLiteral("answers"), answersOf.value(response.value(QStringLiteral("id")).toString()));
        withAnswers.append(response);
    }
    out.insert(QStringLiteral("responses"), withAnswers);
    // Media arrive with their feature; the array is there from the start so that readers never meet a missing key.
    out.insert(QStringLiteral("media"), QJsonArray());
    return out;
}

} // namespace veldwerk::store
