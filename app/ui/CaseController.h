#pragma once

#include "app/store/CaseError.h"
#include "app/ui/AutoSaver.h"
#include "app/ui/VaultController.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace veldwerk::store {
class CaseStore;
}

namespace veldwerk::ui {

// Base of the controllers behind the case-record screens: reaches the open vault's records, saves typing through
// an AutoSaver, flushes it before the vault locks and forgets everything it showed once locked, so no client data
// outlives the session in a QML property.
class CaseController : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(veldwerk::ui::VaultController *vault READ vault WRITE setVault NOTIFY vaultChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)

public:
    explicit CaseController(QObject *parent = nullptr);
    ~CaseController() override;

    VaultController *vault() const { return m_vault; }
    void setVault(VaultController *vault);
    QString errorText() const { return m_errorText; }
    bool saving() const { return m_saver.pending(); }

    // Saves whatever is still waiting (a field that loses focus calls this).
    Q_INVOKABLE void flush();

Q_SIGNALS:
    void vaultChanged();
    void errorTextChanged();
    void savingChanged();
    // Something this screen shows changed; views reload.
    void changed();

protected:
    store::CaseStore *cases() const;
    void setError(const QString &text);
    void autosave(const QString &key, std::function<QString()> save);
    // Called when a session is there to read from (set vault, unlocked) and to drop everything (locked).
    virtual void load() {}
    virtual void clear() {}

private:
    QPointer<VaultController> m_vault;
    QString m_errorText;
    AutoSaver m_saver;
};

} // namespace veldwerk::ui
