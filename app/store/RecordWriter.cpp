#include "app/store/RecordWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace veldwerk::store {

namespace {

// Table and column names come from this program, never from input; the check keeps it that way.
bool identifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLower() || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    }
    return true;
}

StoreError notOurs(const QString &field)
{
    return StoreError::make(StoreError::Code::Misuse, "not a column name: " + field.toStdString());
}

void bindValue(Statement &s, int index, const FieldValue &v)
{
    if (v)
        s.bind(index, v->toStdString());
    else
        s.bindNull(index);
}

QJsonObject parseStamps(const std::string &json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

std::string stampsText(const QJsonObject &stamps)
{
    return QJsonDocument(stamps).toJson(QJsonDocument::Compact).toStdString();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate dateFrom(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QString instantText(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime instantFrom(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString listText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

FieldValue optionalDate(const QDate &date)
{
    return date.isValid() ? FieldValue(dateText(date)) : std::nullopt;
}

FieldValue optionalInstant(const QDateTime &instant)
{
    return instant.isValid() ? FieldValue(instantText(instant)) : std::nullopt;
}

RecordWriter::RecordWriter(Database &db, AuditLog &audit, domain::HlcClock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{
}

Result<void, StoreError> RecordWriter::keepClock()
{
    auto s = m_db.prepare("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('hlc_last', ?1)");
    if (!s)
        return fail(s.error());
    s->bind(1, m_clock.last().encode().toStdString());
    return s->run();
}

Result<void, StoreError> RecordWriter::insert(const RecordTable &table, const QString &id, const QString &familyId,
                                              const FieldValues &values)
{
    const QString stamp = m_clock.now().encode();
    QJsonObject stamps;
    QString columns = QStringLiteral("id, created_at, hlc, field_hlc");
    QString params = QStringLiteral("?1, ?2, ?3, ?4");
    int n = 4;
    for (const auto &[field, value] : values) {
        if (!identifier(field))
            return fail(notOurs(field));
        stamps.insert(field, stamp);
        columns += QStringLiteral(", ") + field;
        params += QStringLiteral(", ?%1").arg(++n);
    }
    auto s = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(QLatin1String(table.table), columns, params)
                              .toStdString());
    if (!s)
        return fail(s.error());
    s->bind(1, id.toStdString())
        .bind(2, nowText().toStdString())
        .bind(3, stamp.toStdString())
        .bind(4, stampsText(stamps));
    n = 4;
    for (const auto &[field, value] : values)
        bindValue(*s, ++n, value);
    if (auto r = s->run(); !r)
        return fail(r.error());
    if (auto r = keepClock(); !r)
        return r;
    return m_audit.append(QStringLiteral("create"), QLatin1String(table.entity), id, familyId);
}

Result<QStringList, StoreError> RecordWriter::update(const RecordTable &table, const QString &id,
                                                     const QString &familyId, const FieldValues &values)
{
    QString columns = QStringLiteral("field_hlc");
    for (const auto &[field, value] : values) {
        if (!identifier(field))
            return fail(notOurs(field));
        columns += QStringLiteral(", ") + field;
    }
    auto current = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1 AND deleted = 0")
                                    .arg(columns, QLatin1String(table.table))
                                    .toStdString());
    if (!current)
        return fail(current.error());
    current->bind(1, id.toStdString());
    auto row = current->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(StoreError::make(StoreError::Code::NotFound, std::string(table.entity) + " not found"));

    QJsonObject stamps = parseStamps(current->text(0));
    FieldValues changed;
    for (int i = 0; i < values.size(); ++i) {
        const FieldValue stored =
            current->isNull(i + 1) ? std::nullopt : FieldValue(QString::fromStdString(current->text(i + 1)));
        if (stored != values.at(i).second)
            changed.append(values.at(i));
    }
    current = Statement();
    if (changed.isEmpty())
        return QStringList();

    const QString stamp = m_clock.now().encode();
    QString assignments = QStringLiteral("hlc = ?1, field_hlc = ?2");
    QStringList names;
    int n = 2;
    for (const auto &[field, value] : changed) {
        stamps.insert(field, stamp);
        assignments += QStringLiteral(", %1 = ?%2").arg(field).arg(++n);
        names.append(field);
    }
    auto s = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                              .arg(QLatin1String(table.table), assignments)
                              .arg(n + 1)
                              .toStdString());
    if (!s)
        return fail(s.error());
    s->bind(1, stamp.toStdString()).bind(2, stampsText(stamps));
    n = 2;
    for (const auto &[field, value] : changed)
        bindValue(*s, ++n, value);
    s->bind(n + 1, id.toStdString());
    if (auto r = s->run(); !r)
        return fail(r.error());
    if (auto r = keepClock(); !r)
        return fail(r.error());
    if (auto r = m_audit.append(QStringLiteral("update"), QLatin1String(table.entity), id, familyId,
                                QStringLiteral("fields: ") + names.join(QStringLiteral(", ")));
        !r)
        return fail(r.error());
    return names;
}

Result<void, StoreError> RecordWriter::remove(const RecordTable &table, const QString &id, const QString &familyId)
{
    auto current = m_db.prepare(QStringLiteral("SELECT field_hlc FROM %1 WHERE id = ?1 AND deleted = 0")
                                    .arg(QLatin1String(table.table))
                                    .toStdString());
    if (!current)
        return fail(current.error());
    current->bind(1, id.toStdString());
    auto row = current->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(StoreError::make(StoreError::Code::NotFound, std::string(table.entity) + " not found"));
    QJsonObject stamps = parseStamps(current->text(0));
    current = Statement();

    const QString stamp = m_clock.now().encode();
    stamps.insert(QStringLiteral("deleted"), stamp);
    auto s = m_db.prepare(QStringLiteral("UPDATE %1 SET deleted = 1, hlc = ?1, field_hlc = ?2 WHERE id = ?3")
                              .arg(QLatin1String(table.table))
                              .toStdString());
    if (!s)
        return fail(s.error());
    s->bind(1, stamp.toStdString()).bind(2, stampsText(stamps)).bind(3, id.toStdString());
    if (auto r = s->run(); !r)
        return r;
    if (auto r = keepClock(); !r)
        return r;
    return m_audit.append(QStringLiteral("delete"), QLatin1String(table.entity), id, familyId);
}

} // namespace veldwerk::store
