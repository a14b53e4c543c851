#include "app/ui/CaseController.h"

#include "app/session/SessionError.h"
#include "app/store/CaseStore.h"
#include "app/ui/VaultController.h"

namespace veldwerk::ui {

CaseController::CaseController(QObject *parent)
    : QObject(parent)
{
    connect(&m_saver, &AutoSaver::saveFailed, this,
            [this](const QString &, const QString &message) { setError(message); });
    // A save only changes the "saving" state: the text is already on screen, and re-emitting changed() would
    // rebuild the delegates under the professional's fingers and take the focus from the field she types in.
    connect(&m_saver, &AutoSaver::saved, this, &CaseController::savingChanged);
}

CaseController::~CaseController()
{
    // Pending typing is saved while the session is still there; the saver's own destructor would be too late
    // only if the vault went first, which the QPointer guards against.
    if (cases())
        m_saver.flush();
}

void CaseController::setVault(VaultController *vault)
{
    if (m_vault == vault)
        return;
    if (m_vault)
        disconnect(m_vault, nullptr, this, nullptr);
    m_vault = vault;
    if (m_vault) {
        connect(m_vault, &VaultController::aboutToLock, this, &CaseController::flush);
        connect(m_vault, &VaultController::locked, this, [this] { clear(); });
        connect(m_vault, &VaultController::unlocked, this, [this] { load(); });
    }
    Q_EMIT vaultChanged();
    if (cases())
        load();
}

store::CaseStore *CaseController::cases() const
{
    if (!m_vault || !m_vault->session())
        return nullptr;
    return &m_vault->session()->cases();
}

void CaseController::flush()
{
    if (cases())
        m_saver.flush();
}

void CaseController::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void CaseController::autosave(const QString &key, std::function<QString()> save)
{
    m_saver.schedule(key, std::move(save));
    Q_EMIT savingChanged();
}

} // namespace veldwerk::ui
