#include "app/ui/InstrumentImportController.h"

#include "app/formstore/InstrumentCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QUrl>

namespace veldwerk::ui {

InstrumentImportController::InstrumentImportController(QObject *parent)
    : CaseController(parent)
{
}

void InstrumentImportController::load()
{
    refresh();
}

void InstrumentImportController::clear()
{
    m_candidates.clear();
    m_installed.clear();
    m_checked = m_stored = false;
    m_title.clear();
    m_message.clear();
    m_errors = m_warnings = 0;
    m_problems.clear();
    Q_EMIT candidatesChanged();
    Q_EMIT installedChanged();
    Q_EMIT resultChanged();
}

void InstrumentImportController::refresh()
{
    m_candidates.clear();
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    for (auto location : {QStandardPaths::DownloadLocation, QStandardPaths::DocumentsLocation}) {
        const QDir dir(QStandardPaths::writableLocation(location));
        if (dir.path().isEmpty() || !dir.exists())
            continue;
        for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            m_candidates.append(QVariantMap{{QStringLiteral("name"), f.fileName()},
                                            {QStringLiteral("path"), f.absoluteFilePath()},
                                            {QStringLiteral("folder"), dir.dirName()},
                                            {QStringLiteral("sizeText"), dutch.formattedDataSize(f.size())}});
        }
    }
    Q_EMIT candidatesChanged();
    m_installed.clear();
    for (const auto &i : formstore::InstrumentCatalog::all(cases())) {
        m_installed.append(QVariantMap{
            {QStringLiteral("title"), i.title},
            {QStringLiteral("versionText"), i.version.isEmpty() ? tr("zonder versie") : tr("versie %1").arg(i.version)},
            {QStringLiteral("bundled"), i.bundled}});
    }
    Q_EMIT installedChanged();
}

void InstrumentImportController::importFile(const QString &given)
{
    m_checked = true;
    m_stored = false;
    m_title.clear();
    m_problems.clear();
    m_errors = m_warnings = 0;
    const QString path = given.startsWith(QLatin1String("file:")) ? QUrl(given).toLocalFile() : given.trimmed();
    QFile file(path);
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isFile()) {
        m_message = tr("Dit bestand bestaat niet of is geen bestand.");
    } else if (info.size() > MaxFileBytes) {
        m_message = tr("Dit bestand is groter dan 16 MB; een instrument is nooit zo groot. Er is niets opgeslagen.");
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_message = tr("Dit bestand kan niet worden gelezen.");
    } else {
        const auto result = formstore::InstrumentCatalog::import(cases(), file.read(MaxFileBytes + 1));
        m_stored = result.stored;
        m_title = result.title;
        m_message = result.message;
        for (const auto &p : result.problems) {
            (p.isError() ? m_errors : m_warnings)++;
            // A hostile file can hold a problem per byte; the counts stay exact, the list stops somewhere readable.
            if (m_problems.size() >= MaxListed)
                continue;
            m_problems.append(QVariantMap{
                {QStringLiteral("severity"), p.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                {QStringLiteral("severityLabel"), p.isError() ? tr("Fout") : tr("Waarschuwing")},
                {QStringLiteral("path"), p.path},
                {QStringLiteral("linkId"), p.linkId},
                {QStringLiteral("message"), p.message}});
        }
    }
    Q_EMIT resultChanged();
    if (m_stored)
        refresh();
}

} // namespace veldwerk::ui
