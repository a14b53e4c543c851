#include "app/store/InstrumentRepository.h"

#include "app/store/CaseContext.h"
#include "app/store/RecordWriter.h"

#include <QCoreApplication>

namespace veldwerk::store {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

std::string utf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

Result<bool, CaseError> InstrumentRepository::add(const QString &url, const QString &version, const QString &title,
                                                  const QByteArray &json)
{
    if (url.isEmpty())
        return fail(CaseError::invalid(
            QStringLiteral("url"), Text::tr("Een instrument zonder url kan niet worden bewaard: een ingevuld "
                                            "formulier moet kunnen zeggen tegen welk instrument het is ingevuld.")));
    auto existing = this->json(url, version);
    if (existing)
        return *existing == json
                   ? Result<bool, CaseError>(false)
                   : fail(CaseError::invalid(
                       QStringLiteral("version"),
                       Text::tr("Er is al een ander instrument met deze url en versie (%1). Geef het nieuwe bestand "
                                "een eigen versie; wat al is ingevuld, blijft bij de oude.")
                           .arg(version.isEmpty() ? Text::tr("zonder versie") : version)));
    if (!existing.error().notFound())
        return fail(existing.error());
    auto s =
        m_db.prepare("INSERT INTO instrument (url, version, title, json, imported_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, utf8(url)).bind(2, utf8(version)).bind(3, utf8(title));
    s->bind(4, std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    s->bind(5, utf8(instantText(QDateTime::currentDateTimeUtc())));
    if (auto r = s->run(); !r)
        return fail(CaseError::from(r.error()));
    return true;
}

Result<QList<StoredInstrument>, CaseError> InstrumentRepository::list()
{
    auto s = m_db.prepare("SELECT url, version, title, imported_at FROM instrument ORDER BY title, url, version");
    if (!s)
        return fail(CaseError::from(s.error()));
    return readAll<StoredInstrument>(*s, [](const Statement &st) {
        return StoredInstrument{textAt(st, 0), textAt(st, 1), textAt(st, 2), instantFrom(textAt(st, 3))};
    });
}

Result<QByteArray, CaseError> InstrumentRepository::json(const QString &url, const QString &version)
{
    auto s = m_db.prepare("SELECT json FROM instrument WHERE url = ?1 AND version = ?2");
    if (!s)
        return fail(CaseError::from(s.error()));
    s->bind(1, utf8(url)).bind(2, utf8(version));
    auto row = s->step();
    if (!row)
        return fail(CaseError::from(row.error()));
    if (!*row)
        return fail(CaseError::from(StoreError::make(StoreError::Code::NotFound, "instrument not found")));
    return QByteArray::fromStdString(s->text(0));
}

} // namespace veldwerk::store
