#pragma once

#include "app/ui/CaseController.h"

#include <QVariantList>

namespace veldwerk::ui {

// The import screen: a provider's own Questionnaire file is checked before anything is stored, every problem is
// listed with its JSON path, and only a valid file is added. The instruments already on the device are never touched.
// Files are offered from the Downloads and Documents folders (where a tablet's browser and mail put them) or typed
// as a path, so no file dialog is needed.
class InstrumentImportController : public veldwerk::ui::CaseController {
    Q_OBJECT
    QML_ELEMENT
    // [{name, path, sizeText}] of *.json files in Downloads and Documents.
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY candidatesChanged)
    // [{title, versionText, bundled}]
    Q_PROPERTY(QVariantList installed READ installed NOTIFY installedChanged)
    Q_PROPERTY(bool checked READ checked NOTIFY resultChanged)
    Q_PROPERTY(bool stored READ stored NOTIFY resultChanged)
    Q_PROPERTY(QString resultTitle READ resultTitle NOTIFY resultChanged)
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY resultChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY resultChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY resultChanged)
    // [{severity: "error"|"warning", severityLabel, path, linkId, message}]
    Q_PROPERTY(QVariantList problems READ problems NOTIFY resultChanged)

public:
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    static constexpr int MaxListed = 500;

    explicit InstrumentImportController(QObject *parent = nullptr);

    QVariantList candidates() const { return m_candidates; }
    QVariantList installed() const { return m_installed; }
    bool checked() const { return m_checked; }
    bool stored() const { return m_stored; }
    QString resultTitle() const { return m_title; }
    QString resultMessage() const { return m_message; }
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    QVariantList problems() const { return m_problems; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void importFile(const QString &path);

Q_SIGNALS:
    void candidatesChanged();
    void installedChanged();
    void resultChanged();

protected:
    void load() override;
    void clear() override;

private:
    QVariantList m_candidates;
    QVariantList m_installed;
    bool m_checked = false;
    bool m_stored = false;
    QString m_title;
    QString m_message;
    int m_errors = 0;
    int m_warnings = 0;
    QVariantList m_problems;
};

} // namespace veldwerk::ui
