#include "app/ui/VaultController.h"

#include "app/session/SecretInput.h"
#include "crypto/KeyVault.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace veldwerk::ui {

struct VaultController::Outcome {
    std::unique_ptr<session::Session> session;
    std::optional<session::SessionError> error;
};

VaultController::VaultController(QObject *parent)
    : QObject(parent)
    , m_keyStore(std::make_shared<crypto::NoKeyStore>())
{
    m_retryTimer.setInterval(250);
    connect(&m_retryTimer, &QTimer::timeout, this, &VaultController::tick);
}

VaultController::~VaultController() = default;

QString VaultController::dataDirectory() const
{
    return m_dir ? m_dir->displayPath() : QString();
}

void VaultController::setDataDirectory(const QString &path)
{
    if (m_dir && m_dir->displayPath() == path)
        return;
    m_dir = std::make_unique<session::DataDirectory>(std::filesystem::path(path.toStdString()));
    Q_EMIT dataDirectoryChanged();
    refresh();
}

bool VaultController::usesPin() const
{
    return m_keyStore->available();
}

int VaultController::minimumLength() const
{
    return usesPin() ? static_cast<int>(crypto::PinDigits) : static_cast<int>(crypto::MinPassphraseCharacters);
}

void VaultController::setScreen(Screen screen)
{
    if (m_screen == screen)
        return;
    m_screen = screen;
    Q_EMIT screenChanged();
}

void VaultController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void VaultController::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void VaultController::clearError()
{
    setError(QString());
}

void VaultController::refresh()
{
    if (!m_dir)
        return;
    ++m_generation;
    if (m_session) {
        Q_EMIT aboutToLock();
        m_session.reset();
        Q_EMIT locked();
    }
    setBusy(false);
    setError(QString());
    m_problemText.clear();
    crypto::KeyVault keys(m_dir->root(), *m_keyStore);
    using S = session::DataDirectory::Status;
    switch (m_dir->inspect(keys)) {
    case S::NoVault:
        setScreen(FirstRun);
        break;
    case S::Locked:
        readLockout();
        setScreen(Unlock);
        break;
    case S::Erased:
        setScreen(Erased);
        break;
    case S::KeysDamaged: {
        auto slots = keys.readSlotFile();
        showProblem(slots ? QString() : session::SessionError::fromVault(slots.error(), usesPin()).message());
        break;
    }
    case S::KeysMissing:
        showProblem(tr("In de gegevensmap staat een database, maar het sleutelbestand ontbreekt. Zonder "
                       "sleutelbestand kunnen deze gegevens niet worden geopend."));
        break;
    case S::DatabaseMissing:
        showProblem(
            session::SessionError::make(session::SessionError::Kind::DatabaseMissing, m_dir->displayPath()).message());
        break;
    case S::Unusable:
        showProblem(m_dir->unusableError().message());
        break;
    }
}

void VaultController::showProblem(const QString &text)
{
    m_problemText = text;
    if (m_screen == Problem)
        Q_EMIT screenChanged(); // same screen, new text
    setScreen(Problem);
}

void VaultController::readLockout()
{
    crypto::KeyVault keys(m_dir->root(), *m_keyStore);
    const auto info = keys.lockout();
    m_failedAttempts = static_cast<int>(info.failures);
    m_attemptsLeft = info.attemptsLeft;
    showLockout(info.retryAfter);
}

void VaultController::showLockout(std::chrono::milliseconds retryAfter)
{
    m_retryAfterMs = retryAfter.count();
    m_retryClock.start();
    m_secondsUntilRetry = static_cast<int>((m_retryAfterMs + 999) / 1000);
    if (m_secondsUntilRetry > 0)
        m_retryTimer.start();
    Q_EMIT lockoutChanged();
}

void VaultController::tick()
{
    const qint64 left = m_retryAfterMs - m_retryClock.elapsed();
    const int seconds = left > 0 ? static_cast<int>((left + 999) / 1000) : 0;
    if (seconds == 0)
        m_retryTimer.stop();
    if (seconds != m_secondsUntilRetry) {
        m_secondsUntilRetry = seconds;
        Q_EMIT lockoutChanged();
    }
}

