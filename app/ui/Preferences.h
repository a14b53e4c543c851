#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace veldwerk::ui {

// The user's device settings (not secret, not client data), kept in QSettings: interface language and the
// idle time after which the app locks.
class Preferences : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Preferences belong to the application")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    Q_PROPERTY(int idleLockSeconds READ idleLockSeconds WRITE setIdleLockSeconds NOTIFY idleLockSecondsChanged)

public:
    static constexpr int DefaultIdleLockSeconds = 5 * 60;
    // A lock that never comes is no lock: the longest choice is 30 minutes.
    static constexpr int MaxIdleLockSeconds = 30 * 60;

    explicit Preferences(QObject *parent = nullptr);

    // "system", "nl" or "en".
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString effectiveLanguage() const;
    int idleLockSeconds() const { return m_idleLockSeconds; }
    void setIdleLockSeconds(int seconds);

Q_SIGNALS:
    void languageChanged();
    void idleLockSecondsChanged();

private:
    QString m_language;
    int m_idleLockSeconds = DefaultIdleLockSeconds;
};

} // namespace veldwerk::ui
