#pragma once

#include "app/session/DataDirectory.h"
#include "app/session/Session.h"
#include "crypto/KeyStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace veldwerk::ui {

// The vault as the screens see it: which screen to show (first run, unlock, home, erased, a problem), and
// the user's intents (create, unlock, lock, start over). The slow Argon2id work runs off the GUI thread.
// Secrets pass through here once and are never stored in a property.
class VaultController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dataDirectory READ dataDirectory WRITE setDataDirectory NOTIFY dataDirectoryChanged)
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString problemText READ problemText NOTIFY screenChanged)
    Q_PROPERTY(bool usesPin READ usesPin CONSTANT)
    Q_PROPERTY(int minimumLength READ minimumLength CONSTANT)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY lockoutChanged)
    Q_PROPERTY(int failedAttempts READ failedAttempts NOTIFY lockoutChanged)
    Q_PROPERTY(int secondsUntilRetry READ secondsUntilRetry NOTIFY lockoutChanged)
    Q_PROPERTY(bool isDemo READ isDemo NOTIFY screenChanged)
    Q_PROPERTY(QString professionalName READ professionalName WRITE setProfessionalName NOTIFY professionalNameChanged)

public:
    enum Screen { FirstRun, Unlock, Home, Erased, Problem };
    Q_ENUM(Screen)

    explicit VaultController(QObject *parent = nullptr);
    ~VaultController() override;

    QString dataDirectory() const;
    void setDataDirectory(const QString &path);
    Screen screen() const { return m_screen; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString problemText() const { return m_problemText; }
    bool usesPin() const;
    int minimumLength() const;
    int attemptsLeft() const { return m_attemptsLeft; }
    int failedAttempts() const { return m_failedAttempts; }
    int secondsUntilRetry() const { return m_secondsUntilRetry; }

    bool isDemo() const { return m_session && m_session->isDemo(); }
    QString professionalName() const { return m_session ? m_session->professionalName() : QString(); }
    void setProfessionalName(const QString &name);

    // The open session while unlocked (null otherwise), for the controllers of later screens.
    session::Session *session() const { return m_session.get(); }

    // Reads the directory again and shows the screen that fits it. Locks first when unlocked.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void createVault(QString secret, QString confirmation);
    Q_INVOKABLE void unlock(QString secret);
    // Wipes the keys and closes the database; the unlock screen shows. No data is lost: all was saved.
    Q_INVOKABLE void lock();
    // From the erased screen: remove the unreadable data and begin anew. From a problem screen: set the old
    // files aside (nothing is deleted) and begin anew.
    Q_INVOKABLE void startOver();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void dataDirectoryChanged();
    void screenChanged();
    void busyChanged();
    void errorTextChanged();
    void lockoutChanged();
    void unlocked();
    // Just before the keys go: screens save what is pending while the database is still open.
    void aboutToLock();
    void professionalNameChanged();
    void locked();

private:
    struct Outcome;
    void setScreen(Screen screen);
    void setBusy(bool busy);
    void setError(const QString &text);
    void showProblem(const QString &text);
    void showLockout(std::chrono::milliseconds retryAfter);
    void readLockout();
    void tick();
    void finish(const std::shared_ptr<Outcome> &outcome);
    void run(std::function<std::shared_ptr<Outcome>()> job);

    std::unique_ptr<session::DataDirectory> m_dir;
    std::shared_ptr<crypto::KeyStore> m_keyStore;
    std::unique_ptr<session::Session> m_session;
    Screen m_screen = FirstRun;
    bool m_busy = false;
    QString m_errorText;
    QString m_problemText;
    int m_attemptsLeft = 0;
    int m_failedAttempts = 0;
    int m_secondsUntilRetry = 0;
    QElapsedTimer m_retryClock;
    qint64 m_retryAfterMs = 0;
    QTimer m_retryTimer;
    quint64 m_generation = 0; // a job's result is dropped when lock() or refresh() came in between
};

} // namespace veldwerk::ui