void VaultController::run(std::function<std::shared_ptr<Outcome>()> job)
{
    setBusy(true);
    setError(QString());
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const auto outcome = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the screen moved on (locked, refreshed); the session in `outcome` closes unused
        finish(outcome);
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

void VaultController::createVault(QString secret, QString confirmation)
{
    if (!m_dir || m_busy || m_screen != FirstRun)
        return;
    auto first = std::make_shared<crypto::SecureBuffer>(session::takeSecret(secret));
    const crypto::SecureBuffer second = session::takeSecret(confirmation);
    if (auto rejected = session::Session::checkNewSecret(*m_keyStore, first->span())) {
        setError(rejected->message());
        return;
    }
    if (!first->equals(second)) {
        setError(session::SessionError::make(session::SessionError::Kind::SecretMismatch).message());
        return;
    }
    const session::DataDirectory dir = *m_dir;
    auto keyStore = m_keyStore;
    run([dir, keyStore, first] {
        auto outcome = std::make_shared<Outcome>();
        // The app always uses the default cost; only `veldwerk-cli vault init --cost` chooses another.
        auto created = session::Session::create(dir, *keyStore, first->span(), crypto::CostProfile::Moderate,
                                                crypto::DefaultMaxFailures);
        if (created)
            outcome->session = std::move(created).value();
        else
            outcome->error = created.error();
        return outcome;
    });
}

void VaultController::unlock(QString secret)
{
    if (!m_dir || m_busy || m_screen != Unlock)
        return;
    if (m_secondsUntilRetry > 0)
        return; // the screen shows the countdown; the vault would refuse anyway
    // An empty secret comes back at once as "fill in your passphrase", uncounted (KeyVault::unlock).
    auto buffer = std::make_shared<crypto::SecureBuffer>(session::takeSecret(secret));
    const session::DataDirectory dir = *m_dir;
    auto keyStore = m_keyStore;
    run([dir, keyStore, buffer] {
        auto outcome = std::make_shared<Outcome>();
        auto opened = session::Session::open(dir, *keyStore, buffer->span());
        if (opened)
            outcome->session = std::move(opened).value();
        else
            outcome->error = opened.error();
        return outcome;
    });
}

void VaultController::finish(const std::shared_ptr<Outcome> &outcome)
{
    setBusy(false);
    if (outcome->session) {
        m_session = std::move(outcome->session);
        m_failedAttempts = 0;
        m_attemptsLeft = 0;
        showLockout(std::chrono::milliseconds(0));
        setError(QString());
        setScreen(Home);
        Q_EMIT professionalNameChanged();
        Q_EMIT unlocked();
        return;
    }
    const session::SessionError &error = *outcome->error;
    using C = crypto::VaultError::Code;
    if (error.kind == session::SessionError::Kind::Vault) {
        switch (error.vault.code) {
        case C::WrongSecret:
        case C::TooEarly:
            readLockout();
            setError(error.message());
            return;
        case C::Erased:
            refresh();
            return;
        default:
            break;
        }
    }
    if (error.kind == session::SessionError::Kind::Store
        || error.kind == session::SessionError::Kind::DatabaseMissing) {
        // The secret was right but the data cannot be opened: retrying the secret cannot help, the problem
        // screen says what happened and offers to set the files aside.
        showProblem(error.message());
        return;
    }
    setError(error.message());
}

void VaultController::setProfessionalName(const QString &name)
{
    if (!m_session || name.trimmed() == m_session->professionalName())
        return;
    if (auto r = m_session->setProfessionalName(name); !r) {
        setError(r.error().message());
        return;
    }
    Q_EMIT professionalNameChanged();
}

void VaultController::lock()
{
    ++m_generation; // a running unlock must not open a session after the lock was asked for
    setBusy(false);
    if (!m_session)
        return;
    Q_EMIT aboutToLock();
    m_session.reset();
    setError(QString());
    readLockout();
    setScreen(Unlock);
    Q_EMIT locked();
}

void VaultController::startOver()
{
    if (!m_dir || m_busy)
        return;
    if (m_screen == Erased) {
        // The keys are gone; the database and the erase marker are all that is left, and both are noise now.
        crypto::KeyVault keys(m_dir->root(), *m_keyStore);
        keys.removeKeyFiles();
        m_dir->removeDatabaseFiles();
    } else if (m_screen == Problem) {
        auto aside = m_dir->setAside();
        if (!aside) {
            setError(aside.error().message());
            return;
        }
    } else {
        return;
    }
    refresh();
}

} // namespace veldwerk::ui
